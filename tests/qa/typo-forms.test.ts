import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { SpellIndex } from '../../src/qa/text.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const index = getIndex(story);
const { language } = index;

/** Discord typing: the first two letters swapped, a typo beside a plural "s", a typo of a slang spelling. */
describe('typos fingers make', () => {
  it.each([
    ["hwat is michael warrilow's job", 'Gartner'],
    ['what did agrtner say about xen', 'final nail'],
    ['waht did the linux foundation tell the register', 'active member'],
    ['hwich hypervisor is aws moving to', 'KVM'],
    ['did schlaegrs comments end up in the minutes', 'left out'],
    ['whtas the headline', 'Talk up embedded future'],
    ['what yr is the xen/kvm sory from', '2017'],
    ['who from aws showed up on the xen advisory boad call', 'Schlaeger'],
    ['what site ran this piee', 'The Register'],
  ])('answers "%s" as if typed right', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('corrects a swap of the first two letters, and only that change of the first letter', () => {
    const spell = new SpellIndex(
      new Map([
        ['board', 1],
        ['agree', 1],
        ['telling', 1],
      ]),
      5,
    );
    expect(spell.correct('obard')).toBe('board');
    expect(spell.correct('garee')).toBe('agree');
    // "selling" is one letter from "telling", but a first letter changed is a different word.
    expect(spell.correct('selling')).toBeNull();
  });

  it('leaves a name the story never mentions as it is, though it is one swap from a word ("nitro", "intro")', () => {
    const reply = ask('which hypervisor is aws moving to, is it nitro?');
    expect(reply.answered).toBe(false);
    expect(reply.answer).toContain('nitro');
  });

  it('corrects a typo before a plural or possessive "s" to the word', () => {
    const spell = new SpellIndex(new Map([['schlaeger', 1]]), 5);
    expect(spell.correct('schlaegrs')).toBe('schlaeger');
    expect(spell.correct('schlaegrz')).toBeNull();
  });

  it('puts back a letter dropped from a word, only where the language has no four-letter word so spelled', () => {
    const spell = new SpellIndex(
      new Map([
        ['story', 1],
        ['board', 1],
        ['tacks', 1],
      ]),
      5,
      () => true,
      new Set(),
      { minLength: 4, targets: new Set(), words: new Set(['tack', 'boar']) },
    );
    expect(spell.correct('sory')).toBe('story');
    // "boar" and "tack" are words: a four-letter word is read as itself.
    expect(spell.correct('boar')).toBeNull();
    expect(spell.correct('tack')).toBeNull();
    // One letter put back only: "stor" is not "story" swapped.
    expect(spell.correct('sotr')).toBeNull();
  });

  it('reads a typo of a slang spelling as what the slang stands for', () => {
    expect(language.spelling.get('whta')).toEqual(['what']);
    expect(ask('whtas the headline').answer).toBe(ask("what's the headline").answer);
  });
});

describe('an inflection of a common English verb', () => {
  it('is that verb, not a typo of a story word a letter away', () => {
    // "feels" is one letter from the story's "feed", "tacked" from "attacked".
    expect(analyseQuestion(index, 'the reg feels what about aws').terms).not.toContain('feed');
    expect(analyseQuestion(index, 'which part got tacked on').terms.some((t) => t.includes('attack'))).toBe(false);
  });

  it('leaves a dropped "e" to the corrector', () => {
    const answer = ask('wut happend nov 24');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('TechTarget');
  });
});
