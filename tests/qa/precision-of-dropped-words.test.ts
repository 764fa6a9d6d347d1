import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);

/** "the *precise* wording of the standfirst": how exactly the text is wanted, not what it is about. */
describe('an adjective of exactness before a word the question drops', () => {
  it.each([
    ['whats the exact wording of the standfirst', 'AWS changes its tune'],
    ['can i get the precise text of the headline', 'Talk up embedded future'],
  ])('answers "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('keeps it before a noun naming a thing: "accurate benchmarks"', () => {
    expect(analyseQuestion(index, 'are there accurate benchmarks of kvm').terms).toContain('accurat');
    expect(analyseQuestion(index, 'the accurate words of the template').terms).not.toContain('accurat');
  });
});
