import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe('"which specific X and Y <noun>": modifiers joined before the kind noun', () => {
  it('reads the kind noun through the joined modifiers', () => {
    const kind = analyseQuestion(index, 'which specific python and java packages does google vet first').kind;
    expect(kind?.noun).toBe('python and java packages');
    expect(kind?.members).toEqual(['@named']);
    expect(analyseQuestion(index, 'which exact java or python packages does assured oss list').kind?.members).toEqual(['@named']);
  });

  it('declines with what the story does say when it names no member', () => {
    for (const q of [
      'which specific python and java packages does google vet first',
      'what exact java or python packages does assured oss list',
    ]) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(false);
      expect(answer.partial?.answer, q).toContain('Java and Python packages');
    }
  });
});
