import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe('"in response to …" is a circumstance, not "X\'s response" asked for', () => {
  it('does not read a cue noun after a preposition as the thing asked', () => {
    expect(analyseQuestion(index, 'what will the xen project push in response to amazon leaving').type).toBe('what');
    expect(analyseQuestion(index, 'what are the xen people stressing as a reaction to the kvm switch').type).toBe('what');
    // "X's response" itself is still asked for.
    expect(analyseQuestion(index, "what was the linux foundation's response").type).toBe('said');
  });

  it('weighs the phrase of circumstance as background', () => {
    const question = analyseQuestion(index, 'what will the xen project push in response to amazon leaving');
    expect(question.background.size).toBeGreaterThan(0);
  });

  it('answers with what the Xen Project will push, not what the Linux Foundation told the Register', () => {
    const answer = ask('what will the xen project push in response to amazon leaving');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/embedded|template/i);
    expect(answer.answer).not.toContain('active member of the Xen Project');
  });
});
