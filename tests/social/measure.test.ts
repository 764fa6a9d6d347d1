import { describe, expect, it } from 'vitest';
import { countGraphemes, measurePost } from '../../src/social/measure.js';
import { getStory } from '../../src/story/load.js';

const lfTemplate = getStory().templates.find((t) => t.id === 'lf-template')?.text ?? '';
const longUrl = `https://example.com/${'a'.repeat(100)}`;

function used(network: Parameters<typeof measurePost>[0], text: string) {
  const measure = measurePost(network, text);
  if (!measure.counts) throw new Error('expected a count');
  return measure;
}

describe('X, counted by twitter-text', () => {
  it('fits 280 plain characters exactly and is 1 over at 281', () => {
    expect(used('x', 'a'.repeat(280))).toMatchObject({ used: 280, fits: true, over: 0 });
    expect(used('x', 'a'.repeat(281))).toMatchObject({ used: 281, fits: false, over: 1 });
  });

  it('counts any URL as 23', () => {
    expect(used('x', `see ${longUrl}`).used).toBe(4 + 23);
  });

  it('weighs CJK and emoji as 2', () => {
    expect(used('x', '漢字').used).toBe(4);
    expect(used('x', '👨‍👩‍👧').used).toBe(2);
    expect(used('x', '漢'.repeat(141))).toMatchObject({ fits: false, over: 2 });
  });

  it('measures the Linux Foundation template as X does: the 21-character bit.ly link counts 23', () => {
    expect(used('x', lfTemplate)).toMatchObject({ used: Array.from(lfTemplate).length - 21 + 23, limit: 280, fits: true });
  });
});

describe('Bluesky, by grapheme against 300', () => {
  it('counts a family emoji and a flag as one grapheme each', () => {
    expect(countGraphemes('👨‍👩‍👧🇬🇧e\u0301')).toBe(3);
    expect(used('bluesky', '👨‍👩‍👧'.repeat(300))).toMatchObject({ used: 300, fits: true });
    expect(used('bluesky', 'a'.repeat(305))).toMatchObject({ fits: false, over: 5, unit: 'graphemes' });
  });

  it('counts links in full', () => {
    expect(used('bluesky', longUrl).used).toBe(longUrl.length);
  });
});

describe('Mastodon, 500 with links as 23', () => {
  it('counts a long link as 23 and the rest by character', () => {
    expect(used('mastodon', `read ${longUrl} now`).used).toBe(5 + 23 + 4);
    expect(used('mastodon', 'a'.repeat(501))).toMatchObject({ fits: false, over: 1, limit: 500 });
  });

  it('counts a remote mention by its user part only', () => {
    expect(used('mastodon', 'hi @xen@fosstodon.org').used).toBe('hi @xen'.length);
  });
});

describe('Threads and LinkedIn', () => {
  it('Threads counts against 500', () => {
    expect(used('threads', 'a'.repeat(500))).toMatchObject({ fits: true, limit: 500 });
  });

  it('LinkedIn takes no text, so there is nothing to count', () => {
    expect(measurePost('linkedin', lfTemplate)).toEqual({ counts: false });
  });
});
