import { describe, expect, it } from 'vitest';
import { mastodonInstanceSchema } from '../../src/core/mastodon-instance.js';

describe('the Mastodon instance option', () => {
  it.each([
    ['mastodon.social', 'mastodon.social'],
    ['Fosstodon.org', 'fosstodon.org'],
    [' https://hachyderm.io/ ', 'hachyderm.io'],
    ['xn--mstdn-wqa.example', 'xn--mstdn-wqa.example'],
  ])('accepts %j as %j', (input, host) => {
    expect(mastodonInstanceSchema.parse(input)).toBe(host);
  });

  it.each([
    'localhost',
    '127.0.0.1',
    'mastodon.social:8443',
    'user:pass@mastodon.social',
    'mastodon.social/@evil',
    'http://mastodon.social',
    'javascript:alert(1)',
    'evil.com#.mastodon.social',
    'mastodon .social',
    '-bad.example',
    '',
    `${'a'.repeat(64)}.com`,
  ])('refuses %j', (input) => {
    expect(mastodonInstanceSchema.safeParse(input).success).toBe(false);
  });
});
