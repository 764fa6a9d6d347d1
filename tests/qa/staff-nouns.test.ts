import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "which gartner staffer", "how many workers": nouns for the people of an organisation are no word
 * of the story's, as "guy" and "person" are not; the organisation named with them is what is asked about.
 */
describe('nouns for the people of an organisation', () => {
  it("answers which of an organisation's people is quoted", () => {
    const reply = answerQuestion(story, 'which gartner staffer was quoted');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Michael Warrilow');
  });

  it.each(['how many workers does gartner have', 'how many employees does rocket lab have'])(
    'declines "%s", a head count the story does not give',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(false);
      expect(reply.answer).toContain("doesn't give a number");
    },
  );
});

/** "did amazon even bother to answer": "bother" says the asker doubts it; what is asked is the answering. */
describe('"bother" before the verb asked about', () => {
  it('answers whether AWS answered the Register', () => {
    const reply = answerQuestion(story, 'did amazon bother to answer the register');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('unanswered for 12 days');
  });
});
