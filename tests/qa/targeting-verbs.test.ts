import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "which markets is Xen chasing": verbs of going after a market read as the story's "emphasise" and "pitch". */
describe('verbs of going after a market', () => {
  it.each(['which markets is xen chasing now', 'which industries is the xen project pursuing', 'what sectors is xen wooing'])(
    'answers "%s" with what the Xen Project will emphasise',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toMatch(/emphasise|embedded/);
    },
  );
});

/** "which verticals", "what segments": business words for a market are the lexicon's sector group. */
describe('verticals and segments as markets', () => {
  it.each(['which verticals is the xen project chasing', 'what segments is xen aiming at now'])('answers "%s"', (question) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/embedded|automotive|aerospace/);
  });
});
