import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('"the <noun> date" asks for a date', () => {
  it('reads a compound ending on "date" as the day answer type', () => {
    expect(analyse("what's the takeoff date for the moon mission").wants).toBe('day');
  });

  it('declines with a partial answer where the story gives no such date', () => {
    const answer = ask('when is the lift-off date of the capstone mission');
    expect(answer.answered).toBe(false);
    const teaser = ask('whats the scheduled launch date of the capstone mission');
    expect(teaser.answered).toBe(false);
    expect(teaser.answer).toContain("doesn't give the exact date");
  });

  it('still answers with a date the story gives', () => {
    expect(ask('what was the publish date of the piece').answer).toContain('2017');
  });
});
