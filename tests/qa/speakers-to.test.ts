import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);

/** "who talked to the Register": whoever a quote was said to that outlet by, not the outlet's own profile. */
describe('who spoke to someone', () => {
  it.each([
    ['who spoke to el reg', 'the-register'],
    ['who gave a statement to techtarget', 'techtarget'],
  ])('reads "%s" as asking who spoke to %s', (question, recipient) => {
    const asked = analyseQuestion(index, question);
    expect(asked.type).toBe('speaker');
    expect(asked.recipient).toBe(recipient);
  });

  it.each([
    ['who talked to the reg', 'to The Register'],
    ['who spoke to techtarget', 'to TechTarget'],
  ])('answers "%s" with a quote said %s', (question, saidTo) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(saidTo);
    expect(reply.answer).not.toContain('The publication that broke the story');
  });
});
