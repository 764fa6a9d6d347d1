import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

/** "in the sidebar", "other reads": chat's words for the other stories the page lists. */
describe('other words for the related stories', () => {
  it.each([
    ['the google thing in the sidebar, what is the service called', 'Assured Open Source Software'],
    ['what other reads does the page recommend', 'Other stories you might like'],
  ])('answer "%s" from the related stories', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});

/** "the link to the original article": the story's own address, not an earlier story's. */
describe('a link to the original article', () => {
  it.each(['got a link to the original article?', 'original link pls', 'link to the original piece'])(
    'answers "%s" with the story’s address',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('theregister.com/2017/11/22');
    },
  );

  it('still reads the original story, asked about its content, as the earlier one', () => {
    expect(ask('what did the reg’s original story reveal').answer).toContain('documents');
  });
});
