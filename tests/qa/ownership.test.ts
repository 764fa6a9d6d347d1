import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('"who owns X" asks for an owner, not about X', () => {
  it('reads the verb "owns" after a question word as ownership, though the adjective "own" is a stopword', () => {
    expect(analyse('who owns the gartner firm').terms).toContain('s:owner');
    expect(analyse('which company owns citrix').terms).toContain('s:owner');
    expect(analyse('what did cottingham say about aws building its own chips').terms).not.toContain('s:owner');
  });

  it("declines rather than answering with the organisation's profile", () => {
    for (const q of ['who owns ncc group', 'who owned snyk back then']) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(false);
    }
  });
});
