import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "what's the title of this": the article's own headline, not someone's job title. */
describe('the title of "this"', () => {
  it.each(['whats the title of this', 'what is the heading of this one lol', "what's the title of it"])(
    'answers "%s" with the headline',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('The headline is “Xen Project');
    },
  );

  it('still reads a job title asked of someone', () => {
    expect(answerQuestion(story, "what's cottingham's title").answer).toContain('director');
  });
});

/** "what's the title", "gimme the title": a title asked of nobody is the article's headline. */
describe('a title asked of nobody', () => {
  it.each(["what's the title", 'gimme the title'])('answers "%s" with the headline', (question) => {
    expect(answerQuestion(story, question).answer).toContain('The headline is “Xen Project');
  });

  it('leaves a title asked of someone by a pronoun to them', () => {
    expect(answerQuestion(story, "what's his title").answer).not.toContain('The headline is');
  });
});
