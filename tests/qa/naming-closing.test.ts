import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "aws new hypervisor name", "google new thing name??": a noun phrase closed by a naming word, with no
 * question word, asks for the thing's name as "what is the name of …" does: answered by a name the
 * story gives, declined with what it does say where it gives none.
 */
describe('a noun phrase closed by "name"', () => {
  it('is answered with the name the story gives', () => {
    const answer = answerQuestion(story, 'google new service name??');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Assured Open Source Software');
  });

  it('is declined, saying so, where the story names nothing', () => {
    const answer = answerQuestion(story, 'aws new hypervisor name');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toMatch(/doesn't name the new hypervisor/);
  });

  it('leaves a person asked for by a full name to the questions about people', () => {
    const answer = answerQuestion(story, "gartner analyst's full name?");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Michael Warrilow');
  });
});

describe('a naming verb closing a what-question', () => {
  it('is not searched: "called" asks for the name, not about the Board’s call', () => {
    const index = getIndex(story);
    for (const q of ["what is google's new service called", 'whats the rocket lab pad in virginia called'])
      expect(analyseQuestion(index, q).terms).not.toContain('s:call');
    expect(analyseQuestion(index, 'who called the advisory board meeting').terms).toContain('s:call');
  });
});
