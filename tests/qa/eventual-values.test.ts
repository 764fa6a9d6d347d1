import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('an adverb of eventual time in a question asking for a value', () => {
  it('is not searched: it picks the last value, it is not what the value is about', () => {
    const question = analyse('where is the capstone probe finally headed');
    expect(question.wants).toBe('destination');
    expect(question.terms).toEqual(['capston', 's:spacecraft']);
  });

  it('answers with the destination the story gives', () => {
    for (const q of ['where is capstone finally headed', 'in the long run where is capstone going']) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.answer, q).toContain('to the Moon');
    }
  });

  it('stays searched, as background, in a question asking for no value', () => {
    const question = analyse('what did aws say in the end');
    expect(question.wants).toBeNull();
    expect(question.terms.some((t) => question.background.has(t))).toBe(true);
  });
});
