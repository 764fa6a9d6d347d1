import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('a phrase placing another part of the page low on it says where that part is', () => {
  it('drops the footer a place phrase would ask for beside another part', () => {
    expect(analyse('how many teasers are there at the very bottom').terms).toEqual(['i:related']);
    expect(analyse('what do the related articles at the foot of the page cover').terms).not.toContain('i:footer');
  });

  it('keeps the footer where a name of it is used, or no other part is named', () => {
    expect(analyse('what does the tagline at the bottom of the page say').terms).toContain('i:footer');
    expect(analyse('what is written at the bottom of the page').terms).toContain('i:footer');
  });

  it('counts the related stories placed at the bottom of the page', () => {
    const answer = ask('how many related stories are there at the end of the page');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/^3 other stories/);
  });
});

describe('several stories placed low on the page are the related stories', () => {
  it('names the related stories by a plural noun for an article beside a place on the page', () => {
    expect(analyse('which articles are down the bottom of the page').terms).toContain('i:related');
    expect(analyse('how many articles are there at the very bottom').counted).toBe('i:related');
  });

  it('does not take a plural without a place for the related stories', () => {
    expect(analyse('how many stories has the register written about aws and kvm').terms).not.toContain('i:related');
  });

  it('lists and counts them', () => {
    expect(ask('what stories are listed at the foot of the page').answer).toMatch(/^3 other stories/);
    expect(ask('how many other stories are there at the bottom of the page').answer).toMatch(/^3 other stories/);
  });
});
