import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const shipped = getIndex(story);

/**
 * "how many *Citrix* people are quoted": a name before the noun after "how many" says whose; the noun
 * is what is counted, and a fact counting it ("two of its people are quoted") answers.
 */
describe('a count of something a name owns', () => {
  it('counts the noun, not the name before it', () => {
    expect(analyseQuestion(shipped, 'how many citrix people got quoted').counted).toBe(
      analyseQuestion(shipped, 'how many people got quoted').counted,
    );
  });

  it('answers with the fact that counts them', () => {
    const reply = answerQuestion(story, 'how many citrix people does the story quote');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('two of its people are quoted');
  });

  it('still counts the name where nothing follows it but the verb', () => {
    expect(analyseQuestion(shipped, 'how many citrix are there').counted).toBe('citrix');
  });
});
