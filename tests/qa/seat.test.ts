import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { getLexicon } from '../../src/qa/lexicon.js';
import { compileValueDetector } from '../../src/qa/values.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('"where is X based / made" asks for a place', () => {
  const values = compileValueDetector(getLexicon());

  it('reads a name after a seat verb and a locative preposition as a place', () => {
    expect(values.valuesIn('The firm is headquartered in Cambridge.').has('location')).toBe(true);
    expect(values.valuesIn('Its chips are made in Taiwan.').has('location')).toBe(true);
  });

  it('reads a name set in its region as a place', () => {
    expect(values.valuesIn('a plant in Leeds, England').has('location')).toBe(true);
    expect(values.valuesIn('the lab at Harwell Campus in Oxfordshire').has('location')).toBe(true);
  });

  it('does not read a thing invested in, or a name alone, as a place', () => {
    expect(values.valuesIn('they plan to keep investing in Xen.').has('location')).toBe(false);
    expect(values.valuesIn('the talk at Summit was long').has('location')).toBe(false);
    expect(values.valuesIn('a defence based on measuring latency').has('location')).toBe(false);
  });

  it('asks for a place and does not search the seat verb', () => {
    const question = analyse('where is the gartner analyst based');
    expect(question.wants).toBe('location');
    expect(question.type).toBe('where');
    expect(question.terms).not.toContain('base');
    expect(question.terms).not.toContain('based');
  });

  it('answers with the place the story gives', () => {
    const answer = ask('where is launch complex 1 situated');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('New Zealand');
  });

  it('declines with a partial answer where the story gives no place for the thing asked about', () => {
    const answer = ask('where are the tesla cars built');
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toContain("doesn't say where");
  });

  it('does not answer a seat with a sentence that only shares the seat verb', () => {
    expect(ask('where is the bluetooth research firm based').answered).toBe(false);
  });
});
