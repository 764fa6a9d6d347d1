import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe('a year of another reckoning ("model year", "fiscal year")', () => {
  it('asks for a year the text names by that reckoning', () => {
    expect(analyseQuestion(index, 'what model year is the tesla in the hack').wants).toBe('reckonedYear');
    expect(analyseQuestion(index, 'in which fiscal year did aws drop xen').wants).toBe('reckonedYear');
    expect(analyseQuestion(index, 'what year did the tesla hack come out').wants).toBe('year');
    const values = index.language.values;
    expect(values.valuesIn('the 2023 model year cars').has('reckonedYear')).toBe(true);
    expect(values.valuesIn('Pentester pops open Tesla Model 3 (2022)').has('reckonedYear')).toBe(false);
  });

  it('declines with what the story does say: the news year dates the news, not the model', () => {
    for (const q of ['what model year is the tesla in the hack', 'which model years of the model 3 can be relayed']) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(false);
      expect(answer.partial?.answer ?? '', q).toContain('Model 3');
    }
  });

  it('still answers a calendar year with the year the teaser gives', () => {
    const answer = ask('what year did the tesla hack come out');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('2022');
  });
});
