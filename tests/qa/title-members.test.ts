import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe("a kind's member inside someone's job title says who they are, not what was asked", () => {
  it('answers "which products did X say …" with what X said, not the product in X\'s title', () => {
    const answer = ask('which citrix products did cottingham say nobody had asked about');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('XenDesktop');
    expect(answer.answer).not.toMatch(/^David Cottingham is/);
  });

  it('does not count the organisation a title names as a word of the title', () => {
    const answer = ask('which citrix products were customers quiet about according to cottingham');
    expect(answer.answer).not.toMatch(/^David Cottingham is/);
  });
});
