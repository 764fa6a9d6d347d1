import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "which Citrix staff are *cited in* the article", "which hashtags are *included in* the post": a
 * participle saying where something appears, before "in", asks nothing of its own; "going forward"
 * frames time as "these days" does.
 */
describe('where something appears, and "going forward"', () => {
  it.each([
    ['which two citrix people are cited in the article', 'James Bulpin'],
    ['what hashtags are included in the linux foundation template', '#cloud'],
    ['which citrix staff are referenced in the story', 'David Cottingham'],
    ['what does the linux foundation expect from aws going forward', 'remain involved'],
  ])('answers "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('still reads "cite" as a verb asked about: "what benchmark did cottingham cite" is declined', () => {
    expect(answerQuestion(story, 'what benchmark did cottingham cite').answered).toBe(false);
  });
});
