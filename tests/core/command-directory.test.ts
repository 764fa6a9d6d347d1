import { describe, expect, it } from 'vitest';
import { createCommandDirectory } from '../../src/core/command-directory.js';

describe('the command directory', () => {
  it('names a command as plain text until its id is known', () => {
    expect(createCommandDirectory().mention('xen-news')).toBe('`/xen-news`');
  });

  it("names a known command with Discord's mention, which opens it on a tap", () => {
    const directory = createCommandDirectory();
    directory.record([{ name: 'xen-news', id: '1234567890' }]);
    expect(directory.mention('xen-news')).toBe('</xen-news:1234567890>');
    expect(directory.mention('quote')).toBe('`/quote`');
  });

  it('forgets commands that are no longer registered', () => {
    const directory = createCommandDirectory();
    directory.record([{ name: 'quote', id: '1' }]);
    directory.record([{ name: 'xen-news', id: '2' }]);
    expect(directory.mention('quote')).toBe('`/quote`');
  });
});
