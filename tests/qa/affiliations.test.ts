import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('a person asked about by the firm they are at', () => {
  it('answers "which <kind of> firm is X at" with their profile, where a word of the kind is also an alias of theirs', () => {
    const answer = ask('which analyst firm does warrilow work at');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain("Gartner's research veep");
  });

  it('still does not answer "who replaced X at Y" with X\'s own profile', () => {
    expect(ask('who replaced schlaeger at aws').answered).toBe(false);
  });
});
