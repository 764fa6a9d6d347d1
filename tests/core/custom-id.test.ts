import { describe, expect, it } from 'vitest';
import { decodeCustomId, encodeCustomId } from '../../src/core/custom-id.js';

describe('custom_id carries all of a button’s state', () => {
  it('round-trips the command name and arguments', () => {
    const id = encodeCustomId('xen-news', 'open', 'timeline');
    expect(id).toBe('xen-news:open:timeline');
    expect(decodeCustomId(id)).toEqual({ commandName: 'xen-news', args: ['open', 'timeline'] });
  });

  it('refuses state that would not survive the round trip or Discord’s 100-character limit', () => {
    expect(() => encodeCustomId('xen-news', 'a:b')).toThrowError();
    expect(() => encodeCustomId('xen-news', 'x'.repeat(100))).toThrowError();
    expect(() => decodeCustomId('x'.repeat(101))).toThrowError(/not one of mine/);
  });
});
