import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "what's the worst that could happen to Tesla owners": "the worst case" asks what could happen to
 * them, as "what could happen to Tesla owners" does; the words themselves are in no fact.
 */
describe('the worst case', () => {
  it.each(['what is the worst that could happen to tesla owners', 'worst case scenario for tesla owners?'])(
    'answers "%s" with what the story says could happen',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('leading to the theft');
    },
  );

  it('still declines the worst case for something the story never names', () => {
    expect(answerQuestion(story, "what's the worst case for vmware customers").answered).toBe(false);
  });
});
