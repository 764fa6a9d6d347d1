import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { tuning } from '../../src/qa/tuning.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);
const q = 'is xen still feasible';

describe('a shared-sense WordNet expansion carries what is asked about the subject alone (expansionWeight)', () => {
  it('answers when the paraphrase is the only word asked about the subject', () => {
    // "feasible" has one sense in WordNet, shared with the story's "viable".
    expect(analyseQuestion(shipped, q).terms).toContain('x:feasibl');
    const reply = ask(q);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('it was viable');
  });

  it('would decline it at a weight below minTopic', () => {
    const kept = tuning.expansionWeight;
    try {
      (tuning as { expansionWeight: number }).expansionWeight = tuning.minTopic - 0.1;
      expect(ask(q).answered).toBe(false);
    } finally {
      (tuning as { expansionWeight: number }).expansionWeight = kept;
    }
  });

  it('leaves a subject the paraphrase says nothing about declined', () => {
    expect(ask('is the capstone launch feasible').answered).toBe(false);
  });
});
