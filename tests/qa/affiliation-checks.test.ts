import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "is Warrilow a Forrester analyst?": a yes/no question putting one of the story's people with an
 * organisation not their own checks whom they work for; their role answers, naming the right one.
 */
describe('checking whom someone works for', () => {
  it.each([
    ['is warrilow an idc analyst?', 'Gartner'],
    ['does david cottingham work at microsoft', 'Citrix'],
    ['is schlaeger from google', 'AWS'],
    ['was bulpin with the linux foundation', 'Citrix'],
  ])('answers "%s" with their employer', (question, employer) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(employer);
  });

  it('still declines a question about a name the story never mentions that is no affiliation', () => {
    expect(answerQuestion(story, 'did warrilow mention forrester').answered).toBe(false);
    expect(answerQuestion(story, 'did cottingham talk about vmware').answered).toBe(false);
  });
});
