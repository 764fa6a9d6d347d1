import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('another member of a series the story names is something it never mentions', () => {
  it('reads a word of a series and a mark the story does not give as an unknown name', () => {
    expect(analyse('can a model x be opened the same way').unknownNames).toContain('model x');
    expect(analyse('has launch complex 4 been completed').unknownNames).toContain('complex 4');
    // "2" is a mark of the launch complexes, not of the Tesla models.
    expect(analyse('does the tesla model 2 have passive entry').unknownNames).toContain('model 2');
  });

  it('keeps the members the story names, a plural, and words that are no marks', () => {
    expect(analyse('are model y owners at risk too').unknownNames).toEqual([]);
    expect(analyse('is launch complex 2 in virginia').unknownNames).toEqual([]);
    expect(analyse('which model 3s can be unlocked').unknownNames).not.toContain('model 3s');
    expect(analyse('which model years are hit').unknownNames).toEqual([]);
    expect(analyse('is a model a good fit').unknownNames).toEqual([]);
  });

  it('declines where it answered with the members the story names', () => {
    const other = ask('can the relay trick open a tesla model s');
    expect(other.answered).toBe(false);
    expect(other.answer).toContain('model s');
    expect(ask('has launch complex 4 been completed').answered).toBe(false);
  });

  it('still answers about the members the story names', () => {
    const named = ask('can the relay trick open a tesla model y');
    expect(named.answered).toBe(true);
    expect(named.answer).toContain('Model 3 and Y');
  });
});
