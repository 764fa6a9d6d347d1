import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "who addressed the advisory board call vs who sent the reg a statement": two questions set against each
 * other by "vs" or "versus" are each asked, as two joined by "and" are; the answers come side by side.
 */
describe('two questions set against each other', () => {
  it.each([
    'who addressed the advisory board call vs who sent the reg a statement?',
    'who addressed the advisory board call versus who sent the reg a statement',
  ])('answers both halves of "%s"', (question) => {
    const answer = answerQuestion(story, question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Chris Schlaeger');
    expect(answer.answer).toContain('The Linux Foundation');
  });

  it('still reads two things compared, not two questions, where one side asks nothing', () => {
    const answer = answerQuestion(story, 'kvm vs xen: which is faster for general purpose vms');
    expect(answer.answer).not.toContain('Chris Schlaeger');
  });
});
