import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "putting together a newsletter on this, can you send me the headline": a clause describing what
 * the asker is doing sets up a request; the "me" the request hands over to does not make the
 * question speak of the asker, so the set-up is dropped as it is before any other question.
 */
describe('a set-up clause before a request handed to the asker', () => {
  it.each([
    ['putting together a newsletter on this, can you send me the headline', 'Talk up embedded future'],
    ["doing a write-up on this one, can you give me the update's date", 'November 24, 2017'],
    ['prepping a talk on hypervisors, could you show me what the linux foundation said', 'active member of the Xen Project'],
  ])('answers "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('keeps a set-up the question points back into ("my instances")', () => {
    expect(answerQuestion(story, 'I run Xen on AWS. Will my instances stay?').answered).toBe(false);
  });
});

/** "in the past", "back then", "these days": a frame of time the story's facts carry in their tense, not a word to find. */
describe('a phrase framing the time asked about', () => {
  it('answers what made Xen viable "in the past"', () => {
    const reply = answerQuestion(story, 'per warrilow, what made xen viable in the past');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('While Xen had Oracle and Amazon in their court');
  });
});
