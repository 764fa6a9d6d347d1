import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "source pls", "citation needed", "i want receipts": a demand for the answer's source asks nothing of the story itself. */
describe('a demand for sources beside the question', () => {
  it.each([
    ['the ble relay attack on teslas -- who found it? source pls', 'NCC Group'],
    ['what did the lf expect from aws, citation needed', 'remain involved'],
  ])('answers "%s" as the question alone', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
    // Every answer cites where it comes from anyway.
    expect(reply.sources.length).toBeGreaterThan(0);
  });
});
