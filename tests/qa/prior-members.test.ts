import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const shipped = getIndex(story);

/**
 * "which hypervisor did AWS use before KVM": a kind asked for beside one of its members after "before"
 * asks for the member that came first; "before" asks for no time there.
 */
describe('a kind asked for before one of its members', () => {
  it.each(['which hypervisor did aws use before kvm', 'what hypervisor was amazon on before going kvm'])(
    'answers "%s" with the member that came first',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('replacing Xen with KVM');
    },
  );

  it('keeps "before" where what follows is no member of a kind asked for', () => {
    expect(analyseQuestion(shipped, 'what happened before the november call').terms).toContain('befor');
    expect(answerQuestion(story, 'what happened before the november call').answer).toMatch(/^Before the November call/);
  });
});

/** "what kept Xen going before": "before" with nothing after it means "previously" and asks for no time. */
describe('"before" ending a question', () => {
  it('is no term of the question', () => {
    expect(analyseQuestion(shipped, 'according to gartner what made xen a going concern before').terms).not.toContain('befor');
  });

  it('leaves what the question asks answered', () => {
    const reply = answerQuestion(story, 'per gartner, what was keeping xen viable before');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Oracle and Amazon in their court');
  });
});
