import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "when was the TechTarget bit tacked on": when something was added to the story is when it was updated. */
describe('when something was added to the story', () => {
  it.each([
    'when did the register add the techtarget part',
    'when was the aws techtarget comment tacked on?',
    'when did they append the techtarget stuff to the piece',
  ])('answers "%s" with the update’s date', (question) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('The story was updated on November 24, 2017');
  });

  it('still says the story does not date what AWS told TechTarget', () => {
    const reply = answerQuestion(story, 'when did aws talk to techtarget');
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer).toContain('November 24, 2017');
  });
});
