import { describe, expect, it } from 'vitest';
import { withoutAfterthoughts } from '../../src/qa/asides.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);

/** "where's capstone headed? mars?": short fragments after the question are the asker's guesses, which the answer settles. */
describe('guesses after a question', () => {
  it.each([
    ['where is rocket lab sending capstone? jupiter? lol', 'Moon'],
    ['what month was the advisory board call? october??', 'November'],
  ])('answers "%s" as the question alone', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('drops each guess, not the question', () => {
    expect(withoutAfterthoughts(language, 'which word does the reg use? clear? something stronger?')).toBe(
      'which word does the reg use?',
    );
  });

  it('keeps a fragment that joins another question or names one of the story’s names', () => {
    for (const message of ['what did gartner say? and citrix?', 'who called it the final nail? warrilow?'])
      expect(withoutAfterthoughts(language, message)).toBe(message);
  });
});
