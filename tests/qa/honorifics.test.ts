import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "Mr Warrilow" is Warrilow: a title of address before a name asks nothing of its own. */
describe('a title of address before a name', () => {
  it.each([
    ["who's Mr Warrilow", 'Gartner'],
    ['what did mr cottingham tell the register', 'We have not received any queries'],
    ['what did sir bulpin say', 'reusable technology component'],
  ])('answers "%s" as about the name', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('still declines a person the story never names, with or without the title', () => {
    expect(answerQuestion(story, 'what did mr bezos say').answered).toBe(false);
  });
});
