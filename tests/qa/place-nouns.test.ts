import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('"which town / country / island" asks where, as a place', () => {
  it('asks for a location and does not search the place noun', () => {
    const question = analyse('in which country is launch complex 1');
    expect(question.wants).toBe('location');
    expect(question.type).toBe('where');
    expect(question.terms).not.toContain('countri');
    expect(question.terms).not.toContain('country');
  });

  it('answers with the place the story locates it in', () => {
    const answer = ask('in which country is launch complex 1');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('New Zealand');
    const island = ask('what island was capstone supposed to launch from');
    expect(island.answered).toBe(true);
    expect(island.answer).toContain('Wallops Island');
  });

  it('declines where the story locates nothing', () => {
    expect(ask('which city is the register based in').answered).toBe(false);
    expect(ask('which country is aws from').answered).toBe(false);
  });
});

/** "what's CAPSTONE's destination": the noun asks where it is headed, as "where is CAPSTONE headed" does. */
describe('a noun for where something is headed', () => {
  it('asks for a destination, which the related story gives', () => {
    const reply = ask("what's capstone's destination");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Moon');
  });

  it('declines where the story gives none', () => {
    expect(ask("what's the xen project's destination").answered).toBe(false);
  });
});
