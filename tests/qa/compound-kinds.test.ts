import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('"which <noun>" for a noun the story heads a compound with ("the passive entry feature")', () => {
  it('asks for the compound, with the noun before a name or after a preposition', () => {
    for (const q of ['which feature on the model 3 is at risk', 'which tesla feature gets relayed']) {
      const kind = analyse(q).kind;
      expect(kind?.members, q).toEqual(['@named']);
      expect(kind?.term, q).toBe('featur');
    }
  });

  it('is answered by a fact holding the compound without the noun', () => {
    const answer = ask('which feature on the model 3 is at risk');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('passive entry is affected');
  });

  it('asks for no compound the question already holds', () => {
    expect(analyse('which passive entry feature is affected').kind).toBeNull();
  });

  it('declines where no fact holds a compound of the noun for what is asked', () => {
    expect(ask('which feature does xen lack').answered).toBe(false);
  });
});

describe('nouns of a weak point are in the group of being affected', () => {
  it('reads "weak point" and "weak spot" as the group, not as two words', () => {
    for (const q of ['which tesla feature is the weak point', 'is the model 3 a soft spot']) {
      const terms = analyse(q).terms;
      expect(terms, q).toContain('s:affect');
      expect(terms, q).not.toContain('weak');
    }
  });
});
