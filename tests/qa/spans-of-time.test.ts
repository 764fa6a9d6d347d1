import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "the 12 days" names a span the story gives, where "the 3 teasers" counts the answer's parts: a number
 * before a unit of time stays a term to look for.
 */
describe('a span of time after a determiner', () => {
  it.each([
    'why does the article dwell on the 12 days',
    'what was the 12 days business about',
    "what's the significance of those 12 days",
  ])('answers "%s" from the unanswered email and what it implies', (question) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('12 days');
    expect(reply.answer).toContain('request a correction');
  });

  it('declines a span the story never gives ("3 weeks" matches only "Model 3")', () => {
    expect(answerQuestion(story, 'what about the 3 weeks').answered).toBe(false);
  });

  it('still reads "the 3 other stories" as a count of parts, not a figure', () => {
    const question = analyseQuestion(getIndex(story), 'what are the 3 other stories');
    expect(question.terms).not.toContain('3');
  });
});
