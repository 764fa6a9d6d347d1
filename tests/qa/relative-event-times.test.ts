import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * An event of the timeline placed only against another ("Before the November call", "After the
 * report") has no date of its own: "when did the Register publish its first story" is declined with
 * what the story does say, not answered with the month of the call it came before.
 */
describe('events placed only against another event', () => {
  it.each([
    'When did The Register publish its first story on AWS’s KVM plan?',
    'what date did the reg first report on the aws documents',
  ])('decline "%s", saying what the story gives instead', (question) => {
    const answer = answerQuestion(story, question);
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toMatch(/first story/);
  });

  it('still answer with an event that has a date of its own', () => {
    const answer = answerQuestion(story, 'when did the november board call happen');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('November 2017');
  });
});
