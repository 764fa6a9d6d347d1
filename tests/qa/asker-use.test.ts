import { describe, expect, it } from 'vitest';
import { withoutAsides } from '../../src/qa/asides.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);

/**
 * "what's the link so I can share it": a clause ending the message that says what the asker will do
 * with the answer is no part of what is asked.
 */
describe('what the asker will do with the answer', () => {
  it.each([
    ["what's the link so i can share it", 'https://www.theregister.com/2017/11/22/'],
    ['send me the link so i can share it with my team', 'https://www.theregister.com/2017/11/22/'],
    ['give me the template so we can post it', '#cloud and #server vendors'],
    ["what's the short version i can paste", 'in short'],
    ['whats the title so i can pin it', 'The headline is'],
    ['gimme the title of this article so i can pin it', 'The headline is'],
  ])('answers "%s" without it', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('keeps a clause the question asks about ("anything I can do")', () => {
    expect(withoutAsides(language, 'is there anything i can do')).toBe('is there anything i can do');
  });

  it("keeps a clause naming one of the story's names", () => {
    expect(withoutAsides(language, 'what did gartner say so i can quote warrilow')).toContain('warrilow');
  });
});
