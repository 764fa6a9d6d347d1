import { describe, expect, it } from 'vitest';
import { withoutSetUpClauses } from '../../src/qa/asides.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe('a set-up about the asker before the question, in the same sentence', () => {
  it.each([
    [
      'ok so i only read the headline and the reg says xen is in trouble, but citrix sounds calm, so who is david cottingham?',
      'so who is david cottingham?',
    ],
    ['i got this link from a friend - what did the linux foundation say', 'what did the linux foundation say'],
    ['hey so i do ops and this worried me a bit, but when did the reg publish it?', 'but when did the reg publish it?'],
    ['i skimmed it: why does the writer think xen is doomed at aws?', 'why does the writer think xen is doomed at aws?'],
  ])('%s → %s', (message, question) => {
    expect(withoutSetUpClauses(language, message)).toBe(question);
  });

  it('answers the question after the set-up', () => {
    const answer = ask(
      'so i only skimmed this and the gartner bit scared me, but citrix seems calm, so why does the reg reckon xen is doomed at aws',
    );
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('NVMe');
  });

  it.each([
    // The question speaks of the asker: it needs the set-up.
    'i run xen on aws at work, what happens to my instances?',
    // The question names nothing and the set-up does: it points back into the set-up.
    'i saw the gartner analyst quoted, what did he say?',
    // Not about the asker.
    'aws is moving to kvm, why is that?',
    // No question opens a later clause.
    'i read it, but is xen dead?',
  ])('keeps %s whole', (message) => {
    expect(withoutSetUpClauses(language, message)).toBe(message);
  });
});
