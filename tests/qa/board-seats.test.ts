import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "sitting on the board", "serve on the board": holding a seat is membership, as "a seat on" is. */
describe('a seat on a board asked with "sit on" or "serve on"', () => {
  it.each(['is aws still sitting on the xen project board', 'does amazon serve on the xen board'])(
    'answers "%s" with AWS\'s membership',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('active member of the Xen Project and its board');
    },
  );

  it('leaves "suits" alone, one letter from "sits", which the lexicon does not list for that reason', () => {
    const reply = answerQuestion(story, 'bulpin says xen suits aviation - why');
    expect(reply.answer).not.toContain('active member');
  });
});
