import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { withWordingAsSaid } from '../../src/qa/wording.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);

/** "what phrase does Warrilow use": a noun for wording and a verb of using words ask what someone said. */
describe('the words someone used', () => {
  it('reads as what they said', () => {
    expect(withWordingAsSaid(language, ['which', 'expression', 'did', 'cottingham', 'use'])).toEqual([
      'which',
      'did',
      'cottingham',
      'say',
    ]);
  });

  it('leaves a question without a verb of using words alone', () => {
    const words = ['what', 'phrase', 'is', 'in', 'the', 'headline'];
    expect(withWordingAsSaid(language, words)).toEqual(words);
  });

  it.each([
    ['what metaphor does the gartner guy use for xen', 'Michael Warrilow (Gartner)'],
    ['what expression did the citrix tech director use about xen', 'James Bulpin (Citrix)'],
  ])('answers "%s" with their words', (question, speaker) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(speaker);
  });
});
