import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

/**
 * "saved", "kept copies" for the story's "preserved"; "a 180", "flip flopped" for its "contradiction":
 * everyday words the language lexicon and the topic file group with the story's own.
 */
describe('everyday words for the story’s own', () => {
  it.each([
    'r the aws docs they quoted saved anywhere or did they vanish',
    'did the newspaper keep copies of the amazon papers they wrote about',
    'were the aws documents archived',
  ])('"%s" → the copies preserved for posterity', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('preserved copies of them for posterity');
  });

  it.each(['isnt that a total 180 from their earlier posts', 'did aws do an about-face on its earlier posts'])(
    '"%s" → the contradiction the update reports',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('contradiction of its earlier posts');
    },
  );
});

describe('chat words and set phrases for the story’s own', () => {
  it('reads "pwned" as the hack the teaser reports', () => {
    const reply = ask('which tesla feature gets pwned');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('passive entry feature');
  });

  it('reads "the verbatim wording" as asking for the words themselves, not searching it', () => {
    const reply = ask("What is the verbatim wording of Amazon's statement to TechTarget?");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Amazon Web Services, to TechTarget');
  });
});

describe('a promo post and its bitly link', () => {
  it('reads "promo post" as the template and "bitly" as its short link', () => {
    const reply = ask('wats the bitly link in the xen promo post');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('http://bit.ly/2mPf0Wf');
  });
});
