import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('"why didn\'t X happen as planned" is answered by the contrast that turns from the plan', () => {
  it('gives a contrast sentence the terms of what comes before it', () => {
    const turn = getIndex(story).facts.find((f) => f.answer.startsWith('However, delays in certifying'));
    expect(turn?.overturns?.has('wallop')).toBe(true);
    // Its own words are its terms, not what it turns from.
    expect(turn?.overturns?.has('s:launch_pad')).toBe(false);
  });

  it('answers a why question restating the plan with the cause', () => {
    const answer = ask("why isn't capstone launching from wallops island");
    expect(answer.answered).toBe(true);
    expect(answer.answer.split('\n')[0]).toContain('delays in certifying');
    const virginia = ask('why did capstone not launch from virginia in the end');
    expect(virginia.answered).toBe(true);
    expect(virginia.answer.split('\n')[0]).toContain('delays in certifying');
  });

  it("leaves other questions to the contrast sentence's own words", () => {
    // "Where" asks for a place: the plan's Virginia, not the cause.
    const answer = ask('where was capstone meant to launch from');
    expect(answer.answer).not.toMatch(/^However/);
  });
});

describe('"why was X supposed to …" asks why the plan was, not why it changed', () => {
  it('does not answer it with the contrast turning from the plan', () => {
    expect(ask('why was capstone meant to launch from wallops island').answered).toBe(false);
  });
});
