import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "the second teaser", "the last related story": an ordinal before a name of the related stories
 * picks one by its place on the page (Tesla, Google, Rocket Lab, in that order), and only its
 * facts answer.
 */
describe('a related story picked by its place on the page', () => {
  it.each([
    ['what is the first teaser about', 'Pentester pops open Tesla Model 3'],
    ["what's the third related story", 'Rocket Lab is taking NASA'],
    ['what is the last teaser about', 'Rocket Lab is taking NASA'],
    ['who is quoted in the second related story', 'Sunil Potti'],
  ])('answers "%s" from that story alone', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
    expect(reply.answer).not.toContain('3 other stories you might like');
  });

  it('does not read "first" as a place where no related story is named', () => {
    const reply = answerQuestion(story, 'what did the first story quote verbatim');
    expect(reply.answer).toContain('AWS documents');
  });
});
