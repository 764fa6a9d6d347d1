import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

/**
 * "what held up the launch from Virginia", "what caused the move": a question asking what brought
 * something about asks why, and is answered by the cause, not by a fact restating what was planned.
 */
describe('a question asking what brought something about', () => {
  it.each(['what held up the launch from virginia', 'what caused the move to new zealand', 'what delayed capstone'])(
    'reads "%s" as asking why, the verb of causing not searched',
    (question) => {
      const analysed = analyse(question);
      expect(analysed.type).toBe('why');
      expect(analysed.terms.some((t) => t.startsWith('caus'))).toBe(false);
    },
  );

  it.each(['what held up the launch from virginia', 'what caused the move to new zealand'])(
    'answers "%s" with the cause',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toMatch(/^(However, )?[Dd]elays in certifying/);
    },
  );

  it('still declines a cause the story does not give', () => {
    expect(ask('what caused the outage at google').answered).toBe(false);
  });
});
