import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('a place in the article named with words describing the article', () => {
  it('finds the place past words the story never uses before the article’s noun', () => {
    expect(analyse('what does the close of the actual article say about xen').terms).toContain('i:ending');
    expect(analyse('how does the end of the whole piece describe xen').terms).not.toContain('main');
  });

  it('does not take a name before the noun for a description of this article', () => {
    expect(analyse('what is at the end of the tesla story').terms).not.toContain('i:ending');
  });
});

describe('"according to" a part of the page asks what that part says', () => {
  it('weighs the asker’s other words as background beside the part and the thing named', () => {
    const question = analyse('according to the headline what will xen be bigging itself up for');
    expect(question.terms).toContain('i:headline');
    expect([...question.background].some((t) => !t.startsWith('e:') && !t.startsWith('i:'))).toBe(true);
  });

  it('answers from that part', () => {
    const answer = ask('according to the headline what is xen going to be hyping from now on');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Talk up embedded future');
  });

  it('asks nothing of the part where the question names nothing the story holds', () => {
    expect(ask('according to the headline who won the election').answered).toBe(false);
    expect(ask('according to the standfirst what is the weather like').answered).toBe(false);
  });
});
