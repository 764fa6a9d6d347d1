import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe('"how does X work" is answered by a phrase of means before a gerund', () => {
  it('marks "based on measuring …" as saying how something works, and a bare "by cutting" not', () => {
    const defence = index.facts.find((f) => f.answer.startsWith('The car has a defense mechanism'));
    const beaten = index.facts.find((f) => f.answer.startsWith('Tesla Model 3 and Y passive entry is affected'));
    expect(defence?.features.has('@workings')).toBe(true);
    expect(beaten?.features.has('@workings')).toBe(false);
  });

  it("answers how the car's defence works with it, not with how the attack works", () => {
    for (const q of ["how does tesla's anti-relay defence work", "how does the model 3's latency defence work"]) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.answer, q).toMatch(/^The car has a defense mechanism/);
    }
  });

  it('still declines "how does kvm work", which no fact describes', () => {
    expect(ask('how does kvm work').answered).toBe(false);
  });
});
