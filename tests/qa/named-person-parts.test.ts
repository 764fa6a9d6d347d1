import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('a part of the page named where someone quoted spoke', () => {
  it('answers with their words, not the part summarising them', () => {
    const reply = ask('in the update, what did AWS tell TechTarget?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('best virtualization technology');
    expect(reply.answer).not.toContain('The story was updated');
  });

  it('still answers a question asking for the part itself', () => {
    const reply = ask('what does the update at the end say?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('TechTarget');
  });
});

describe('"which analyst firm is X at" about a person the question names', () => {
  it("is answered by that person's profile, which names their organisation", () => {
    // "analyst" narrows the kind: the profile is what says Warrilow is a Gartner analyst.
    const reply = ask('which analyst company does warrilow work for');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Gartner');
  });

  it('leaves a question about someone the story gives no organisation for declined', () => {
    expect(ask('which firm is Linus Torvalds at').answered).toBe(false);
  });
});
