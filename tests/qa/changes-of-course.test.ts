import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "what is Xen pivoting to": a change of course ("pivot", "refocus", "reposition") asks for a plan. */
describe('a change of course asks for the plan', () => {
  it.each([
    ['what is the xen project pivoting to', 'embedded'],
    ['where is xen repositioning itself', 'embedded'],
    ['so what is xen refocusing on', 'embedded'],
    // "game plan" is one word of plan, not a game.
    ["what's the xen project's game plan", 'embedded'],
  ])('answers "%s" with the plan', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});
