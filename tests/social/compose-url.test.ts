import { describe, expect, it } from 'vitest';
import { composeShareUrl } from '../../src/social/compose-url.js';
import { socialNetworks } from '../../src/social/networks.js';
import { getStory } from '../../src/story/load.js';

const template = getStory().templates.find((t) => t.id === 'lf-template');
if (!template) throw new Error('the data has no lf-template');
const post = { text: template.text, link: template.link };

describe('compose URLs', () => {
  it.each([
    ['x', 'https://x.com/intent/post?text='],
    ['bluesky', 'https://bsky.app/intent/compose?text='],
    ['mastodon', 'https://fosstodon.org/share?text='],
    ['threads', 'https://www.threads.com/intent/post?text='],
    ['linkedin', 'https://www.linkedin.com/sharing/share-offsite/?url='],
  ] as const)('%s opens its own compose window', (network, prefix) => {
    expect(composeShareUrl(network, post, 'fosstodon.org')).toMatch(new RegExp(`^${prefix.replace(/[.?/]/g, '\\$&')}`));
  });

  it.each(socialNetworks.filter((n) => n !== 'linkedin'))(
    '%s carries the template text exactly, through a decoding round trip',
    (network) => {
      const url = new URL(composeShareUrl(network, post, 'mastodon.social') ?? '');
      expect(url.searchParams.get('text')).toBe(template.text);
      expect([...url.searchParams.keys()]).toEqual(['text']);
    },
  );

  it('LinkedIn carries only the link', () => {
    const url = new URL(composeShareUrl('linkedin', post, 'mastodon.social') ?? '');
    expect([...url.searchParams.entries()]).toEqual([['url', 'http://bit.ly/2mPf0Wf']]);
  });

  it('percent-encodes what would break a query: &, #, +, =, the no-break space, emoji and line breaks', () => {
    const text = 'a&b=c #tag +1 100%\u00a0🇬🇧\nnext?';
    for (const network of ['x', 'bluesky', 'mastodon', 'threads'] as const) {
      const url = composeShareUrl(network, { text, link: null }, 'mastodon.social') ?? '';
      expect(url).not.toMatch(/[ #+\n\u00a0]/u);
      expect(url.split('?')[1]).toMatch(/^text=[A-Za-z0-9%._~!*'()-]+$/);
      expect(new URL(url).searchParams.get('text')).toBe(text);
    }
  });

  it('has no LinkedIn URL for a post without a link', () => {
    expect(composeShareUrl('linkedin', { text: 'no link here', link: null }, 'mastodon.social')).toBeNull();
  });
});
