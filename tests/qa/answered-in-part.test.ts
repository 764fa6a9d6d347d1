import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "who is Cottingham and what's the weather in London": a message asking two things, of which the
 * story answers one, gets that answer and a line saying the story does not answer the rest, where
 * before the whole message was declined.
 */
describe('a message asking several things, the story answering some', () => {
  it.each([
    ["who is cottingham and what's the weather in london today", "Citrix's director for XenServer"],
    ['what did gartner say about xen, and what will the price of ec2 be next year', 'final nail in the coffin'],
  ])('answers what it can of "%s" and says the rest is not answered', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
    expect(reply.answer.endsWith("The story doesn't answer the rest of the question.")).toBe(true);
  });

  it('splits a question opening with a preposition before its question word ("for how long …, and what …")', () => {
    const reply = answerQuestion(
      story,
      'For how long did AWS leave the request for an interview unanswered, and what did the publication conclude from it?',
    );
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('12 days');
  });

  it('says the rest is not answered once, however the parts split', () => {
    const reply = answerQuestion(story, 'who is cottingham, and who is bulpin, and what is the weather in london today');
    expect(reply.answer.match(/doesn't answer the rest/g)).toHaveLength(1);
  });

  it('keeps a message declined with what the story does say about the value it lacks', () => {
    const reply = answerQuestion(story, 'when was the board call, and how much does ec2 cost per hour');
    expect(reply.answered).toBe(false);
    expect(reply.partial).toBeDefined();
  });

  it('leaves a message whose every part is answered without the line', () => {
    const reply = answerQuestion(story, 'who is warrilow, and what did cottingham say about benchmarks');
    expect(reply.answered).toBe(true);
    expect(reply.answer).not.toContain("doesn't answer the rest");
  });
});
