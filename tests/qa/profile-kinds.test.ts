import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('a profile is no answer to "which <kind>" when it names none of that kind', () => {
  it.each([
    'which gartner report is this from',
    'which gartner report is the final nail line taken from',
    'which citrix memo is this',
  ])('%s → declined, with what the story does say', (q) => {
    const answer = ask(q);
    expect(answer.answered).toBe(false);
    expect(answer.answer).not.toContain('The analyst firm whose');
  });

  it('still answers a name-only question with the profile', () => {
    const answer = ask('which company is warrilow at');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Gartner');
  });
});
