import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe("a said question asking again in other words ('…, what does he call it')", () => {
  it("does not search the said cue's word where it recurs", () => {
    const question = analyseQuestion(index, 'how does bulpin describe xen, what does he call it');
    expect(question.type).toBe('said');
    expect(question.terms.some((t) => t.includes('call'))).toBe(false);
  });

  it('keeps such a word where it is a noun', () => {
    const question = analyseQuestion(index, 'what did schlaeger say to the board, what happened on the call');
    expect(question.terms).toContain('s:call');
  });

  it('keeps such a word in a question of another type', () => {
    const question = analyseQuestion(index, 'who called it the final nail in the coffin');
    expect(question.type).not.toBe('said');
  });

  it("answers with the speaker's own words", () => {
    const bulpin = ask('what did bulpin say xen is, like what does he call it');
    expect(bulpin.answered).toBe(true);
    expect(bulpin.answer).toContain('reusable technology component');
    const project = ask('how does the xen project describe its hypervisor, what does it call it');
    expect(project.answered).toBe(true);
    expect(project.answer).toContain('staple technology');
  });
});
