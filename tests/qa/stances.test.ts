import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('a position held by a thing is a stance, not a job', () => {
  it('does not ask for a role where "position" follows "its"', () => {
    expect(analyse('why did aws change its position').terms).not.toContain('i:role');
    expect(analyse('what did amazon post before reversing its position').terms).not.toContain('i:role');
  });

  it('still asks for a person’s role by the same noun', () => {
    expect(analyse('what position does cottingham hold').terms).toContain('i:role');
    expect(ask('what position does cottingham hold at citrix').answer).toContain('director for XenServer');
  });

  it('answers what the writer calls the statements made before the change of stance', () => {
    const answer = ask("how does the register characterise aws's statements from before it changed its position");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('unequivocal');
  });
});
