import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);

/**
 * "what's Gartner's quote", "the best line from Bulpin", "a soundbite from the LF": a quote, line or
 * soundbite asked for is what someone said, whoever is named, and its words are not searched.
 */
describe('a line or quote asked for', () => {
  it.each([
    ["what's cottingham's quote", 'said'],
    ['whats the linux foundation quote', 'said'],
    ["what's bulpin's best line", 'said'],
    ['one quotable line from warrilow please', 'said'],
    ["what's citrix's best soundbite", 'said'],
  ])('reads "%s" as asking what was %s', (question, type) => {
    expect(analyseQuestion(index, question).type).toBe(type);
  });

  it.each([
    ["what's cottingham's quote", 'Cottingham (Citrix)'],
    ['one quotable line from warrilow please', 'Warrilow (Gartner)'],
  ])('answers "%s" with the quote itself', (question, speaker) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(speaker);
    expect(reply.answer).toContain('“');
  });

  it('leaves a line that is no quote alone: "what line of work is citrix in"', () => {
    expect(analyseQuestion(index, 'what line of work is citrix in').type).not.toBe('said');
  });
});

/** "what was the exact line", "the line under the title": a line is a piece of text, as a word or quote is; it is not searched. */
describe('a line of text asked for', () => {
  it.each([
    ['the gartner analyst guy said something about a coffin right? what was the exact line', 'final nail in the coffin'],
    ['the line under the title, what does it say', 'multi-hypervisor plan is its future'],
  ])('answers "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('declines "how many lines of code is xen" without a count of lines in the article', () => {
    const reply = answerQuestion(story, 'how many lines of code is xen');
    expect(reply.answered).toBe(false);
    expect(reply.partial).toBeUndefined();
  });
});

/** "got the bulpin quote?", "give me the bulpin quote": a quote named by its speaker, asked for alone, is their words. */
describe('a quote named by its speaker', () => {
  it.each(['got the bulpin quote? want to drop it in #general', 'give me the bulpin quote', 'the bulpin quote pls'])(
    'answers "%s" with the quote',
    (question) => {
      expect(analyseQuestion(index, question).type).toBe('said');
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('James Bulpin (Citrix), in the Xen Project');
    },
  );

  it('leaves "who said the final nail quote" asking who', () => {
    expect(analyseQuestion(index, 'who said the final nail quote').type).toBe('speaker');
  });
});
