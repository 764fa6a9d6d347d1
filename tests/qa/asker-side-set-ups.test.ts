import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "we're a small hosting company. what did gartner say?": a sentence opening with the asker's side
 * ("we", "our") before the question says who asks, as one opening with "I" does; "we" there is not
 * the Register, and the sentence is not searched.
 */
describe("a set-up sentence about the asker's side", () => {
  it.each([
    ["we're a small hosting company. what did gartner say about xen?", 'final nail'],
    ['our shop runs XenServer. did citrix customers complain?', 'no queries'],
  ])('answers "%s" as the question alone', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('keeps a sentence the question points back into', () => {
    const reply = answerQuestion(story, 'We also asked the Xen Project to comment. what did they say?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('active member of the Xen Project');
  });

  it("drops a set-up naming one of the story's names where the question uses the story's own words instead", () => {
    const reply = answerQuestion(
      story,
      'i build infotainment systems and we tried xen last year. does the article say anything about automotive?',
    );
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('automotive');
  });
});
