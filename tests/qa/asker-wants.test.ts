import { describe, expect, it } from 'vitest';
import { withoutAskerWant } from '../../src/qa/asides.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

/** "i need the headline", "I need to know who …": the asker's wanting opens a request, not a plea for advice. */
describe('the asker saying what they want', () => {
  it.each([
    ['i need the headline', 'the headline'],
    ['I need to know who Warrilow works for', 'who Warrilow works for'],
    ["i'd like the date of the update", 'the date of the update'],
    ['i’d like the date of the update', 'the date of the update'],
    ['we want the LF statement', 'the LF statement'],
  ])('opens a request in "%s"', (message, rest) => {
    expect(withoutAskerWant(language, message)).toBe(rest);
  });

  it.each(['i need to migrate off xen, should i?', 'i need xen', 'what do i need to know about xen'])(
    'is kept in "%s"',
    (message) => {
      expect(withoutAskerWant(language, message)).toBe(message);
    },
  );

  it.each([
    ['i need the headline', 'Talk up embedded future'],
    ['I need to know who Warrilow works for', 'Gartner'],
    ['i need the date the story was updated', 'November 24, 2017'],
  ])('answers "%s" as the thing asked for', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
    expect(reply.answer).not.toContain('gives no advice');
  });

  it('still reads a need of the asker’s own doing as advice sought', () => {
    expect(ask('i need to migrate off xen, should i?').answer).toContain('gives no advice');
  });
});
