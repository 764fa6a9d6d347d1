import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const shipped = getIndex(story);

describe('a word with a viewpoint suffix ("customer-wise")', () => {
  it('means the word itself; the suffix is not searched', () => {
    expect(analyseQuestion(shipped, 'how is citrix faring customer-wise').terms).toEqual(
      analyseQuestion(shipped, 'how is citrix faring as regards customers').terms,
    );
  });

  it('lets the question be answered as without the suffix', () => {
    const reply = answerQuestion(story, "what's oracle up to hypervisor-wise, per gartner");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('KVM');
  });

  it('needs the hyphen: a word merely ending in "wise" is left as it is', () => {
    expect('likewise, is it clockwise or price-wise'.replace(shipped.language.aspectSuffixPattern ?? /$^/, '')).toBe(
      'likewise, is it clockwise or price',
    );
  });
});
