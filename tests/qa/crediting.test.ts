import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('a question of whom to credit for a line', () => {
  it('asks who said it, as "who said" does', () => {
    for (const question of [
      'who do we credit for the "it was viable" bit?',
      'who gets the credit for the line about the coffin',
      'who was the source of the "no queries from customers" remark',
    ]) {
      const reply = ask(question);
      expect(reply.answered, question).toBe(true);
      expect(reply.sources[0]?.speaker, question).not.toBeNull();
    }
    expect(ask('who gets the credit for the line about the coffin').answer).toContain('Michael Warrilow (Gartner)');
    expect(ask('who was the source of the "no queries from customers" remark').answer).toContain('David Cottingham (Citrix)');
  });
});

describe('"who\'s the source for" a line', () => {
  it.each([
    ["who's the source for the line about a reusable technology component", 'James Bulpin (Citrix)'],
    ['who was the source for the quote techtarget got', 'Amazon Web Services, to TechTarget'],
  ])('asks who said it: "%s"', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});
