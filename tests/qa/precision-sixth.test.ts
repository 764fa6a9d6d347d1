import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('a "when" question about the article itself asks when it was published', () => {
  it('reads a phrasal verb of appearing, with or without an adverb of order, as publication', () => {
    expect(analyse('when did this piece originally go out').terms).toEqual(['i:published']);
    expect(analyse('when did the writeup go up').terms).toEqual(['i:published']);
  });

  it('answers with the article date, not with a date of the reporting it tells of', () => {
    const answer = ask('so when did this post first go up?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('November 22, 2017');
    expect(answer.answer).not.toContain('12 days');
  });

  it('leaves alone a question about something else in the article, or about an earlier story', () => {
    expect(analyse('when did this story say the board call was').terms).not.toEqual(['i:published']);
    expect(analyse('when did the first story go up').terms).not.toEqual(['i:published']);
  });
});
