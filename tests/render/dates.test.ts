import { describe, expect, it } from 'vitest';
import { formatStoryDate, formatUpdateDate, parseStoryDate, storyYear } from '../../src/render/dates.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

describe('story dates', () => {
  it('shows the update with its year', () => {
    expect(formatUpdateDate(story)).toBe('Nov 24, 2017');
  });

  it('puts the year the story ran on dates the article gives without one', () => {
    expect(storyYear(story)).toBe(2017);
    expect(formatStoryDate(parseStoryDate('November 24', 2017) ?? { year: 0, month: 0, day: 0 })).toBe('Nov 24, 2017');
    expect(formatStoryDate(parseStoryDate('November', 2017) ?? { year: 0, month: 0, day: 0 })).toBe('November 2017');
    expect(parseStoryDate('November 24th', 2017)).toEqual({ year: 2017, month: 10, day: 24 });
  });

  it('refuses what is not a date, or a day the month does not have', () => {
    expect(parseStoryDate('Before the November call', 2017)).toBeNull();
    expect(parseStoryDate('February 30', 2017)).toBeNull();
    expect(parseStoryDate('Smarch 3', 2017)).toBeNull();
  });

  it("formats in the reader's locale without shifting the day", () => {
    expect(formatStoryDate({ year: 2017, month: 10, day: 24 }, 'de')).toBe('24. Nov. 2017');
    expect(formatStoryDate({ year: 2017, month: 10, day: 24 }, 'ja')).toBe('2017年11月24日');
  });

  it('can date every timeline event that has a date', () => {
    for (const event of story.timeline.filter((e) => e.date !== null))
      expect(parseStoryDate(event.date ?? '', storyYear(story)), event.id).not.toBeNull();
  });
});
