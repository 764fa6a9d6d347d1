import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "explain the Tesla relay thing in one line", "eli5": how the asker wants the answer put asks
 * nothing of the story; the question is answered as it is without it.
 */
describe('a request for how the answer is put', () => {
  it.each([
    ['explain the tesla relay thing in one line', 'explain the tesla relay thing'],
    ['what did gartner say, in one line', 'what did gartner say'],
    ['what is the tesla hack in simple terms', 'what is the tesla hack'],
    ['eli5 the tesla hack', 'explain the tesla hack'],
    ['what is xen pitching now, in a few words', 'what is xen pitching now'],
    ['what did gartner say in plain english', 'what did gartner say'],
    ['explain in plain terms what the tesla hack is', 'explain what the tesla hack is'],
  ])('answers "%s" as "%s"', (question, plain) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toBe(answerQuestion(story, plain).answer);
  });

  it('still declines a question the story does not answer, however it is to be put', () => {
    expect(answerQuestion(story, 'what is the weather in one line').answered).toBe(false);
    expect(answerQuestion(story, 'eli5 quantum computing').answered).toBe(false);
  });

  it.each([
    ["david cottingham's title, precisely", "david cottingham's title"],
    ['what precisely did warrilow say', 'what did warrilow say'],
  ])('answers "%s", "precisely" asking as "exactly" does, as "%s"', (question, plain) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toBe(answerQuestion(story, plain).answer);
  });
});
