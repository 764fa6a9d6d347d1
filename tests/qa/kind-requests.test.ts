import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "name the outlet AWS talked to" asks what "which outlet did AWS talk to" asks. */
describe('a request for one of a kind', () => {
  it.each([
    ['name the outlet aws talked to', 'TechTarget'],
    ['could you name the outlet aws talked to', 'TechTarget'],
    ['name the company google is partnering with', 'Snyk'],
    ['tell me the outlet aws talked to about its hypervisor plans', 'TechTarget'],
    ['pls identify the publication aws commented to', 'TechTarget'],
  ])('answers "%s" with the one of that kind', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('answers the request as it answers the "which" question', () => {
    expect(answerQuestion(story, 'name the outlet aws talked to').answer).toBe(
      answerQuestion(story, 'which outlet did aws talk to').answer,
    );
  });

  it('reads the request only when it opens the question and an article follows it', () => {
    expect(answerQuestion(story, 'tell me the weather').answered).toBe(false);
    expect(answerQuestion(story, 'name the best pizza place in seattle').answered).toBe(false);
  });
});
