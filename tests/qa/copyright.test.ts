import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "the copyright at the bottom": the page's footer, whose verb ("cover") says how it relates. */
describe('the copyright asked about alone', () => {
  it.each(['what years does the copyright at the bottom cover', 'what years does the copyright cover'])(
    'answers "%s" with the footer',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('1998–2022');
    },
  );
});
