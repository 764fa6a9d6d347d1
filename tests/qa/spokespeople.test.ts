import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('WordNet\'s words for a spokesperson are the story\'s "speaks for"', () => {
  it('answers who is the mouthpiece or the spokespeople of an organisation with the one speaking for it', () => {
    for (const question of ['which outfit acts as mouthpiece of xen', 'who are the spokespeople of the xen project']) {
      const answer = ask(question);
      expect(answer.answered, question).toBe(true);
      expect(answer.answer, question).toContain('Linux Foundation');
    }
  });
});

describe('"who <verb> the <noun of saying> for X" asks who spoke for X', () => {
  it('answers with the organisation speaking for X, whatever the verb', () => {
    for (const question of ['who gave the statement for the xen project', 'who issued the official response for xen']) {
      const answer = ask(question);
      expect(answer.answered, question).toBe(true);
      expect(answer.answer, question).toContain('Linux Foundation');
    }
  });

  it('declines where nobody in the story speaks for X', () => {
    expect(ask('who wrote the statement for oracle').answered).toBe(false);
  });
});

describe('"whose words does X quote" asks whom X quotes, not X', () => {
  it('does not answer with the words of the one quoting', () => {
    const answer = answerQuestion(loadStory(), 'whose words does the xen project series post quote');
    expect(answer.answer).not.toContain('The Xen Project, in the opening post');
  });

  it('answers with the one quoted where the question names the series', () => {
    expect(answerQuestion(loadStory(), 'whose words does the xen project series quote').answer).toContain('James Bulpin');
  });

  it('still answers "whose quote" with the speaker', () => {
    expect(answerQuestion(loadStory(), 'whose quote calls xen a staple technology').answer).toContain('The Xen Project');
  });
});

describe('speaking in the name of someone', () => {
  it('is speaking for them', () => {
    const reply = answerQuestion(loadStory(), 'who speaks in the name of the xen project');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Linux Foundation');
  });
});
