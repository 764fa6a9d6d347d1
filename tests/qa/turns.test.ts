import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { turnTerm, valenceOf } from '../../src/qa/turns.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('a hopeful or unwelcome side asked for is a contrast sentence turning that way', () => {
  it('rates words by their valence', () => {
    expect(valenceOf(['but', 'it', 'may', 'yet', 'have', 'a', 'happy', 'ending'])).toBe('good');
    expect(valenceOf(['however', 'the', 'plan', 'failed', 'badly'])).toBe('bad');
    expect(valenceOf(['but', 'the', 'board', 'met', 'on', 'tuesday'])).toBeUndefined();
  });

  it('reads the nouns of a situation’s side as the turn they ask for, whole', () => {
    expect(analyse('is there a bright side for xen in all this').terms).toContain(turnTerm('good'));
    expect(analyse('what is the saving grace for the xen hypervisor').terms).toContain(turnTerm('good'));
    expect(analyse('any drawback mentioned for tesla owners').terms).toContain(turnTerm('bad'));
  });

  it('answers with the sentence that turns toward the hopeful', () => {
    const answer = ask('what upside does xen still have');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('long and happy future');
  });

  it('declines a hopeful side asked for someone the turn is not about', () => {
    expect(ask('is there any bright side here for oracle').answered).toBe(false);
    expect(ask('what is the drawback of xen').answered).toBe(false);
  });

  it('marks only contrast sentences: a hopeful sentence that turns from nothing is not a silver lining', () => {
    const index = getIndex(story);
    const marked = index.facts.filter((fact) => fact.terms.has(turnTerm('good')));
    expect(marked.length).toBeGreaterThan(0);
    for (const fact of marked) expect(fact.answer).toMatch(/^(But|However|Yet|Still)\b/);
  });
});
