import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "quick summary of the Tesla story": a teaser's summary says what happened in it, beside its blurb. */
describe('a related story summed up', () => {
  it.each([
    ['quick summary of the tesla story', 'relayed Bluetooth Low Energy'],
    ['give me a quick rundown of the google teaser', 'Assured Open Source Software'],
    ['summary of the rocket lab story', 'taken delivery of'],
  ])('answers "%s" with its blurb and what it reports', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('has the standfirst');
    expect(reply.answer).toContain(expected);
  });
});
