import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { tuning } from '../../src/qa/tuning.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

const askersStory =
  'So I have been running a mixed fleet on EC2 for about four years, mostly older stuff on Xen, and my manager saw a ' +
  'headline about AWS ditching Xen and now wants a migration risk doc by Friday. I read the piece but honestly skimmed ' +
  'most of it because I was on call all week. Anyway, the bit I need for the doc:';

/**
 * A message longer than `tuning.maxQuestionLength` is cut, so one long paste costs no more than a
 * question; where the question ends it, the sentences that end it are kept, not its opening.
 */
describe('a message longer than a question may be', () => {
  it('keeps the question that ends a long story of the asker', () => {
    const message = `${askersStory} who from AWS actually spoke on the advisory board call?`;
    expect(message.length).toBeGreaterThan(tuning.maxQuestionLength);
    const answer = answerQuestion(story, message);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Schlaeger');
  });

  it('keeps the opening where the question opens the message', () => {
    const message = `who from AWS spoke on the advisory board call? ${'I need it for the risk doc my manager wants by Friday. '.repeat(6)}`;
    expect(message.length).toBeGreaterThan(tuning.maxQuestionLength);
    const answer = answerQuestion(story, message);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Schlaeger');
  });
});
