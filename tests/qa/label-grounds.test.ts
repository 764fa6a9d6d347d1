import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { asksGrounds } from '../../src/qa/ignorance.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);
const words = (question: string) => question.toLowerCase().split(' ');

/**
 * "why is the update's statement a contradiction": the grounds of a label the story puts on something,
 * which it gives with the label, unlike why someone acted, which the story says it does not know.
 */
describe('why a label applies', () => {
  it.each([
    'why is the aws statement to techtarget a contradiction',
    'why does el reg call the update a contradiction',
    'why would that count as a contradiction',
  ])('reads "%s" as asking for grounds', (question) => {
    expect(asksGrounds(language, words(question))).toBe(true);
  });

  it.each(['why did aws contradict itself', 'why did aws go to techtarget'])('reads "%s" as asking for a motive', (question) => {
    expect(asksGrounds(language, words(question))).toBe(false);
  });

  it('answers the grounds of a label with the fact putting it', () => {
    const reply = answerQuestion(story, 'why is the aws statement to techtarget a contradiction');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('earlier posts');
  });

  it('still says the story does not know why AWS acted', () => {
    const reply = answerQuestion(story, 'why did aws give techtarget a comment but not the register');
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer ?? reply.answer).toContain('no idea why');
  });
});
