import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);

/**
 * "Azure and GCP get most of the coverage in our round-up these days. who from AWS spoke on the board
 * call?": a name the story never mentions, held only by a set-up before the question, is the asker's
 * circumstance; the question is still answered. In the question itself it still declines.
 */
describe("names the story doesn't know, in a set-up before the question", () => {
  it('declines nothing for a name only the set-up holds', () => {
    const message =
      'Azure and GCP get most of the coverage in the cloud round-up these days. who from AWS spoke on the board call?';
    expect(analyseQuestion(index, message).unknownNames).toEqual([]);
    const answer = answerQuestion(story, message);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Schlaeger');
  });

  it.each([
    'Azure and GCP get most of the coverage in the cloud round-up these days. did Azure drop Xen too?',
    'Azure gets most of the coverage in the cloud round-up these days. who spoke for azure on the call?',
  ])('still declines "%s", which asks about the name', (message) => {
    const answer = answerQuestion(story, message);
    expect(answer.answered).toBe(false);
    expect(answer.answer.toLowerCase()).toContain('azure');
  });
});
