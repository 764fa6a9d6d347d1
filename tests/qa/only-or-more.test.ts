import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);

/** "can they just unlock it or more": a limiter, then an open "or", asks whether it goes beyond, as "besides unlocking it" does. */
describe('"just X, or more" asks what goes beyond X', () => {
  it('reads the limiter and the open "or" as asking beyond', () => {
    expect(analyseQuestion(index, 'does the tesla relay trick only open the doors or more').asksBeyond).toBe(true);
    expect(analyseQuestion(index, 'is the ble relay just for unlocking or').asksBeyond).toBe(true);
  });

  it('does not where "or" offers a choice', () => {
    expect(analyseQuestion(index, 'is it just java or python packages').asksBeyond).toBe(false);
    expect(analyseQuestion(index, 'did aws pick xen or kvm').asksBeyond).toBe(false);
  });

  it('answers first with the fact going beyond it', () => {
    const reply = answerQuestion(story, 'the ble attack: can they simply unlock it or something more');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/^(?:Far from simply unlocking|The relay attack lets a miscreant not just)/);
  });
});
