import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe("a page part of another outlet's article is not this article's", () => {
  it("declines the headline of an article an outlet other than the story's publication ran", () => {
    const answer = ask('what was the headline of the techtarget article quoting amazon');
    expect(answer.answered).toBe(false);
    expect(answer.answer).not.toContain('The headline is');
  });

  it('declines however the question words it, with what the other article was about', () => {
    const answer = ask("headline of the techtarget story on aws's hypervisor strategy?");
    expect(answer.answered).toBe(false);
  });

  it('still answers for this article and for a related story about an organisation that is no outlet', () => {
    expect(ask("what's this article's headline").answer).toContain('The headline is');
    expect(ask("what's the headline of the google article").answer).toContain('Google assuring open-source code');
  });
});
