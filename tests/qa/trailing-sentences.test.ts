import { describe, expect, it } from 'vitest';
import { trailingCommentWords } from '../../src/qa/asides.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);

/**
 * "… date please. building a timeline for the newsletter": a sentence after the question that opens on
 * the asker's doing, or on a subject, is their comment, as a clause after the last comma is.
 */
describe('a sentence of the asker’s after the question', () => {
  it.each([
    ['give me the update date please. building a timeline for the newsletter', 'November 24, 2017'],
    ['show me what bulpin said. prepping slides on embedded hypervisors', 'reusable technology component'],
    ["give me gartner's quote. writing up a thread about hypervisors", 'Warrilow'],
  ])('answers "%s" as the question alone', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('is not the asker’s where it goes on asking ("… in general? type 1 vs type 2")', () => {
    expect(trailingCommentWords(language, 'what is a hypervisor, in general? type 1 vs type 2')).toBeNull();
  });

  it('is read as the comment, the request before it as the question', () => {
    expect(trailingCommentWords(language, 'exact publish date pls. making a timeline for this argument')).toEqual({
      setUp: ['making', 'a', 'timeline', 'for', 'this', 'argument'],
      question: ['exact', 'publish', 'date', 'please'],
    });
  });
});
