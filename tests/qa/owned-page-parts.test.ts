import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe("a page part owned by another outlet is that outlet's, not the story's", () => {
  it('declines the headline, standfirst or byline of an outlet other than the publication', () => {
    for (const q of [
      'what headline did techtarget give its amazon piece',
      "so what's techtarget's headline",
      'tell me the techtarget standfirst on the kvm news',
    ]) {
      const reply = ask(q);
      expect(reply.answered, q).toBe(false);
      expect(reply.answer, q).not.toContain('Talk up embedded future');
    }
  });

  it("still answers the story's own headline and a teaser's", () => {
    expect(ask("what's the headline here").answer).toContain('Talk up embedded future');
    expect(ask("what's the tesla headline").answer).toContain('Pentester pops open Tesla Model 3');
  });
});
