import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** The update's fact holds its own date: a question giving the day ("the nov 24 update") finds it by that day too. */
describe('the update found by its date', () => {
  it.each(['the november 24 update came out in what year', 'update was nov 24 of which year'])(
    'answers "%s" with the year',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('November 24, 2017');
    },
  );
});
