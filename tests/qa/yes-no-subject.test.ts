import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('a yes/no question about what one organisation does', () => {
  it('is not answered by a fact never naming it', () => {
    expect(ask('does nasa host its servers on kvm').answered).toBe(false);
    expect(ask('is citrix running its own cloud on kvm').answered).toBe(false);
    expect(ask('does google use the custom kvm as well').answered).toBe(false);
  });

  it('is answered by a fact naming it', () => {
    const oracle = ask('is oracle heading to kvm');
    expect(oracle.answered).toBe(true);
    expect(oracle.answer).toContain('Oracle');
    const amazon = ask('is amazon still in the xen project');
    expect(amazon.answered).toBe(true);
    expect(amazon.answer).toContain('member of the Xen Project');
  });
});
