import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "which java packages exactly": an adverb of exactness asks for the members by name, as "which
 * exact java packages" does; the story names none, so the reply says so and gives what it does say.
 */
describe('an adverb of exactness after a "which" question', () => {
  it.each(['which java packages exactly will google start with', 'which python packages specifically does google cover first'])(
    'declines "%s" with what the story does say',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(false);
      expect(reply.partial?.answer).toContain('Java and Python packages');
    },
  );

  it('leaves a "which" question without one answered', () => {
    const reply = answerQuestion(story, 'which packages will google start with');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Java and Python packages');
  });
});

/**
 * "how many billion devices": a count asked in a unit of magnitude wants the figure of billions,
 * which "billions of devices" does not give; "give me a number" asks for a figure too.
 */
describe('a count asked in a unit of magnitude, or as a plain number', () => {
  it.each([
    'how many billion devices will come online at the edge',
    'how many million devices are coming online at the edge',
    'how many devices are coming to the edge, just a number',
  ])('declines "%s" with the vague amount the story gives', (question) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(false);
    expect(reply.answer).toContain('exact number');
    expect(reply.partial?.answer).toContain('billions of devices');
  });

  it('still answers a count the story gives as a figure', () => {
    const reply = answerQuestion(story, 'how many days did the email go unanswered, give me a number');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('12 days');
  });
});
