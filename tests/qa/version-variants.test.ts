import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('a version asked of a thing: a number, or a variant of that thing the story names', () => {
  it('reads "what version" and "which <name> release" as asking for a version', () => {
    expect(analyse('what version of xen is amazon on').wants).toBe('version');
    expect(analyse('which xen release powers the old ec2 boxes').wants).toBe('version');
    expect(analyse('what version of kvm does amazon run').asksVariant).toBe(true);
    expect(analyse('what kvm version is the amazon fork built from').asksVariant).toBe(false);
  });

  it('answers with a variant of the thing asked about', () => {
    const kvm = ask('what version of kvm does amazon run');
    expect(kvm.answered).toBe(true);
    expect(kvm.answer).toContain('cut of KVM');
    // The kind's member is the thing: a cut of KVM is a version of the hypervisor.
    const kind = ask('what version of the hypervisor are new ec2 instances getting');
    expect(kind.answered).toBe(true);
    expect(kind.answer).toContain('cut of KVM');
  });

  it('declines a version of something the story names no variant of, or of the variant itself', () => {
    for (const q of [
      'what version of xen is amazon on',
      'which xen release does amazon still run',
      'what kvm version is the amazon fork built from',
    ]) {
      const reply = ask(q);
      expect(reply.answered, q).toBe(false);
      expect(reply.partial?.answer, q).toContain("doesn't give a version number");
    }
  });
});
