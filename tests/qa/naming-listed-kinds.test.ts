import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('a naming question about a noun the topic lists members of', () => {
  it('is answered by a member the fact calls by a naming verb, whatever noun the fact gives it', () => {
    for (const q of ["what is google's new product called", "google's new offering is called what"]) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.answer, q).toContain('is called Assured Open Source Software');
    }
  });

  it('is not answered by a member the fact names without a naming verb', () => {
    // The story's KVM is a listed hypervisor, but no fact calls AWS's new hypervisor by a name.
    const answer = ask("what's the name of amazon's new hypervisor");
    expect(answer.answered).toBe(false);
  });
});
