import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

/**
 * "Before the TechTarget comment, what had AWS said …": a message opening with a preposition that
 * places it in time asks about what happened then; the event it is placed by is the circumstance.
 */
describe('a question placed in time by its opening', () => {
  it('weighs the event it is placed by as background, and does not search the preposition', () => {
    const analysed = analyse('Before the TechTarget comment, what had AWS said would eventually happen with new instance types?');
    expect([...analysed.background]).toContain('e:techtarget');
    expect(analysed.terms.some((t) => t.startsWith('befor'))).toBe(false);
  });

  it('answers with what happened then, not with the event itself', () => {
    const reply = ask('Before the TechTarget comment, what had AWS said would eventually happen with new instance types?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('eventually all new instance types will use the new EC2 hypervisor');
    const oracle = ask('before amazon, which other big company did the gartner guy say was already moving to kvm');
    expect(oracle.answer).toContain('Oracle is already going to KVM');
  });

  it('leaves a question asking about the time itself alone', () => {
    expect(analyse('what happened before the update').background.size).toBe(0);
  });
});
