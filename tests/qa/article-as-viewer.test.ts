import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "how does the piece characterize …": the article asked how it sees something speaks with the
 * publication's voice, as "how does the reg characterize …" does; the verb of viewing is not searched.
 */
describe('the article as the one that portrays or characterises', () => {
  it.each([
    ['how does the piece characterize the outlook for xen in the cloud', 'looks grim'],
    ['how does the article portray the edge', 'long and happy future'],
  ])('answers "%s" with the writer\'s view', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('still reads "how does the car …" as asking how, not a view', () => {
    const reply = answerQuestion(story, 'how does the car detect that a paired device is too far away');
    expect(reply.answer).toContain('latency');
  });
});
