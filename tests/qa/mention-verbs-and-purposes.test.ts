import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

/** "discussed", "referenced" say that something was mentioned, as "mentioned" does: they ask nothing themselves. */
describe('verbs of mentioning', () => {
  it.each([
    ["which body's call discussed the register's reporting", 'Advisory Board'],
    ['the minutes referenced which report', 'The Register’s report'],
  ])('answer "%s"', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer.replace(/'/g, '’')).toContain(expected);
  });
});

/** "the minutes referenced *which report*": a document kind asked in place, ending the message. */
describe('a document kind asked at the end', () => {
  it('answers with the report the minutes mention, not another fact about the minutes', () => {
    expect(ask('the board minutes mentioned which report').answer).toMatch(/^Publicly-posted minutes/);
  });
});

/** The template's fact says what it is meant for, so "what is it meant for" is answered by it. */
describe('what the template is meant for', () => {
  it.each(['what was the lf’s template intended for', 'what is the linux foundation template meant for'])(
    'answers "%s"',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain("meant for members' social media posts");
    },
  );
});
