import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);

/**
 * "the kickoff post": a noun written as a verb of the story run together with its particle is read
 * as the two words ("That new series kicked off with this post").
 */
describe('a phrasal verb’s noun written as one word', () => {
  it('is read as the verb and its particle', () => {
    expect(analyseQuestion(index, 'what did the kickoff post say').terms).toEqual(
      analyseQuestion(index, 'what did the kick off post say').terms,
    );
    expect(analyseQuestion(index, 'what did the kickoff post say').terms).not.toEqual(
      analyseQuestion(index, 'what did the post say').terms,
    );
  });

  it('answers a question that names it', () => {
    const reply = answerQuestion(story, 'what did the kickoff post of the new xen series say about the hypervisor');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('staple technology');
  });

  it('leaves an English word that only looks like one alone', () => {
    // "paraphrase" is no verb of the story with a particle.
    expect(analyseQuestion(index, 'did the reg paraphrase the docs').terms).not.toContain('para');
  });
});
