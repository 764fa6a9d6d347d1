import { describe, expect, it } from 'vitest';
import { withOwnOutletNamed } from '../../src/qa/articles.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const words = (question: string) => question.toLowerCase().split(' ');

/** "how long did the website wait for AWS": "the" and a noun for an outlet is the story's own publication. */
describe("the story's own outlet, named by a common noun", () => {
  it.each(['how long did the website wait for aws', 'what did this paper ask the xen project'])(
    'names the publication in "%s"',
    (question) => {
      expect(withOwnOutletNamed(index, words(question)).join(' ')).toContain('regist');
    },
  );

  it.each([
    ['what did aws tell the outlet', 'an outlet told'],
    ['aws talked to the site instead', 'after a preposition of direction'],
    ['name the outlet amazon spoke to', 'described by the clause after it'],
    ['who sent the paper the statement', 'given something'],
    ['which sites covered it', 'no determiner, a plural'],
  ])('leaves "%s" (%s)', (question) => {
    expect(withOwnOutletNamed(index, words(question))).toEqual(words(question));
  });

  it('answers how long the website waited with the twelve days', () => {
    const reply = answerQuestion(story, 'how long did the website wait for amazon to get back to it');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('12 days');
  });
});
