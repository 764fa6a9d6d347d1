import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('a kind named in two words ("wireless standard") is matched whole by a fact naming a member', () => {
  it('keeps both words of the kind as its terms', () => {
    const kind = analyse('which wireless standard do the tesla thieves relay').kind;
    expect(kind?.members).toEqual(['bluetooth']);
    expect(kind?.terms).toEqual(expect.arrayContaining(['s:bluetooth', 'standard']));
  });

  it('answers with the member the story names, though it never says "standard"', () => {
    const answer = ask('what wireless standard does the tesla car talk to the phone over');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Bluetooth Low Energy');
  });

  it('does not answer with a member named about something else the question never mentions', () => {
    expect(ask('what wireless tech does capstone use').answered).toBe(false);
    expect(ask('which wireless standard does the xen hypervisor use').answered).toBe(false);
  });
});
