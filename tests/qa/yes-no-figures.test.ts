import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('a yes/no question putting forward a figure', () => {
  it('is answered by the fact giving the value of that kind', () => {
    // 1998 is in the story (the footer's copyright), not as the year it was published.
    const year = ask('was this piece put out in 1998?');
    expect(year.answered).toBe(true);
    expect(year.answer).toContain('2017');
  });

  it('answers a year the story never gives with the year it does give (see checked-dates.test.ts)', () => {
    const year = ask('was this piece put out in 2009?');
    expect(year.answered).toBe(true);
    expect(year.answer).toContain('2017');
  });

  it('still declines a year for something the story gives no year of', () => {
    const reply = ask('did xen launch in 2003');
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer).toContain("doesn't give the year");
  });
});
