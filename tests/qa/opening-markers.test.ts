import { describe, expect, it } from 'vitest';
import { withoutOpeningMarkers } from '../../src/qa/asides.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);

/** "sorry, whats nasa's role": words of talk opening a message ask nothing. */
describe('words of talk opening a message', () => {
  it('drops them before a comma or before the question itself', () => {
    expect(withoutOpeningMarkers(language, 'sorry, whats nasa doing here')).toBe('whats nasa doing here');
    expect(withoutOpeningMarkers(language, 'right ok who is snyk')).toBe('who is snyk');
  });

  it('keeps them where no question follows: "right to repair" is no talk', () => {
    expect(withoutOpeningMarkers(language, 'right to repair and xen')).toBe('right to repair and xen');
  });

  it('answers once they are gone', () => {
    const reply = answerQuestion(story, 'sorry, whats snyk?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('security shop');
  });
});
