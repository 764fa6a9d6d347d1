import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "who *found* the Tesla Bluetooth attack": "found" is the past of finding, one of the verbs of
 * discovery the story's "Discovered … by researchers at NCC Group" answers; not a typo of "fund".
 */
describe('verbs of discovery', () => {
  it.each(['who found the tesla bluetooth flaw', 'who uncovered the tesla relay trick'])('answers "%s"', (question) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('researchers at NCC Group');
  });

  it('keeps "founded" apart: the story gives no founding', () => {
    const reply = answerQuestion(story, 'when was the xen project founded');
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer ?? '').not.toContain('NCC Group');
  });
});
