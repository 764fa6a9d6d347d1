import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "what does the car *normally* do to stop it": an adverb of habit frames the question; it is not
 * what is asked, and a text using the same adverb ("this shouldn't normally happen") is no answer.
 */
describe('adverbs of habit ("normally", "usually", "typically")', () => {
  it('answers "what does the tesla car normally do to stop relay attacks" with its defence', () => {
    const reply = answerQuestion(story, 'what does the tesla car normally do to stop relay attacks');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('latency');
  });

  it('does not answer "how does the tesla normally notice a relay" with a text that only says "normally"', () => {
    const reply = answerQuestion(story, 'how does the tesla normally notice a relay');
    expect(reply.answer).not.toContain("This shouldn't normally happen");
  });
});
