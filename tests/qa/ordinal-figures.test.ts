import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);

/** "the 2nd teaser": an ordinal in figures (the lexicon's `ordinals`) places something, as "second" does; it names nothing. */
describe('ordinals in figures', () => {
  it.each(['what does the 2nd para say', 'who is quoted in the 3rd teaser'])('are no unknown name in "%s"', (question) => {
    expect(analyseQuestion(index, question).unknownNames).toEqual([]);
  });

  it('pick a related story as the word does', () => {
    const answer = answerQuestion(story, "what's in the 2nd teaser");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toBe(answerQuestion(story, "what's in the second teaser").answer);
  });
});
