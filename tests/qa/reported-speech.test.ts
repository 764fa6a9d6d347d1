import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "what is the Xen Project going to tell the world": someone the story quotes is asked what they say, and
 * the article reports it in its own sentence ("the Xen Project will tell the world it has a fine future in
 * embedded applications"). That sentence answers, a shade behind a quote, where it holds all that was
 * asked about and the question names no one the words were said to.
 */
describe("the article's sentence reporting someone's words", () => {
  it.each(['what is the Xen Project going to tell the world?', 'what will the xen project tell the world'])(
    'answers "%s" with the sentence reporting it',
    (question) => {
      const answer = answerQuestion(story, question);
      expect(answer.answered).toBe(true);
      expect(answer.answer).toContain('will tell the world it has a fine future');
    },
  );

  it.each([
    ['what did the xen project tell the world about pricing', 'the sentence lacks what was asked about'],
    ['what did amazon tell the register', 'the sentence reports words said to another outlet'],
  ])('declines "%s" (%s)', (question) => {
    expect(answerQuestion(story, question).answered).toBe(false);
  });
});
