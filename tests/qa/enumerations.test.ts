import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "which companies does the story mention": the whole of a kind the story names, as a list read off
 * the story's data, what its body names first and what only its related-story teasers name after.
 */
describe('listing everything of a kind the story names', () => {
  it('lists the organisations, the main story’s apart from the teasers’', () => {
    const reply = answerQuestion(story, 'which companies does the story mention');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/^The story names 8 organisations: AWS, .*Citrix.*Oracle\./);
    expect(reply.answer).toMatch(/teasers name NCC Group, .*Rocket Lab, and NASA\.$/);
  });

  it('lists the members of a kind the lexicons give, as the text writes them', () => {
    expect(answerQuestion(story, 'list every hypervisor named in the piece').answer).toBe(
      'The story names 2 hypervisors: KVM and Xen.',
    );
  });

  it('counts them for "how many … does the article mention"', () => {
    expect(answerQuestion(story, 'how many hypervisors does the article mention').answer).toBe(
      'The story names 2 hypervisors: KVM and Xen.',
    );
  });

  it.each([
    ['name every news outlet mentioned', 'news outlets'],
    ['which news sites does the story mention', 'news sites'],
  ])('lists the publications among the organisations for "%s"', (question, noun) => {
    expect(answerQuestion(story, question).answer).toBe(`The story names 2 ${noun}: The Register and TechTarget.`);
  });

  it('says when only the teasers name any', () => {
    expect(answerQuestion(story, 'what programming languages get mentioned').answer).toBe(
      'Only the related-story teasers name programming languages: Java and Python.',
    );
  });

  it('cites the paragraphs that first name each', () => {
    const paragraphs = answerQuestion(story, 'name all the firms cited').sources.map((s) => s.paragraph);
    expect(paragraphs).toContain(story.paragraphs[0]?.id);
    expect(paragraphs.length).toBeGreaterThan(5);
  });

  it.each([
    'which companies mentioned in the story use kvm',
    'is kvm mentioned',
    'which company did warrilow mention',
    'in which publication did this article appear',
  ])('leaves "%s", which asks more than the list, to the facts', (question) => {
    expect(answerQuestion(story, question).answer).not.toMatch(/^The story names/);
  });
});
