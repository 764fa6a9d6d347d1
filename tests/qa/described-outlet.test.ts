import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('"the other outlet" names the one outlet besides the story\'s own', () => {
  it('reads "the other <words> site" and "another outlet" as that outlet', () => {
    expect(analyse('what did amazon say to the other news site').entities).toContain('techtarget');
    expect(analyse('what did aws tell another outlet').recipient).toBe('techtarget');
    expect(analyse('what did aws tell another outlet').entities).not.toContain('the-register');
  });

  it('leaves "other" before a word that is no outlet alone', () => {
    expect(analyse('what other spaces is xen moving into').entities).not.toContain('techtarget');
    // More describing words than an outlet takes is a clause, not a description.
    expect(analyse('did the other big cloud company site anything').entities).not.toContain('techtarget');
  });

  it('answers with what was said to that outlet', () => {
    const answer = ask('so what did amazon say to that other tech publication');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('best virtualization technology');
  });
});
