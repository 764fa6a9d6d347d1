import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { viewsComparedParts } from '../../src/qa/views-compared.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);

/**
 * "do Bulpin and Warrilow agree about Xen", "the LF vs Gartner on AWS": two of the story's sources set
 * side by side by a word of agreeing or differing are each asked what they said, on what they are
 * compared on; the two answers side by side are the comparison.
 */
describe("two sources' views side by side", () => {
  it.each([
    [
      'do bulpin and warrilow agree about xen?',
      ['what did James Bulpin say about xen', 'what did Michael Warrilow say about xen'],
    ],
    ['the lf vs gartner on aws', ['what did Linux Foundation say about aws', 'what did Gartner say about aws']],
    ["how does citrix's take on kvm differ from gartner's", ['what did Citrix say about kvm', 'what did Gartner say about kvm']],
    [
      'warrilow and the linux foundation: same page on amazon?',
      ['what did Michael Warrilow say about amazon', 'what did Linux Foundation say about amazon'],
    ],
  ])('asks "%s" of each side', (question, parts) => {
    expect(viewsComparedParts(index, question)).toEqual(parts);
  });

  it.each([
    ['did aws agree with the register', 'one side agreeing with another'],
    ['what did gartner and citrix say', 'no word of agreeing or differing'],
    ['xen vs kvm: which is faster', 'no two sources'],
    ['cloud vs edge, where does the reg see a future for xen', 'the sources are not side by side'],
  ])('leaves "%s" (%s)', (question) => {
    expect(viewsComparedParts(index, question)).toBeNull();
  });

  it('answers with both views', () => {
    const reply = answerQuestion(story, 'do warrilow and the linux foundation agree on what aws will do?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Warrilow');
    expect(reply.answer).toContain('The Linux Foundation');
  });
});

/** "whats the diff between X and Y": a clipped "difference" contrasts two things as the word does. */
describe('a clipped contrast noun', () => {
  it('answers "whats the diff between launch complex 1 and launch complex 2" with both pads', () => {
    const reply = answerQuestion(story, 'whats the diff between launch complex 1 and launch complex 2');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('New Zealand');
    expect(reply.answer).toContain('Virginia');
  });
});
