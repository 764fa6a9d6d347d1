import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);

describe('"the other outlet" in a question', () => {
  it('stands for the one outlet the story names besides its own publication', () => {
    expect(analyseQuestion(shipped, 'what did aws say to the other news website').entities).toContain('techtarget');
    const reply = ask('what did aws say to the other news website');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('TechTarget');
  });

  it('reads "another outlet" and "that other tech publication" as that outlet, not the story\'s own', () => {
    expect(analyseQuestion(shipped, 'what did aws tell another outlet').recipient).toBe('techtarget');
    expect(analyseQuestion(shipped, 'what did aws tell another outlet').entities).not.toContain('the-register');
    const answer = ask('so what did amazon say to that other tech publication');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('best virtualization technology');
  });

  it('leaves "other" before a word that is no outlet alone', () => {
    expect(analyseQuestion(shipped, 'what other spaces is xen moving into').entities).not.toContain('techtarget');
  });

  it('is left alone when the outlet noun modifies another noun, and off-topic stays declined', () => {
    expect(analyseQuestion(shipped, 'what did another blog post say').entities).not.toContain('techtarget');
    expect(ask('who owns the other tech site').answered).toBe(false);
  });
});
