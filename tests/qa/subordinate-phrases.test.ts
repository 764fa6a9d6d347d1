import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);

describe('a clause opened by a subordinator of several words', () => {
  it('weighs as background ("as far as the media is concerned")', () => {
    const question = analyseQuestion(shipped, 'which org talks on behalf of the Xen Project, as far as the media is concerned?');
    expect([...question.background].length).toBeGreaterThan(0);
    const reply = ask('which org talks on behalf of the Xen Project, as far as the media is concerned?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Linux Foundation');
  });

  it('leaves an off-topic question declined', () => {
    expect(ask('who is the CEO of Citrix, as far as investors are concerned?').answered).toBe(false);
  });
});
