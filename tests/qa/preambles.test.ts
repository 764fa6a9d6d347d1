import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);

describe('a preamble about the asker before the question', () => {
  it('is dropped before a colon, even when it runs on with commas and a relative "who"', () => {
    const reply = ask(
      'ok so as someone who only skims the headlines and got this from my manager, honest question: what is aws moving its new instances to?',
    );
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('KVM');
    expect(analyseQuestion(shipped, 'as a sysadmin who got this from my boss, quick q: who is warrilow?').terms).not.toContain(
      'boss',
    );
  });

  it('is dropped before a full stop when it holds a question word inside ("figure out how")', () => {
    const reply = ask(
      "I trade Citrix stock and I'm trying to work out how bad this is. according to cottingham, did aws say it will stop investing in xen?",
    );
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('stop investing in Xen');
  });

  it('is dropped before a spaced dash', () => {
    const reply = ask(
      "Apologies if this is obvious but I'm new to virtualization and I keep getting lost — in the article, what did the Linux Foundation send the Register?",
    );
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('active member');
  });

  it('is kept where it asks itself, the question speaks of the asker, or only it names the story', () => {
    // A question mark in the first part: two questions, not a preamble.
    expect(analyseQuestion(shipped, 'I am lost, who is warrilow? also: what did gartner say').terms).toContain(
      'e:michael-warrilow',
    );
    // "my instances": the question needs what the preamble says about the asker.
    expect(analyseQuestion(shipped, 'I run Xen guests on AWS for my team. will my instances move to kvm?').terms).toContain(
      'e:xen-project',
    );
    // The question points back into the preamble, which alone names the story's people.
    expect(analyseQuestion(shipped, 'I read what Warrilow told the reg: is that right?').terms).toContain('e:michael-warrilow');
  });
});
