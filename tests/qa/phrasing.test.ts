import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { buildIndex, getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { getLexicon } from '../../src/qa/lexicon.js';
import { termWeight } from '../../src/qa/rank.js';
import { tuning } from '../../src/qa/tuning.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const lexicon = getLexicon();
const shipped = getIndex(story);

describe('multiword expressions (WordNet collocations)', () => {
  const without = buildIndex(story, { ...lexicon, wordnet: { ...lexicon.wordnet, collocations: [] } });

  it('reads one holding a word the story never uses as a single word', () => {
    const q = 'in a nutshell, what is the xen plan';
    expect(analyseQuestion(shipped, q).terms).toContain('in a nutshell');
    expect(analyseQuestion(without, q).terms).toContain('nutshell');
  });

  it('weighs an adverbial one as a describing word, not as an unknown one', () => {
    expect(termWeight(shipped, 'in a nutshell')).toBe(tuning.modifierWeight);
    expect(termWeight(without, 'nutshell')).toBe(without.unknownWeight);
  });

  it('maps a verbal one through its own senses to the story words it shares one with', () => {
    const q = 'will amazon stick around in the xen project';
    const analysed = analyseQuestion(shipped, q);
    expect(analysed.terms).toContain('x:stick around');
    expect(analysed.expansions.get('x:stick around')?.terms.length).toBeGreaterThan(0);
  });

  it('leaves an expression made of story words and stopwords as its words', () => {
    // "come out" is a WordNet verb sharing a sense with "start", but its words are the story's own.
    expect(analyseQuestion(shipped, 'when did this story come out').terms.some((t) => t.startsWith('x:'))).toBe(false);
  });

  it('answers a yes/no question whose happening is a paraphrase', () => {
    const reply = ask('will amazon stick around in the xen project');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('remain involved');
  });

  it('still declines one whose expression leads nowhere in the story', () => {
    expect(ask('did citrix sell off xenserver').answered).toBe(false);
  });
});
