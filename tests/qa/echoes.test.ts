import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);

describe('a phrase the question quotes from the article', () => {
  it('is read apart from apostrophes, in straight, curly or single quotes standing apart', () => {
    expect([...analyseQuestion(shipped, 'what did they mean by “what is true and what isn’t”').echoed]).toEqual(['tru']);
    expect(analyseQuestion(shipped, "what was 'net-new' about it").echoed.size).toBeGreaterThan(0);
    expect(analyseQuestion(shipped, "what's aws's plan").echoed.size).toBe(0);
  });

  it('is not answered by a quote that only gives the phrase back: the sentence holding it answers', () => {
    const reply = ask('schlaeger told the board "what is true and what isnt", true about what?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('in our story');
  });

  it('is answered by the quote itself when the question asks who said it', () => {
    const reply = ask('who said "what is true and what isnt"');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Chris Schlaeger');
  });

  it('declines with the sentence using it as a partial answer when the question asks what the phrase is', () => {
    const reply = ask('what are "unequivocal statements" in this story');
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer).toContain('“unequivocal statements”');
    expect(reply.partial?.answer).toContain('What it does say');
    expect(analyseQuestion(shipped, 'what does the "final nail" line mean').asksEchoed).toBe(false);
    expect(analyseQuestion(shipped, "what does 'net-new' mean").asksEchoed).toBe(true);
  });

  it('shows the phrase back by its words only', () => {
    const reply = ask('what are the "**unequivocal** statements"');
    expect(reply.partial?.answer).toContain('“unequivocal statements”');
  });
});
