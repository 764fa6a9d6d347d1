import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('what a question rules out does not answer it', () => {
  it('reads the ruled-out name', () => {
    expect(analyse('which analysts apart from warrilow weighed in').excluded).toContain('michael-warrilow');
  });

  it("is not answered by the ruled-out one's profile or words, nor by a text naming only them", () => {
    // "analysts" names Warrilow too: nothing else is left to search for.
    const other = ask('which analysts apart from warrilow weighed in');
    expect(other.answered).toBe(false);
    expect(other.answer).not.toContain('Warrilow');
    expect(ask('any analyst except michael warrilow quoted?').answered).toBe(false);
  });

  it('still answers with someone else', () => {
    const viable = ask('aside from oracle, which company kept xen viable');
    expect(viable.answered).toBe(true);
    expect(viable.answer).toContain('Amazon');
  });

  it('does not take the ruled-out organisation for the one a "which company" asks', () => {
    const asked = ask('apart from aws which company did the reg ask for comment');
    expect(asked.answered).toBe(true);
    expect(asked.answer.startsWith('The Linux Foundation, to The Register')).toBe(true);
    expect(asked.answer).not.toContain('request to AWS');
  });
});
