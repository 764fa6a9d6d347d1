import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const shipped = getIndex(story);

/**
 * "blue tooth", "cap stone", "bull pin": one word typed or dictated as two is read as the word they
 * join into, where the engine knows it (or it is one typo from a word the story uses).
 */
describe('a word written as two', () => {
  it.each([
    ['what blue tooth trick opens the tesla', 'Bluetooth Low Energy'],
    ['where was cap stone supposed to launch from', 'Wallops Island'],
    ['what did cottingham say about bench marking', 'In terms of benchmarking'],
    ['who is james bull pin', 'senior director of technology'],
  ])('answers "%s" as if it were one', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('leaves two words of the story apart, though the story also joins them ("launch pad", "launchpad")', () => {
    expect(analyseQuestion(shipped, 'where is the launch pad').terms).not.toContain('launchpad');
  });

  it('joins only into a word one typo away, not into one the corrector reaches by dropping letters', () => {
    expect(analyseQuestion(shipped, 'what does assured oss cover').terms).toContain('s:open_sourc');
  });
});
