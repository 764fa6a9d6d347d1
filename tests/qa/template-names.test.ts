import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "the suggested post", "the ready-made post": names for a social-media template, as "template" is. */
describe('a social-media template by another name', () => {
  it.each(['what does the suggested post say', "what's in the ready-made post?", 'paste the sample tweet they gave members'])(
    'answers "%s" with the template itself',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('@xen_org');
    },
  );
});
