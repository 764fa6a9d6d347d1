import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('an adverb of sequence closing a question about what was said says when, not what', () => {
  it('weighs the closing adverb as background in a "said" question', () => {
    expect([...analyse('what did aws ultimately tell techtarget in the end').background]).toContain('s:eventual');
    expect([...analyse('what did amazon say to techtarget eventually').background]).toContain('s:eventual');
  });

  it('leaves it whole elsewhere in the question, and in other questions', () => {
    expect([...analyse('what did aws say will eventually happen to instance types').background]).not.toContain('s:eventual');
    expect([...analyse('will aws move every instance type in the end').background]).not.toContain('s:eventual');
  });

  it('answers with what was said, though the quote never says "eventually"', () => {
    const answer = ask('what did amazon say to techtarget ultimately');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('best virtualization technology');
  });
});
