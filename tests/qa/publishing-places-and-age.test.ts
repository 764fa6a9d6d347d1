import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const published = 'November 22, 2017';

describe('where the article was published does not stop a question asking when', () => {
  it.each([
    'when was this first posted on the website',
    'what day did this land on the register’s site',
    'when did el reg originally put this up',
    'when did this story go live on the reg',
  ])('%s → the publication date', (q) => {
    const answer = ask(q);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain(published);
  });

  it('needs a word of publishing: a site alone is no place of publishing', () => {
    expect(ask('when did the reg talk to aws').answer).not.toContain(published);
  });
});

describe('an adjective of age about the article asks its date, not only in a "when" question', () => {
  it.each([
    'is this story old',
    'is this article outdated',
    'how old is this piece',
    'how recent is this article',
    'is it current',
  ])('%s → the publication date', (q) => {
    const answer = ask(q);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain(published);
  });

  it.each(['what is new in this story', 'is xen old', 'is the story about new instance types'])(
    '%s is not about the date',
    (q) => {
      expect(ask(q).answer).not.toContain(published);
    },
  );
});
