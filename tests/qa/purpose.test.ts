import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { purposeFeature } from '../../src/qa/purpose.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe('"what did X build Y for" asks a purpose', () => {
  it('reads a verb of creation or intending before a closing "for" as asking a purpose, and does not search it', () => {
    const question = analyseQuestion(index, "what was amazon's kvm cut designed for");
    expect(question.asksPurpose).toBe(true);
    expect(question.terms.some((t) => t.startsWith('design'))).toBe(false);
    expect(analyseQuestion(index, 'what is the new hypervisor meant for exactly').asksPurpose).toBe(true);
    // A closing "for" after no such verb, or such a verb with no "for", asks no purpose.
    expect(analyseQuestion(index, 'what did the register ask aws for').asksPurpose).toBe(false);
    expect(analyseQuestion(index, 'what did aws build').asksPurpose).toBe(false);
  });

  it('marks a text stating a purpose, and not one stating a plan', () => {
    const built = index.facts.find((f) => f.answer.includes('was created to run on NVMe-enabled servers'));
    const intends = index.facts.find((f) => f.answer.startsWith('Fresh from the news that Amazon Web Services intends'));
    expect(built?.features.has(purposeFeature)).toBe(true);
    expect(intends?.features.has(purposeFeature)).toBe(false);
  });

  it('answers with the stated purpose', () => {
    const designed = ask("what was amazon's kvm cut designed for");
    expect(designed.answered).toBe(true);
    expect(designed.answer).toContain('NVMe-enabled servers');
    const offering = ask('according to citrix, what did amazon build the new hypervisor for');
    expect(offering.answered).toBe(true);
    expect(offering.answer).toContain('particular types of workloads');
  });

  it('declines rather than answer with a fact stating no purpose', () => {
    const answer = ask('what did aws make its kvm hypervisor for');
    expect(answer.answer ?? '').not.toContain('The headline is');
  });
});

describe('"why did X build Y" asks a purpose too', () => {
  it('reads a verb of creation after "why" as asking what the thing was made for, and does not search it', () => {
    const question = analyseQuestion(index, 'why did amazon develop its own kvm');
    expect(question.asksPurpose).toBe(true);
    expect(question.terms.some((t) => t.startsWith('develop'))).toBe(false);
    // "make a point of" is an idiom of making: it asks why, not what for.
    expect(analyseQuestion(index, 'why does the reg make a point of the unanswered email').asksPurpose).toBe(false);
    expect(analyseQuestion(index, 'why did aws go to kvm').asksPurpose).toBe(false);
  });

  it("answers with the speaker's stated purpose where the question names whose view", () => {
    for (const question of [
      'in cottingham’s view, why did aws build the kvm-based thing',
      'why did aws create its kvm offering, according to citrix',
    ]) {
      const answer = ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer).toContain('custom silicon');
    }
  });
});

describe('what a purpose question says was made', () => {
  it('weighs as background, so a purpose naming the thing otherwise answers', () => {
    const reply = ask('according to cottingham what did amazon make its new instance for');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('particular types of workloads');
    const hypervisor = ask('what did amazon create its kvm hypervisor for');
    expect(hypervisor.answered).toBe(true);
    expect(hypervisor.answer).toContain('NVMe');
  });

  it('is read before the verb in an inverted passive, and not after an auxiliary standing right before the verb', () => {
    expect([...analyseQuestion(index, 'what was amazons kvm fork made for').background]).toContain('kvm');
    expect([...analyseQuestion(index, 'what does cottingham say the new offering is meant for').background]).not.toContain(
      'offer',
    );
  });
});
