import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { compares } from '../../src/qa/comparisons.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);
const words = (q: string) => q.split(/[\s,?]+/).filter(Boolean);

/** "which is older, Xen or KVM": a choice by a comparative is answered only by a text that compares. */
describe('a choice between two by a comparative', () => {
  it('reads "which/who + comparative … X or Y" as comparing', () => {
    expect(compares(language.words.comparison, words('which is older, xen or kvm'))).toBe(true);
    expect(compares(language.words.comparison, words('who is more upbeat, citrix or gartner'))).toBe(true);
    // A choice with no comparative asks which one, and a comparative with no choice compares nothing.
    expect(compares(language.words.comparison, words('which hypervisor, xen or kvm, will new instances use'))).toBe(false);
    expect(compares(language.words.comparison, words('which newer instance types use kvm'))).toBe(false);
  });

  it('declines a comparison the story never makes', () => {
    expect(answerQuestion(story, 'which is older, xen or kvm?').answered).toBe(false);
    expect(answerQuestion(story, 'who is cheaper, aws or google').answered).toBe(false);
  });

  it('answers one the story makes', () => {
    const reply = answerQuestion(story, 'which is faster, xen or kvm');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('benchmark');
  });
});

/** "the exact time of the update": a time of day, which the story never gives; it gives the date. */
describe('an exact time asked in a noun phrase', () => {
  it.each(['ok and the exact time of that update?', 'what was the precise time of the update'])(
    'declines "%s" with the date as a partial answer',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(false);
      expect(reply.partial?.answer).toContain('November 24, 2017');
    },
  );
});
