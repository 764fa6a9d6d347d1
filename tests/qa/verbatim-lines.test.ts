import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { stripMarkup } from '../../src/qa/markup.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const shipped = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

/**
 * "who said 'making inroads in the embedded, security and automotive space'": a line quoted word for
 * word is found where it stands as written (the Linux Foundation's template), not where its words are
 * paraphrased ("gaining traction in the embedded …" in the Xen Project's post).
 */
describe('a line quoted word for word', () => {
  it.each([
    ["who said 'making inroads in the embedded, security and automotive space'", 'Linux Foundation template'],
    ['where does the phrase "making inroads in the embedded" come from', 'Linux Foundation template'],
    ["which post says 'gaining traction in the embedded, security and automotive space'", 'opening post'],
  ])('"%s" is answered by the item holding it', (question, source) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(source);
  });

  it('takes spans of three words or more as lines, shorter ones as words', () => {
    expect(analyseQuestion(shipped, "who said 'making inroads in the embedded'").quotedPhrases).toEqual([
      ['making', 'inroads', 'in', 'the', 'embedded'],
    ]);
    expect(analyseQuestion(shipped, "who said 'final nail'").quotedPhrases).toEqual([]);
  });

  it('reads a block quote above the question as the line it asks about', () => {
    expect(stripMarkup('> making inroads in the embedded space\nwhere is that line from')).toBe(
      '“making inroads in the embedded space” where is that line from',
    );
    expect(stripMarkup('> see the story')).toBe('see the story');
    const reply = ask("> making inroads in the embedded, security and automotive space\n\nwhere's that line from");
    expect(reply.answer).toContain('Linux Foundation template');
  });
});
