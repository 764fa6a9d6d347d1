import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { withCheckedMakerAsked } from '../../src/qa/checked-makers.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "who wrote the social media template" asks who made the template, not who wrote the article:
 * a verb of writing or publishing beside an item the story quotes asks for that item's maker.
 */
describe('who wrote or published an item the story quotes', () => {
  it.each(['who wrote the social media template', 'who published the template for members', 'who penned that tweet template'])(
    'answers "%s" with the item’s maker',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('Linux Foundation');
      expect(reply.answer).not.toContain('byline');
    },
  );

  it.each(['who put out the social media template', 'who circulated the tweet template', 'who sent out that template'])(
    'answers "%s" with the item’s maker, whatever verb it was made with',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toMatch(/^Linux Foundation template/);
    },
  );

  it('still answers who runs something by their title', () => {
    expect(answerQuestion(story, 'who runs XenServer product management').answer).toContain('David Cottingham');
  });

  it('still answers who wrote or published the article itself', () => {
    expect(answerQuestion(story, 'who wrote this article').answer).toContain('no byline');
    expect(answerQuestion(story, 'who published the story').answer).toContain('The Register published');
  });
});

/**
 * "was the template written by AWS": a yes/no question putting a maker to an item asks who made it;
 * the maker the story gives answers, right or wrong as the one put was.
 */
describe('a maker put to an item in a yes/no question', () => {
  it.each([
    ['was the social media template written by aws', 'who was the social media template written by'],
    ['Was the template put out by the Linux Foundation?', 'who Was the template put out by?'],
  ])('reads "%s" as "%s"', (question, asked) => {
    expect(withCheckedMakerAsked(getIndex(story).language, question)).toBe(asked);
  });

  it.each(['is the linux foundation the one that speaks for the xen project', 'was aws asked by the register'])(
    'leaves "%s": no verb of making before the agent',
    (question) => {
      expect(withCheckedMakerAsked(getIndex(story).language, question)).toBe(question);
    },
  );

  it.each(['was the social media template written by aws', 'was the social media template written by the linux foundation'])(
    'answers "%s" with the maker the story gives',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toMatch(/^Linux Foundation template/);
    },
  );
});

describe('the outlet that wrote the story', () => {
  it('is the publication, where a person who wrote it is the missing byline', () => {
    const outlet = answerQuestion(story, 'which outlet wrote up this story');
    expect(outlet.answered).toBe(true);
    expect(outlet.answer).toContain('The Register published the story');
    expect(answerQuestion(story, 'who wrote this piece').answer).toContain('no byline');
  });
});
