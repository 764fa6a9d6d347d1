import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('idioms of having a chance ask about prospects', () => {
  it('reads "have a shot", "stand a chance" and "chance" as the prospects group, as "chances" was', () => {
    const prospects = analyse('what are xen’s chances').terms.find((t) => t.startsWith('s:'));
    expect(prospects).toBeDefined();
    for (const q of ['where does xen still have a shot', 'does xen stand a chance in embedded', 'any chance for xen'])
      expect(analyse(q).terms, q).toContain(prospects);
  });

  it('finds the hopeful ending for a shot asked at the article’s end', () => {
    const answer = ask('according to the last bit of the main story, where might xen still have a shot');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('edge');
  });
});
