import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe('a name closing a parenthesis before a noun names a thing of its kind', () => {
  it('reads "Bluetooth Low Energy (BLE) signals" as naming signals', () => {
    const kind = analyseQuestion(index, 'what sort of signals do the ncc gadgets pass on').kind;
    expect(kind?.members).toEqual(['@named']);
    const named = kind?.named;
    const ble = index.facts.find((f) =>
      f.answer.startsWith('Researchers at NCC Group relayed Bluetooth Low Energy (BLE) signals'),
    );
    const gadgets = index.facts.find((f) => f.answer.startsWith('The phone-side gadget relays signals'));
    expect(ble && named?.(ble)).toBe(true);
    expect(gadgets && named?.(gadgets)).toBe(false);
  });

  it('answers "what kind of signals" with the fact naming them', () => {
    for (const q of [
      'what type of signals does ncc relay to the car',
      'what sort of signals does the tesla relay trick pass along',
    ]) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(true);
      // The fact naming the signals comes first, not the gadget sentence's bare "relays signals".
      expect(answer.answer, q).toMatch(/^(?:Researchers at NCC Group relayed|Discovered and demonstrated)/);
    }
  });
});
