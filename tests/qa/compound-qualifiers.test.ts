import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('a word narrowing a kind of organisation, held by its description as part of a closed compound', () => {
  it('keeps the narrowing word as typed', () => {
    const question = analyseQuestion(getIndex(story), 'which space firm is launching capstone');
    expect(question.kind?.members).toEqual(['@org']);
    expect(question.kind?.qualifierWord).toBe('space');
  });

  it('is matched by a description opening a compound with it: a space firm is described by "spacecraft"', () => {
    const answer = ask('which space firm is launching capstone');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Rocket Lab');
  });

  it('does not take an organisation described by no such compound for one of that kind', () => {
    // Tesla is described as a carmaker, not by any space- word.
    expect(ask('which space company makes the model 3').answered).toBe(false);
  });
});
