import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "who said net-new", "who said the phrase 'final nail in the coffin'": a phrase asked after "who
 * said" is found as written ("net-new" is no plain "new"), and a noun framing it ("the phrase") asks nothing.
 */
describe('who said a phrase', () => {
  it.each([
    ['who said net-new', 'Cottingham'],
    ["who called aws's kvm instance 'net-new'", 'Cottingham'],
    ['who said the phrase final nail in the coffin', 'Warrilow'],
    ['who came out with the expression "final nail in the coffin"', 'Warrilow'],
  ])('answers "%s" with the one who said it', (question, speaker) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer.split('\n')[0]).toContain(speaker);
  });
});

/** "excellent fit", "well suited": a degree of fitting asks what "good fit" does. */
describe('words of fitting well', () => {
  it.each(['which person said xen is an excellent fit for embedded', 'who thinks xen is well suited to automotive'])(
    'answer "%s" with the merits Bulpin gives',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('good fit');
    },
  );
});
