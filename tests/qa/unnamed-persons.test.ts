import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

/**
 * "whats his job title exactly": a pronoun pointing at a person from an earlier message, which the bot
 * never sees. With no name in the message and nothing else asked of the story, any person's answer
 * would be a guess, so it declines.
 */
describe('a person the message only points at', () => {
  it.each(['whats his title again', 'ok and who does she work for', 'what is her job'])('declines "%s"', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(false);
    expect(reply.suggestions.length).toBeGreaterThan(0);
  });

  it.each([
    ['warrilow, what is his title', 'research veep'],
    ['the aws guy on the call, what did he ask the board', 'not be included'],
  ])('answers "%s", where the message names someone or asks more of the story', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});
