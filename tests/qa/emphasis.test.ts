import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { withoutEmphasis } from '../../src/qa/intensifiers.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);

/** "what's Xen's big plan": an adjective only stressing the shell noun after it asks nothing. */
describe('an adjective stressing a shell noun ("big plan", "major plans")', () => {
  it('drops it before a shell noun and keeps it before another noun', () => {
    expect(withoutEmphasis(language, ['xen', 'big', 'plan'])).toEqual(['xen', 'plan']);
    expect(withoutEmphasis(language, ['the', 'major', 'plans'])).toEqual(['the', 'plans']);
    expect(withoutEmphasis(language, ['another', 'big', 'company'])).toEqual(['another', 'big', 'company']);
  });

  it.each([
    ["what's the xen project's big plan now", 'embedded'],
    ["what's xen's major plan", 'embedded'],
    ["what is xen's big pitch now that amazon is moving on", 'embedded'],
    ["what's the xen project's main strategy", 'embedded'],
  ])('answers "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('still reads "big" before another noun: "which other big company besides amazon is going kvm"', () => {
    const reply = answerQuestion(story, 'according to gartner which other big company besides amazon is going kvm');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Oracle');
  });
});

/** "the LF's official statement": an adjective only stressing a noun of saying asks nothing either. */
describe('an adjective stressing a noun of saying ("official statement", "formal response")', () => {
  it('drops it', () => {
    expect(withoutEmphasis(language, ['their', 'official', 'statement'])).toEqual(['their', 'statement']);
    expect(withoutEmphasis(language, ['a', 'formal', 'response'])).toEqual(['a', 'response']);
  });

  it.each([
    ['so what was the official statement from the linux foundation', 'active member'],
    ["what was gartner's formal response to the aws move", 'final nail in the coffin'],
  ])('answers "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});
