import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "the tagline *under* the Tesla teaser" is that story's standfirst; the page's tagline alone is its footer. */
describe('a tagline under something', () => {
  it.each([
    ['whats the tagline under the tesla teaser', 'Anything that uses proximity-based BLE is vulnerable'],
    ['tagline beneath the capstone story?', 'further than any Photon'],
  ])('answers "%s" with the standfirst', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it("still reads the Register's own tagline as the footer", () => {
    expect(answerQuestion(story, "what's el reg's tagline").answer).toContain('Biting the hand that feeds IT');
  });
});
