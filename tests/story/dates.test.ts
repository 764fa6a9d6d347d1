import { describe, expect, it } from 'vitest';
import { formatDay, withYears } from '../../src/story/dates.js';

const article = {
  url: 'https://example.com/story',
  published: '2017-11-22',
  updated: '2017-11-24',
  byline: null,
  footer: 'footer',
  source: 'test',
};

describe('story dates carry their year', () => {
  it('writes an ISO day as a short date with its year', () => {
    expect(formatDay('2017-11-22')).toBe('Nov 22, 2017');
    expect(formatDay('2022-01-05')).toBe('Jan 5, 2022');
  });

  it("writes a day as the reader's locale does, on the same calendar day", () => {
    expect(formatDay('2017-11-24', 'de')).toBe('24. Nov. 2017');
    expect(formatDay('2017-11-24', 'ja')).toBe('2017年11月24日');
  });

  it("gives a month or a day without a year the year of the article's update", () => {
    expect(withYears('November', article)).toBe('Nov 2017');
    expect(withYears('November 24', article)).toBe('Nov 24, 2017');
    expect(withYears('Before the November call', article)).toBe('Before the Nov 2017 call');
  });

  it('puts a month or day later than the update in the year before', () => {
    expect(withYears('December', article)).toBe('Dec 2016');
    expect(withYears('November 25', article)).toBe('Nov 25, 2016');
    expect(withYears('On January 3', { ...article, published: '2018-01-10', updated: '2018-01-12' })).toBe('On Jan 3, 2018');
  });

  it('leaves alone text with no month, a date that already has its year, and a day the month lacks', () => {
    expect(withYears('12 days after the first story', article)).toBe('12 days after the first story');
    expect(withYears('November 24, 2017', article)).toBe('November 24, 2017');
    expect(withYears('In November 2016 and November', article)).toBe('In November 2016 and Nov 2017');
    expect(withYears('February 30', article)).toBe('February 30');
  });
});
