import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { withoutPartSizes } from '../../src/qa/page-places.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);

/** "the update *section*", "the footer *bit*": a noun for a part of a text after the name of one of the page's parts. */
describe('a part noun after the name of a part of the page', () => {
  it('names that part again and is not searched', () => {
    expect(analyseQuestion(index, 'when is the update section dated').terms).toEqual(['i:update']);
    expect(analyseQuestion(index, 'what does the standfirst part say').terms).toEqual(['i:standfirst']);
  });

  it('is searched where no part of the page comes before it', () => {
    expect(analyseQuestion(index, 'which section talks about cars').terms).toContain('section');
  });

  it('lets the part be answered', () => {
    const update = answerQuestion(story, 'which day is on the UPDATE section');
    expect(update.answered).toBe(true);
    expect(update.answer).toContain('November 24, 2017');
    const footer = answerQuestion(story, 'what does the footer part at the bottom say');
    expect(footer.answered).toBe(true);
    expect(footer.answer).toContain('Biting the hand that feeds IT');
  });
});

/** "the Register's update": the page's parts are the publication's, the update among them. */
describe('the update named as the publication’s', () => {
  it('is the part of the page asked about', () => {
    const reply = answerQuestion(story, "what did the register's update report");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('The story was updated on November 24, 2017');
  });
});

/** "the *small* line under the *big* title": a size before a part of the page describes it, and names no other part. */
describe('an adjective of size before a part of the page', () => {
  it('is not searched, so the part is found as without it', () => {
    const reply = answerQuestion(story, 'what does the small line under the big title say');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('changes its tune');
  });

  it('stays before any other noun: "small footprint" is Bulpin’s', () => {
    expect(withoutPartSizes(index.language, ['the', 'small', 'footprint'])).toEqual(['the', 'small', 'footprint']);
    expect(withoutPartSizes(index.language, ['the', 'small', 'line'])).toEqual(['the', 'line']);
  });
});
