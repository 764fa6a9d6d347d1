import { describe, expect, it } from 'vitest';
import { plainEnglishReader } from '../../src/render/reader.js';
import { renderFitLines } from '../../src/render/social.js';
import type { ShareOption } from '../../src/social/share.js';

const url = 'https://example.org/share';

describe('the per-network fit lines', () => {
  it('say how much a post is over the limit', () => {
    const options: ShareOption[] = [
      { network: 'x', url, measure: { counts: true, used: 301, limit: 280, unit: 'characters', fits: false, over: 21 } },
      { network: 'bluesky', url, measure: { counts: true, used: 12, limit: 300, unit: 'graphemes', fits: true, over: 0 } },
    ];
    expect(renderFitLines(plainEnglishReader, options, 'mastodon.social').split('\n')).toEqual([
      '❌ **X** too long: 301/280 characters, 21 over',
      '✅ **Bluesky** fits: 12/300 graphemes',
    ]);
  });

  it('keep the count when a network gets no button, and say why', () => {
    const options: ShareOption[] = [
      {
        network: 'mastodon',
        url: null,
        problem: { kind: 'url-too-long', length: 600, limit: 512 },
        measure: { counts: true, used: 242, limit: 500, unit: 'characters', fits: true, over: 0 },
      },
      { network: 'linkedin', url: null, problem: { kind: 'no-link' }, measure: { counts: false } },
    ];
    expect(renderFitLines(plainEnglishReader, options, 'example.social').split('\n')).toEqual([
      "⚠️ **Mastodon (example.social)** fits: 242/500 characters; no button: its compose link would be 600 characters, over Discord's 512 for a button: copy the block instead",
      '⚠️ **LinkedIn** no button: it shares a link only, and this post has none',
    ]);
  });
});
