import { type APIButtonComponentWithURL, ButtonStyle, ComponentType, MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { ReplyMessage } from '../../src/core/interaction.js';
import { findLimitViolations } from '../../src/core/limits.js';
import { getStory } from '../../src/story/load.js';
import { messageOf, runCommand } from '../helpers/handler.js';

const lfTemplate = getStory().templates.find((t) => t.id === 'lf-template');
const seriesOpening = getStory().templates.find((t) => t.id === 'series-opening');

/** The share buttons: every link button but the one to the article itself. */
function linkButtons(message: ReplyMessage): APIButtonComponentWithURL[] {
  return (message.components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow
      ? row.components.filter(
          (c): c is APIButtonComponentWithURL =>
            c.type === ComponentType.Button && c.style === ButtonStyle.Link && c.url !== getStory().meta.article.url,
        )
      : [],
  );
}

async function social(options: Record<string, string> = {}) {
  return messageOf(await runCommand('xen-news', { section: 'social', ...options }));
}

describe('/xen-news section:social', () => {
  it('posts the Linux Foundation template exactly as published, in a copy block and in the embed', async () => {
    const message = await social();
    expect(lfTemplate?.text).toBe(
      "The Xen Project has been a staple for #cloud and #server vendors, now it is making inroads in the embedded, security and automotive space. Follow the @xen_org's new series on how people are contributing and using #Xen.\u00a0http://bit.ly/2mPf0Wf",
    );
    expect(message.content).toBe(`\`\`\`\n${lfTemplate?.text}\n\`\`\``);
    expect(message.embeds?.[0]?.description).toBe(lfTemplate?.text);
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it('has a link button per network, each URL within 512 characters and carrying the exact text', async () => {
    const buttons = linkButtons(await social());
    expect(buttons.map((b) => b.label)).toEqual([
      'Post on X',
      'Post on Bluesky',
      'Post on Mastodon (mastodon.social)',
      'Post on LinkedIn',
      'Post on Threads',
    ]);
    for (const button of buttons) {
      expect(button.url.length).toBeLessThanOrEqual(512);
      const params = new URL(button.url).searchParams;
      expect(params.get('text') ?? params.get('url')).toBe(
        button.label === 'Post on LinkedIn' ? lfTemplate?.link : lfTemplate?.text,
      );
    }
  });

  it('says for each network whether the post fits', async () => {
    const fits = (await social()).embeds?.[0]?.fields?.find((f) => f.name === 'Fits on')?.value ?? '';
    expect(fits.split('\n')).toEqual([
      '✅ **X** fits: 242/280 characters',
      '✅ **Bluesky** fits: 240/300 graphemes',
      '✅ **Mastodon (mastodon.social)** fits: 242/500 characters',
      '✅ **LinkedIn** takes only the link; the preview comes from the linked page',
      '✅ **Threads** fits: 240/500 characters',
    ]);
  });

  it('network: shows only that network', async () => {
    const message = await social({ network: 'bluesky' });
    expect(linkButtons(message).map((b) => b.label)).toEqual(['Post on Bluesky']);
    expect(message.embeds?.[0]?.fields?.find((f) => f.name === 'Fits on')?.value).toBe('✅ **Bluesky** fits: 240/300 graphemes');
  });

  it('instance: opens Mastodon on that server', async () => {
    const [button] = linkButtons(await social({ network: 'mastodon', instance: 'Fosstodon.org' }));
    expect(button?.url).toMatch(/^https:\/\/fosstodon\.org\/share\?text=/);
    expect(button?.label).toBe('Post on Mastodon (fosstodon.org)');
  });

  it('instance: a host name too long for a 512-character button gets no button and says why', async () => {
    const host = `${Array.from({ length: 4 }, () => 'a'.repeat(61)).join('.')}.com`;
    const message = await social({ network: 'mastodon', instance: host });
    expect(linkButtons(message)).toEqual([]);
    expect(message.embeds?.[0]?.fields?.find((f) => f.name === 'Fits on')?.value).toMatch(
      /no button: its compose link would be \d+ characters, over Discord's 512/,
    );
    expect(findLimitViolations(message)).toEqual([]);
  });

  it('instance: refuses something that is not a host name, ephemerally and without echoing it', async () => {
    const message = await social({ instance: 'evil.example/@x' });
    expect(message.flags).toBe(MessageFlags.Ephemeral);
    expect(message.content).toMatch(/^`instance` must be a Mastodon server's host name/);
    expect(message.content).not.toContain('evil');
  });

  it('variant: shares the Xen Project series opening instead, with no LinkedIn button (it has no link)', async () => {
    const message = await social({ variant: 'series-opening' });
    expect(message.embeds?.[0]?.description).toBe(seriesOpening?.text);
    expect(linkButtons(message).map((b) => b.label)).not.toContain('Post on LinkedIn');
  });

  it.each([
    [{ network: 'x' }],
    [{ section: 'timeline', instance: 'fosstodon.org' }],
    [{ question: 'who is warrilow', variant: 'lf-template' }],
  ])('refuses the sharing options without section:social: %o', async (options) => {
    const message = messageOf(await runCommand('xen-news', options));
    expect(message.flags).toBe(MessageFlags.Ephemeral);
  });

  it('keeps the section buttons below the share buttons, within five rows', async () => {
    const message = await social();
    expect(message.components?.length).toBeLessThanOrEqual(5);
    expect(findLimitViolations(message)).toEqual([]);
  });
});
