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
