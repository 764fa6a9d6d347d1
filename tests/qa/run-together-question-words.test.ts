import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "whens capstone launching": a question word run together with "is" and typed without its
 * apostrophe asks what the question word asks; here, a time the teaser does not give.
 */
describe('a question word with its "is" run on, without an apostrophe', () => {
  it.each(['whens the capstone mission launching', 'whens rocket lab launching capstone'])(
    'reads "%s" as asking when, and declines with what the story does say',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(false);
      expect(reply.answer).toContain("doesn't say when");
      expect(reply.partial?.answer).toContain('CAPSTONE');
    },
  );

  it('still answers a time the story gives', () => {
    const reply = answerQuestion(story, 'whens the update dated');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('November 24, 2017');
  });
});
