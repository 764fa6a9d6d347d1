import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

/** "qualities", "selling points", "virtues", "traits": the words for what is good about a thing are one group with the story's "merits". */
describe('words for what is good about a thing', () => {
  it.each([
    'which virtues of xen does bulpin list',
    'what selling points does bulpin give xen',
    'what qualities of xen does bulpin mention',
  ])('answer "%s" with the merits Bulpin names', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('small footprint');
  });
});
