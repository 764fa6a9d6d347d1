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
});
