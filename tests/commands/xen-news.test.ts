import { describe, expect, it } from 'vitest';
import { sections } from '../../src/render/sections.js';
import { getStory } from '../../src/story/load.js';
import { listButtons } from '../../src/transports/console/render-terminal.js';
import { handle, messageOf, runCommand, user, visibleText } from '../helpers/handler.js';

const story = getStory();
const customIds = (message: ReturnType<typeof messageOf>) =>
  listButtons(message).flatMap((b) => (b.customId ? [b.customId] : []));

describe('/xen-news with no options', () => {
  it('shows the summary: headline, standfirst, key points with who said them, the update', async () => {
    const message = messageOf(await runCommand('xen-news'));
    const [embed] = message.embeds ?? [];
    expect(embed?.title).toBe(story.meta.headline);
    expect(embed?.description).toContain(story.meta.standfirst);
    const points = embed?.description?.split('\n').filter((line) => line.startsWith('• ')) ?? [];
    expect(points.length).toBeGreaterThanOrEqual(4);
    expect(points.length).toBeLessThanOrEqual(6);
    for (const point of points) expect(point).toMatch(/ — \*[^*]+\*$/);
    expect(embed?.fields?.[0]?.name).toBe('Nov 24, 2017 update');
    expect(message.flags).toBeUndefined();
  });

  it('is dated and links to the article, with a button to read it there', async () => {
    const message = messageOf(await runCommand('xen-news'));
    const [embed] = message.embeds ?? [];
    expect(embed?.url).toBe('https://www.theregister.com/2017/11/22/xen_project_to_promote_embedded_applications/');
    expect(embed?.timestamp).toBe('2017-11-22T00:00:00.000Z');
    expect(embed?.footer?.text).toBe('The Register · published Nov 22, 2017');
    const link = listButtons(message).find((b) => b.url);
    expect(link).toMatchObject({ label: 'Read on The Register', url: embed?.url });
  });

  it('offers a button for every other section', async () => {
    const ids = customIds(messageOf(await runCommand('xen-news')));
    expect(ids.sort()).toEqual(
      sections
        .filter((s) => s !== 'summary')
        .map((s) => `xen-news:open:${s}`)
        .sort(),
    );
  });
});

describe('/xen-news section:', () => {
  it('timeline shows the timeline image first, then lists the events in order with who acted', async () => {
    const message = messageOf(await runCommand('xen-news', { section: 'timeline' }));
    expect(message.embeds?.[0]).toMatchObject({ title: 'Timeline', image: { url: 'attachment://timeline.png' } });
    expect(message.files?.map((f) => [f.name, f.contentType])).toEqual([['timeline.png', 'image/png']]);
    expect(message.files?.[0]?.description).toMatch(/^Timeline of the story, 7 events: 1\. Before the Nov 2017 call: /);
    const embed = message.embeds?.[1];
    expect(embed?.fields?.map((f) => f.name)).toEqual(
      story.timeline.map((e, i) => expect.stringMatching(new RegExp(`^${i + 1}. .* — ${e.title}$`))),
    );
    // Every date carries the year the story ran.
    expect(embed?.fields?.[0]?.name).toBe('1. Before the Nov 2017 call — AWS documents reveal the KVM plan');
    expect(embed?.fields?.at(-1)?.name).toContain('Nov 24, 2017');
  });

  it('summary and social carry the story card, shown in the embed, with alt text', async () => {
    for (const section of ['summary', 'social']) {
      const message = messageOf(await runCommand('xen-news', { section }));
      expect(message.embeds?.[0]?.image).toEqual({ url: 'attachment://story-card.png' });
      expect(message.files?.map((f) => f.name)).toEqual(['story-card.png']);
      expect(message.files?.[0]?.description).toContain('final nail in the coffin of Xen');
    }
  });

  it('people names everyone with title and organisation', async () => {
    const text = visibleText(messageOf(await runCommand('xen-news', { section: 'people' })));
    for (const name of [
      'Chris Schlaeger (AWS)',
      'James Bulpin (Citrix)',
      'David Cottingham (Citrix)',
      'Michael Warrilow (Gartner)',
    ]) {
      expect(text).toContain(name);
    }
  });

  it('quotes shows every quote of the main story, verbatim and attributed', async () => {
    const text = visibleText(messageOf(await runCommand('xen-news', { section: 'quotes' })));
    expect(text).toContain('> I think this puts the final nail in the coffin of Xen.\n— Michael Warrilow');
    expect(text).toContain('AWS is an active member of the Xen Project');
    expect(text).not.toContain('Remember Log4j?');
  });

  it('update shows the November 24 statement to TechTarget and the contradiction', async () => {
    const text = visibleText(messageOf(await runCommand('xen-news', { section: 'update' })));
    expect(text).toContain('Nov 24, 2017 update');
    expect(text).toContain('TechTarget');
    expect(text).toContain("That's a contradiction of AWS' previous posts");
  });

  it('social posts the template exactly as published in a copyable block', async () => {
    const message = messageOf(await runCommand('xen-news', { section: 'social' }));
    const template = story.templates.find((t) => t.default)?.text ?? '';
    expect(message.content).toContain(`\`\`\`\n${template}\n\`\`\``);
  });

  it('related lists the three other stories', async () => {
    const text = visibleText(messageOf(await runCommand('xen-news', { section: 'related' })));
    for (const related of story.related) expect(text).toContain(related.title);
  });

  it('refuses question and section together', async () => {
    const message = messageOf(await runCommand('xen-news', { section: 'people', question: 'who?' }));
    expect(message).toMatchObject({ flags: 64, content: 'Use either `question` or `section`, not both.' });
  });
});

describe('/xen-news question:', () => {
  it('answers from the story with a source', async () => {
    const text = visibleText(messageOf(await runCommand('xen-news', { question: 'Who is Michael Warrilow?' })));
    expect(text).toContain('Gartner');
    expect(text).toMatch(/¶\d+/);
  });

  it('asks for a question when given only spaces', async () => {
    const message = messageOf(await runCommand('xen-news', { question: '   ' }));
    expect(message.flags).toBe(64);
    expect(message.content).toMatch(/^Your question is empty/);
  });
});

describe('section buttons', () => {
  it('open a section privately from a public message, then switch it in place', async () => {
    const opened = await handle({ kind: 'button', customId: 'xen-news:open:people', user, guildId: '1' });
    expect(opened.type).toBe('message');
    const message = messageOf(opened);
    expect(message.flags).toBe(64);
    expect(message.embeds?.[0]?.title).toBe('People in the story');
    expect(customIds(message)).toContain('xen-news:show:timeline');

    const switched = await handle({ kind: 'button', customId: 'xen-news:show:timeline', user, guildId: '1' });
    expect(switched.type).toBe('update');
    expect(messageOf(switched).embeds?.[0]?.title).toBe('Timeline');
  });

  it('answer a button from an unknown layout with a private hint', async () => {
    const response = await handle({ kind: 'button', customId: 'xen-news:open:weather', user, guildId: '1' });
    expect(messageOf(response)).toMatchObject({ flags: 64, content: expect.stringContaining('Run `/xen-news` again') });
  });
});

describe('sections are built once and shared', () => {
  it('every section but social: the same frozen reply for everyone, per view', async () => {
    for (const section of sections.filter((s) => s !== 'social')) {
      const first = messageOf(await runCommand('xen-news', { section }));
      const again = messageOf(
        await handle({
          kind: 'command',
          commandName: 'xen-news',
          options: { section },
          user: { id: '7', username: 'other' },
          guildId: null,
        }),
      );
      expect(again).toBe(first);
      expect(Object.isFrozen(first.embeds?.[0])).toBe(true);
      const opened = messageOf(await handle({ kind: 'button', customId: `xen-news:open:${section}`, user, guildId: '1' }));
      expect(opened).not.toBe(first);
      expect(opened.flags).toBe(64);
    }
  });

  it("social is shared per choice of the bot's own, and built afresh for a server the user names", async () => {
    const first = messageOf(await runCommand('xen-news', { section: 'social' }));
    const again = messageOf(await runCommand('xen-news', { section: 'social' }));
    const oneNetwork = messageOf(await runCommand('xen-news', { section: 'social', network: 'x' }));
    const mastodon = messageOf(
      await runCommand('xen-news', { section: 'social', network: 'mastodon', instance: 'fosstodon.org' }),
    );
    expect(again).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(oneNetwork).not.toBe(first);
    expect(Object.isFrozen(mastodon)).toBe(false);
    expect(JSON.stringify(mastodon)).toContain('fosstodon.org');
    expect(JSON.stringify(first)).not.toContain('fosstodon.org');
  });
});
