import { describe, expect, it } from 'vitest';
import { clip, findLimitViolations } from '../../src/core/limits.js';

const quiet = { allowed_mentions: { parse: [] } };

describe('clip', () => {
  it('leaves short text alone and cuts long text to the limit with an ellipsis', () => {
    expect(clip('short', 10)).toBe('short');
    const cut = clip('a'.repeat(50), 10);
    expect(cut).toHaveLength(10);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const cut = clip('😀'.repeat(10), 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).toBe('😀😀…');
  });
});

describe('findLimitViolations', () => {
  it('accepts a small message that pings nobody', () => {
    expect(findLimitViolations({ content: 'hi', ...quiet })).toEqual([]);
  });

  it('reports each limit a message breaks', () => {
    const problems = findLimitViolations({
      content: 'x'.repeat(2001),
      embeds: [{ title: 't'.repeat(257), fields: [{ name: 'n', value: 'v'.repeat(1025) }] }],
      components: [
        {
          type: 1,
          components: Array.from({ length: 6 }, (_, i) => ({ type: 2, style: 2, label: `b${i}`, custom_id: 'same' })),
        },
      ],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'content is 2001 > 2000',
        'embeds[0].title is 257 > 256',
        'embeds[0].fields[0].value is 1025 > 1024',
        'row 0 buttons is 6 > 5',
        'custom_id same is not unique',
        'allowed_mentions must parse nothing',
      ]),
    );
  });

  it('counts every embed toward the 6000-character total', () => {
    const embed = { description: 'd'.repeat(4000) };
    expect(findLimitViolations({ embeds: [embed, embed], ...quiet })).toContain('embeds in total is 8000 > 6000');
  });
});
