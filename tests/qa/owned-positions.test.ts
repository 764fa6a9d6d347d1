import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('the article’s, the writer’s or the publication’s own ending is a place in the article', () => {
  it.each([
    'any bright side for xen in the register’s conclusion',
    'what is the article’s conclusion',
    'how does the author’s conclusion see xen’s prospects',
    'whats el reg’s conclusion',
  ])('%s → the closing paragraph', (q) => {
    const answer = ask(q);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('long and happy future');
  });

  it('leaves a person’s conclusion to the person', () => {
    expect(ask('what is warrilow’s conclusion').answer).not.toContain('long and happy future');
  });
});
