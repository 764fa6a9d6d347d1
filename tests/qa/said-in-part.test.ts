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
