import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { type Cue, cuesThatMayMatch, matchCueAt } from '../../src/qa/language.js';
import { loadStory } from '../../src/story/load.js';

const { language } = getIndex(loadStory());
const lists: [string, readonly Pick<Cue, 'before' | 'after'>[]][] = [
  ['question-type cues', language.typeCues],
  ['answer-type cues', language.answerCues],
];

describe('the cues tried for a question', () => {
  for (const [name, cues] of lists) {
    // Questions made of the cues' own words (and a few others), so that many cues match somewhere.
    const vocabulary = [...new Set(cues.flatMap((cue) => [...cue.before, ...(cue.after ?? [])])), 'xen', 'aws', 'kvm', 'the'];
    const words = fc.array(fc.constantFrom(...vocabulary), { maxLength: 14 });

    it(`are every one of the ${name} that matches, in the lexicon's order`, () => {
      fc.assert(
        fc.property(words, (question) => {
          const matching = cues.filter((cue) => matchCueAt(cue, question) !== null);
          const tried = cuesThatMayMatch(cues, question);
          expect(tried.filter((cue) => matchCueAt(cue, question) !== null)).toEqual(matching);
          expect(tried.map((cue) => cues.indexOf(cue))).toEqual([...tried.map((cue) => cues.indexOf(cue))].sort((a, b) => a - b));
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('leave out cues whose words the question lacks', () => {
    const tried = cuesThatMayMatch(language.typeCues, ['what', 'did', 'warrilow', 'say']);
    expect(tried.length).toBeGreaterThan(0);
    expect(tried.length).toBeLessThan(language.typeCues.length / 4);
    expect(cuesThatMayMatch(language.typeCues, [])).toEqual([]);
  });
});
