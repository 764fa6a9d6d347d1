import { describe, expect, it } from 'vitest';
import { kindReferents } from '../../src/qa/anaphora.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe('a definite description by a kind noun refers to the member named last before it', () => {
  it('resolves "the hypervisor" in a paragraph naming none to the hypervisor named last in its scope', () => {
    const paragraphs = [
      {
        id: 1,
        scope: 'article',
        text: 'Oracle is going to KVM, and then Xen lost.',
        terms: ['e:oracle', 'kvm', 'e:xen-project'],
      },
      { id: 2, scope: 'article', text: 'But the hypervisor may yet live on.', terms: ['s:hypervisor'] },
      { id: 3, scope: 'other', text: 'The hypervisor is fine.', terms: ['s:hypervisor'] },
      { id: 4, scope: 'article', text: 'Its hypervisor, KVM, is the hypervisor now.', terms: ['s:hypervisor', 'kvm'] },
    ];
    const referents = kindReferents(index.language, paragraphs);
    expect(referents.get(2)).toEqual(['e:xen-project']);
    // Another scope (a related story) starts afresh, and a paragraph naming a member refers to nothing.
    expect(referents.has(3)).toBe(false);
    expect(referents.has(4)).toBe(false);
  });

  it('lets the story\'s closing "the hypervisor" concern Xen', () => {
    const answer = ask('what does the piece conclude about xen at the very end');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('long and happy future');
  });

  it('gives the referent to every text of that paragraph, and to no other', () => {
    const fact = index.facts.find((f) => f.kind === 'sentence' && f.answer.startsWith('In the cloud and for server'));
    expect(fact?.entities.has('xen-project')).toBe(true);
    const other = index.facts.find((f) => f.kind === 'claim' && f.answer.startsWith("The Register's request to AWS"));
    expect(other?.entities.has('xen-project')).toBe(false);
  });
});
