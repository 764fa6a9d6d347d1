import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe('"according to X\'s <report>": the source\'s medium is not asked', () => {
  it('names the source and drops the medium and the words describing it', () => {
    const question = analyseQuestion(index, "according to the register's first report what did aws plan to use in place of xen");
    expect(question.source).toBe('the-register');
    expect(question.terms).not.toContain('s:initial');
    const analysis = analyseQuestion(index, "according to gartner's analysis, who else is going to kvm");
    expect(analysis.source).toBe('gartner');
    expect(analysis.terms).not.toContain('analysis');
  });

  it('keeps a word after the possessive that is no medium', () => {
    const question = analyseQuestion(index, "according to the register, what was aws's plan");
    expect(question.source).toBe('the-register');
    expect(question.terms).toContain('s:strategy');
  });

  it('answers with what the source reported, not with when it reported it', () => {
    const answer = ask("according to the register's first report what did aws plan to use in place of xen");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('custom cut of KVM');
    const coverage = ask("according to the reg's coverage, why is xen's future grim");
    expect(coverage.answered).toBe(true);
    expect(coverage.answer).toContain('NVMe');
  });
});

describe('"did X\'s <medium> say …": a source\'s medium before the verb of saying', () => {
  it('names the source and asks neither the medium nor the verb', () => {
    const question = analyseQuestion(index, "did amazon's old blog posts claim xen would still be used for a while");
    expect(question.source).toBe('aws');
    expect(question.terms).not.toContain('s:post');
  });

  it.each([
    ["did amazon's old blog posts claim some fresh instance types would run xen in the near term", 'in the near term'],
    ["did aws's own posts say some new instance types would still use xen in the near term", 'in the near term'],
  ])('answers "%s" with that source\'s own words', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Amazon Web Services, in AWS');
    expect(reply.answer).toContain(expected);
  });
});
