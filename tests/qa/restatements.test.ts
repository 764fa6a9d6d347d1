import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const shipped = getIndex(story);

/**
 * "the standfirst, i.e. the line under the headline": a restatement names again what was just named;
 * read as more things asked for, its words would sink the answer.
 */
describe('a restatement after a comma or in brackets', () => {
  it.each([
    ['what is the standfirst, i.e. the line under the headline', 'AWS changes its tune'],
    ["what's the standfirst, in other words the sentence below the title", 'AWS changes its tune'],
    ['who is cottingham (i.e. the citrix guy)', "Citrix's director for XenServer"],
  ])('answers "%s" as if it were not there', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('leaves "that is" with no comma before it alone: it opens a relative clause, whose words are asked', () => {
    expect(analyseQuestion(shipped, 'what is the hypervisor that is replacing xen').terms).toContain('s:replac');
    expect(analyseQuestion(shipped, 'what is the hypervisor, that is, the one replacing xen').terms).not.toContain('s:replac');
  });
});
