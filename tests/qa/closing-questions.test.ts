import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

/**
 * "there was an update tacked on the end, when was that": a statement of what the asker remembers
 * closed by a short question pointing back at it asks that question about the statement.
 */
describe('a statement closed by a question pointing back', () => {
  it.each([
    ['there was an update tacked on the end, when was that', 'when'],
    ['oracle got mentioned somewhere in there, what was that about', 'what'],
    ['the reg asked aws for an interview, when was that', 'when'],
  ])('reads "%s" as a %s-question', (question, type) => {
    expect(analyse(question).type).toBe(type);
  });

  it('answers with what the statement names', () => {
    const update = ask('there was an update tacked on the end, when was that');
    expect(update.answered).toBe(true);
    expect(update.answer).toContain('November 24, 2017');
    const oracle = ask('oracle got mentioned somewhere in there, what was that about');
    expect(oracle.answered).toBe(true);
    expect(oracle.answer).toContain('Already going to KVM');
  });

  it('keeps a question word earlier in the message the question', () => {
    expect(analyse('who said xen is dead, and was that gartner').type).not.toBe('what');
    expect(analyse('when was the update, what was that').type).toBe('when');
  });
});
