import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);

/**
 * "what are the implications for the Xen Project", "what's the impact on Xen": a phrase asking the
 * consequences for something (the lexicon's `stopPhrases`) asks what the story says of that thing.
 */
describe('the consequences asked for something', () => {
  it.each(['what are the implications for the xen project', "what's the impact on xen", 'what are the consequences for xen'])(
    'reads "%s" as about Xen alone',
    (question) => {
      expect(analyseQuestion(index, question).terms).toEqual(['e:xen-project']);
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('embedded');
    },
  );

  it('still declines consequences for something the story never names', () => {
    expect(answerQuestion(story, 'what are the implications for microsoft').answered).toBe(false);
  });
});
