import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('the article asked after by a verb of publishing or an adjective of age', () => {
  it('reads a colloquial verb of publishing with the article as subject as asking its date', () => {
    for (const q of ['when did this drop', 'what day did this land', 'when was this written up', 'when did this article hit'])
      expect(analyse(q).terms, q).toEqual(['i:published']);
  });

  it('reads a bare "this" or "it" as the article only beside a word of publishing', () => {
    expect(analyse('what date did it go up').terms).toEqual(['i:published']);
    expect(analyse('when did this happen').terms).not.toContain('i:published');
  });

  it('answers with the publication date and its year', () => {
    for (const q of ['when did this go up', 'what year is this piece from, is it old', 'how old is this article']) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.answer, q).toContain('November 22, 2017');
    }
  });

  it('keeps a question naming something else about that thing', () => {
    expect(analyse('when did it drop xen').terms).not.toContain('i:published');
    expect(ask('when did it land on the moon').answered).toBe(false);
  });

  it('reads "is this from" as a word of dating the article', () => {
    for (const q of ['when is this from', 'what year is this from', 'wat yr is this from']) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.answer, q).toContain('November 22, 2017');
    }
    expect(analyse('when is the gartner quote from').terms).not.toContain('i:published');
  });
});

describe('the publication asked of "this"', () => {
  it.each(['what newspaper or website is this from', 'what newspaper is this from'])('answers "%s" with the publication', (q) => {
    const answer = ask(q);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('The Register published the story');
  });
});
