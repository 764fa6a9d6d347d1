import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe('a sentence opening with "the <noun>" the sentence before holds refers to it', () => {
  it('gives "The pad, Launch Complex 2, …" the terms of the launchpad sentence before it', () => {
    const pad = index.facts.find((f) => f.answer.startsWith('The pad, Launch Complex 2, has been completed'));
    expect(pad?.refersBack?.has('virginia')).toBe(true);
  });

  it('answers with the sentence that says so by a definite description', () => {
    const built = ask('has the wallops island pad been built yet');
    expect(built.answered).toBe(true);
    expect(built.answer).toMatch(/^The pad, Launch Complex 2, has been completed/);
    const far = ask('how does the tesla know the phone is too far from the car');
    expect(far.answered).toBe(true);
    expect(far.answer).toMatch(/^The car has a defense mechanism/);
  });
});
