import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { withCheckedDateAsked } from '../../src/qa/checked-dates.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const shipped = getIndex(story);
const { language } = shipped;

/**
 * "was the update posted on November 22nd": a yes/no question putting a date to something asks when
 * it was; the story's date answers it, right or wrong as the date put was, and a date finer than the
 * story's is declined with what it does say.
 */
describe('a date put to something in a yes/no question', () => {
  it.each([
    ['was the update posted on november 22nd?', 'on what date'],
    ['did aws start using xen in 2006', 'in what year'],
    ['was the advisory board call in october', 'in what month'],
    ['was the story published on a monday', 'on what day of the week'],
    ['was the update posted on the 22nd', 'on what date'],
  ])('reads "%s" as asking %s', (question, asked) => {
    expect(withCheckedDateAsked(language, question, 2017).startsWith(`${asked} `)).toBe(true);
  });

  it.each(['what happened on november 24', 'did aws say anything after november 24', 'is it worth learning xen in 2019'])(
    'leaves "%s": no yes/no question, a date of reference, or a year the story cannot check',
    (question) => {
      expect(withCheckedDateAsked(language, question, 2017)).toBe(question);
    },
  );

  it("answers a wrong date with the story's own", () => {
    const reply = answerQuestion(story, 'was the update posted on november 22nd?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('November 24, 2017');
  });

  it('declines a day the story does not give, saying the month it does', () => {
    const reply = answerQuestion(story, 'was the xen advisory board call on november 15');
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer).toContain('November');
  });

  it('asks for a date as fine as the one put', () => {
    expect(analyseQuestion(shipped, 'did aws start using xen in 2006').wants).toBe('year');
    expect(analyseQuestion(shipped, 'was the update posted on november 22nd').wants).toBe('day');
  });

  it.each([
    ['was this story published in 2019?', 'in what year'],
    ['was it updated in 2018', 'in what year'],
    ['was the update dated november 25', 'on what date'],
  ])('reads "%s" as asking %s: dates of the article itself, however late, and a date after "dated"', (question, asked) => {
    expect(withCheckedDateAsked(language, question, 2017).startsWith(`${asked} `)).toBe(true);
  });

  it('answers a later year put to the article with its own date', () => {
    const reply = answerQuestion(story, 'was this article put out in 2019?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('2017');
  });

  it.each(['did aws move everything to kvm in 2019', 'is the story worth reading again in 2019'])(
    'leaves a later year put to anything but the article itself: "%s"',
    (question) => {
      expect(withCheckedDateAsked(language, question, 2017)).toBe(question);
    },
  );
});
