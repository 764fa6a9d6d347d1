import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const shipped = getIndex(story);

/**
 * "is the Linux Foundation angry at AWS", "is Citrix worried": a feeling said of someone the story
 * quotes asks their view, which only their own word answers; the adjective is not searched.
 */
describe('a feeling asked of someone the story quotes', () => {
  it.each([
    ['is the linux foundation angry at aws', 'We expect them to remain involved'],
    ['is citrix worried about aws', 'We have not received any queries'],
    ['is gartner so pessimistic about xen', 'final nail in the coffin'],
  ])('answers "%s" with their own words', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('reads whose view it is, and does not search the feeling', () => {
    const question = analyseQuestion(shipped, 'is the linux foundation annoyed with amazon');
    expect(question.source).toBe('linux-foundation');
    expect(question.terms).not.toContain('annoy');
  });

  it.each([
    ['so is gartner bullish or bearish on xen', 'gartner', 'bearish'],
    ['is the reg kinda annoyed at aws', 'the-register', 'annoy'],
    ['does gartner think xen is gonna be fine', 'gartner', 'fin'],
  ])(
    'reads "%s" as the view of %s, a choice of feelings, a hedged one or one in what they think',
    (question, source, feeling) => {
      const analysed = analyseQuestion(shipped, question);
      expect(analysed.source).toBe(source);
      expect(analysed.terms).not.toContain(feeling);
      expect(analysed.alternatives).not.toContain(feeling);
    },
  );

  it("answers a choice of feelings with the holder's own word", () => {
    const reply = answerQuestion(story, 'so is gartner bullish or bearish on xen');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Warrilow');
  });
});
