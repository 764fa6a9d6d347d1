import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "the second sentence of the LF statement", "Bulpin's closing line": one sentence of someone's words by its place. */
describe('a sentence of someone’s words, by its place', () => {
  it.each([
    [
      'what is the second sentence of the linux foundation statement',
      'The Linux Foundation',
      '“We expect them to remain involved',
    ],
    ['first sentence of the LF statement pls', 'The Linux Foundation', '“AWS is an active member of the Xen Project and are'],
    ["what's warrilow's opening line", 'Michael Warrilow (Gartner)', '“Oracle is already going to KVM.”'],
    ["warrilow's final line?", 'Michael Warrilow (Gartner)', '“I think this puts the final nail in the coffin of Xen.”'],
    ['the 3rd sentence of what cottingham said', 'David Cottingham (Citrix)', '“In terms of benchmarking'],
    ['last line of the template', 'The Linux Foundation', '“Follow the @xen_org'],
  ])('answers "%s" with that sentence, verbatim and attributed', (question, whose, sentence) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(whose);
    expect(reply.answer).toContain(sentence);
  });

  it('gives only the sentence at that place, not the words around it', () => {
    const reply = answerQuestion(story, "bulpin's last sentence");
    expect(reply.answer).toContain('good fit in these growing sectors');
    expect(reply.answer).not.toContain('edge computing');
  });

  it('gives the whole quote for closing "lines"', () => {
    const reply = answerQuestion(story, "what are bulpin's closing lines");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('edge computing');
    expect(reply.answer).toContain('good fit in these growing sectors');
  });

  it('declines a place beyond the words, with the words the story gives', () => {
    const reply = answerQuestion(story, "what's the fourth sentence of bulpin's quote");
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer).toContain("The story quotes 2 of James Bulpin (Citrix)'s sentences");
    expect(reply.partial?.sources).toEqual([expect.objectContaining({ paragraph: expect.any(Number) })]);
  });

  it('counts the sentences of the quote the question names beside its speaker', () => {
    const reply = answerQuestion(story, "cottingham's first line on benchmarking");
    expect(reply.answer).toContain('In terms of benchmarking');
  });

  it.each([
    ["whats the reg's last line on xen's future", 'long and happy future'],
    ['what is the first line of the story', 'Fresh from the news'],
  ])('leaves the article’s own lines to the article: "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answer).toContain(expected);
  });

  it('does not count the sentences of a few quoted words inside the story’s own sentence', () => {
    const reply = answerQuestion(story, "what was the first line of schlaeger's remarks");
    expect(reply.answer).not.toContain('first sentence');
  });

  it('does not take the first line of a teaser for an organisation’s quote', () => {
    const reply = answerQuestion(story, 'what was the first line of the google teaser');
    expect(reply.answer).not.toMatch(/^Sunil Potti/);
  });
});
