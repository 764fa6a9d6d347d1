import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { soundAlikeName } from '../../src/qa/sound-alikes.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const shipped = getIndex(story);

/**
 * "the gardener analyst", "chris slager": a word the engine does not know that sounds like one of
 * the story's names (Double Metaphone) and is spelt near it is that name, as dictation or spelling
 * by ear writes it.
 */
describe('a name written as it sounds', () => {
  it.each([
    ['what did the gardener analyst think about xen', 'final nail in the coffin'],
    ['who is chris slager', 'AWS (Amazon Web Services)'],
    ['what does michael warlow do', 'research veep'],
    ["is snick google's partner", 'Snyk as a partner'],
  ])('answers "%s" about the name it sounds like', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('reads "zen" as Xen, a word one letter from the name', () => {
    expect(soundAlikeName(shipped, 'zen')).toBe('xen');
  });

  it.each([
    ['sunny', 'sounds like Xen but is spelt far from it'],
    ['oss', 'sounds like AWS, but a short name is one edit from its sound-alikes'],
    ['ahs', 'is a typo of "has", a stopword'],
  ])('leaves "%s" alone: it %s', (word) => {
    expect(soundAlikeName(shipped, word)).toBeNull();
  });

  it('leaves a word the story uses alone', () => {
    expect(analyseQuestion(shipped, 'is the server assured').terms).not.toContain('e:aws');
  });
});
