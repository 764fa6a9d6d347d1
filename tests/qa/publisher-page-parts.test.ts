import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "what's the reg's headline": the page's own parts (headline, standfirst, footer, address, byline) are the
 * publication's, so naming it leads to them, not to a quote someone gave it that happens to say "headlines".
 */
describe("the publication's own page parts", () => {
  it.each([
    ["what's the register's headline", 'The headline is'],
    ['give me el reg’s headline for this', 'The headline is'],
    ['the reg standfirst please', 'standfirst'],
    ["what's the register's web address for it", 'theregister.com'],
  ])('answers "%s" with the part itself', (question, expected) => {
    const answer = answerQuestion(story, question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain(expected);
    expect(answer.answer).not.toContain('Cottingham');
  });

  it('still gives a quote said to the publication for what someone told it', () => {
    expect(answerQuestion(story, 'what did citrix tell the register about customers').answer).toContain('Cottingham');
  });
});
