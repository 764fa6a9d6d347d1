import { describe, expect, it } from 'vitest';
import { quote } from '../../commands/quote.js';
import { defaultSettings } from '../../src/core/settings.js';
import { getStory } from '../../src/story/load.js';
import { handle, messageOf, runCommand, user, visibleText } from '../helpers/handler.js';
import { straightenQuotes } from '../helpers/story-text.js';

const story = getStory();

describe('/quote', () => {
  it('quotes Gartner’s Michael Warrilow verbatim with his name, title and organisation', async () => {
    const text = visibleText(messageOf(await runCommand('quote', { source: 'gartner' })));
    expect(text).toContain('> I think this puts the final nail in the coffin of Xen.');
    expect(text).toContain('— Michael Warrilow, research veep for infrastructure software, Gartner');
    expect(text).toContain('Oracle is already going to KVM.');
  });

  it.each([
    ['warrilow', 'michael-warrilow'],
    ['Michael Warrilow', 'michael-warrilow'],
    ['the gartner analyst', 'michael-warrilow'],
    ['citrix', 'citrix'],
    ['linux foundation', 'linux-foundation'],
    ['LF', 'linux-foundation'],
    ['aws', 'aws'],
    ['Amazon Web Services', 'aws'],
    ['amazon', 'aws'],
    ['cottingham', 'david-cottingham'],
  ])('finds "%s" and shows every quote of %s', async (source, id) => {
    const text = straightenQuotes(visibleText(messageOf(await runCommand('quote', { source }))));
    const expected = story.quotes.filter((q) => q.speaker === id || (q.organisation === id && !story.personById.has(id)));
    expect(expected.length).toBeGreaterThan(0);
    for (const q of expected) expect(text).toContain(straightenQuotes(q.text));
  });

  it('attributes each quote of an organisation with several speakers to its own speaker', async () => {
    const text = visibleText(messageOf(await runCommand('quote', { source: 'citrix' })));
    expect(text).toContain('— James Bulpin, senior director of technology, Citrix');
    expect(text).toContain('— David Cottingham, director for XenServer product management and partner engineering, Citrix');
  });

  it('says who said the AWS statement to TechTarget, and to whom', async () => {
    const text = visibleText(messageOf(await runCommand('quote', { source: 'aws' })));
    expect(text).toContain('will use the best virtualization technology for each specific platform');
    expect(text).toContain('— AWS · to TechTarget · ¶21');
  });

  it('answers an unknown source privately with the sources it knows', async () => {
    const message = messageOf(await runCommand('quote', { source: 'IBM' }));
    expect(message.flags).toBe(64);
    expect(message.content).toMatch(
      /^I have no quotes from "IBM"\. Try one of: .*Michael Warrilow \(Gartner\).*Linux Foundation/,
    );
  });

  it('asks for a source when the one given shows nothing', async () => {
    for (const source of ['', '  ', '\u200b']) {
      const message = messageOf(await runCommand('quote', { source }));
      expect(message.flags).toBe(64);
      expect(message.content).toMatch(/^Name whose words you want, e\.g\. `\/quote` source:gartner\. Sources: /);
    }
  });

  it('escapes what it echoes, so an unknown source can’t format or ping', async () => {
    const message = messageOf(await runCommand('quote', { source: '**@everyone**' }));
    expect(message.content).toContain('\\*\\*@everyone\\*\\*');
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('/quote autocomplete', () => {
  const complete = async (typed: string) => {
    const response = await handle({
      kind: 'autocomplete',
      commandName: 'quote',
      options: { source: typed },
      focused: 'source',
      user,
      guildId: null,
    });
    if (response.type !== 'choices') throw new Error('expected choices');
    return response.choices;
  };

  it('offers every quoted person and organisation when nothing is typed', async () => {
    const choices = await complete('');
    expect(choices.map((c) => c.value)).toEqual(
      expect.arrayContaining(['michael-warrilow', 'gartner', 'citrix', 'aws', 'linux-foundation']),
    );
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('puts the best match first and matches aliases', async () => {
    expect((await complete('ci'))[0]?.value).toBe('citrix');
    expect((await complete('gart'))[0]?.value).toBe('gartner');
    expect((await complete('amaz')).map((c) => c.value)).toContain('aws');
  });

  it('offers nothing for a name the story never mentions, and every choice resolves', async () => {
    expect(await complete('vmware')).toEqual([]);
    for (const choice of await complete('')) {
      const response = await quote.execute({
        options: { source: String(choice.value) },
        user,
        guildId: null,
        settings: defaultSettings,
        story: getStory(),
        locale: undefined,
        mention: (name) => `/${name}`,
      });
      expect(response.embeds?.length).toBe(1);
    }
  });
});
