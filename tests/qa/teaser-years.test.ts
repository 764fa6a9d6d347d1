import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe("a related story's year is the year it was published", () => {
  it('reads whether a question speaks of an article', () => {
    expect(analyse('what year is the rocket lab piece from').asksArticle).toBe(true);
    expect(analyse('what year did the teasers run').asksArticle).toBe(true);
    expect(analyse('what year did rocket lab receive capstone').asksArticle).toBe(false);
  });

  it('declines a year of something the teaser reports, with what the story does say', () => {
    for (const [q, missing] of [
      // A model year is a value of its own kind (see reckoned-years.test.ts), which the reply names.
      ['what model year are the vulnerable teslas', "doesn't give a model or fiscal year"],
      ['in which year did ncc group relay the tesla signals', "doesn't give the year"],
      ['what year did the google open source service come out', "doesn't give the year"],
    ] as const) {
      const reply = ask(q);
      expect(reply.answered, q).toBe(false);
      expect(reply.partial?.answer, q).toContain(missing);
    }
  });

  it('still answers the year of the related story itself', () => {
    for (const q of ['what year is the rocket lab piece from', 'what year are the other stories from']) {
      const reply = ask(q);
      expect(reply.answered, q).toBe(true);
      expect(reply.answer, q).toContain('2022');
    }
  });
});
