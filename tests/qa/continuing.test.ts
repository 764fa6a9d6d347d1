import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);

describe('a yes/no question whether someone keeps on with a named thing', () => {
  it('is answered by a fact that they turn to another of its kind', () => {
    const reply = ask('is oracle staying with xen per warrilow');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('KVM');
    const slang = ask('oracle still sticking w xen or nah?');
    expect(slang.answered).toBe(true);
    expect(slang.answer).toContain('Oracle');
  });

  it('reads the phrase as one term standing for its opposites and the rival members', () => {
    const { terms, expansions } = analyseQuestion(shipped, 'will oracle keep using xen');
    const phrase = terms.find((t) => t.startsWith('x:'));
    expect(phrase).toBe('x:keep use');
    expect(expansions.get(phrase ?? '')?.terms).toEqual(expect.arrayContaining(['kvm', 's:replac']));
  });

  it('leaves a thing that is no name, and questions asking what, as they were', () => {
    const cloud = analyseQuestion(shipped, 'is the xen project sticking with cloud');
    expect(cloud.expansions.get('x:stick with')?.terms ?? []).not.toContain('s:replac');
    const what = analyseQuestion(shipped, 'what is oracle sticking with');
    expect([...what.expansions.values()].flatMap((e) => e.terms)).not.toContain('s:replac');
  });

  it('declines where the answer holds neither keeping on nor turning from it', () => {
    expect(ask('is tesla sticking with bluetooth').answered).toBe(false);
  });
});
