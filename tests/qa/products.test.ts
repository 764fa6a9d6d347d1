import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('"which <organisation> products" asks for a product the story names', () => {
  it('reads a product line, range or family as products, narrowed by the organisation', () => {
    const question = analyse('which citrix product ranges are mentioned');
    expect(question.kind?.term).toBe('s:product');
    expect(question.kind?.qualifiers).toEqual(['e:citrix']);
  });

  it('answers with the fact naming the products, not one merely using the word "product"', () => {
    const answer = ask('users of which citrix product families sent no queries over the amazon headlines');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('XenDesktop');
  });

  it('finds a product named in several words', () => {
    const answer = ask('which google product is the new service');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Assured Open Source Software');
  });
});
