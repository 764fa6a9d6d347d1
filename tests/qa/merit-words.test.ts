import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

/** "qualities", "selling points", "virtues", "traits": the words for what is good about a thing are one group with the story's "merits". */
describe('words for what is good about a thing', () => {
  it.each([
    'which virtues of xen does bulpin list',
    'what selling points does bulpin give xen',
    'what qualities of xen does bulpin mention',
  ])('answer "%s" with the merits Bulpin names', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('small footprint');
  });
});

/** "planes" is no plural of "plan": it stems as itself, one of the story's words for aviation. */
describe('planes and airplanes', () => {
  it('reads "planes" as aircraft, not as plans', () => {
    const { terms } = analyseQuestion(getIndex(story), 'does bulpin think xen belongs in planes');
    expect(terms).not.toContain('s:strategy');
  });

  it.each(['xen in planes?', 'does xen have a future in planes'])('answers "%s" with aviation', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('aviation');
  });

  it('still reads "plan" as a plan', () => {
    expect(ask('what is the xen project’s plan now').answer).toContain('embedded');
  });
});

/** "do well", "flourish": doing well ahead is the story's "future" for Xen. */
describe('doing well ahead', () => {
  it.each(['where could xen still do well', 'is xen going to flourish anywhere'])(
    'answers "%s" with Xen’s future',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('future in embedded');
    },
  );
});

/** Markets' words for a view: "bullish", "the bull case" are hopeful; "bearish", "the bear case" see doom. */
describe('bulls and bears', () => {
  it.each([
    ["what's the bull case for xen", 'long and happy future'],
    ["is anyone bullish about xen's future", 'long and happy future'],
    ["what's the bear case for xen in the cloud", 'grim'],
    ['who is the most bearish on xen', 'final nail'],
  ])('answers "%s" with the view it names', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});
