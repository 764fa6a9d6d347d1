import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const headline = 'Talk up embedded future';
const standfirst = 'AWS changes its tune, multi-hypervisor plan is its future';

/**
 * The headline's fact states the standfirst too; the standfirst's only says where it sits. Asked for
 * both, the fact holding both answers; asked for one, that one's fact does.
 */
describe('the headline and the standfirst asked together', () => {
  it.each([
    'what are the headline and the subtitle of this piece',
    'need the hed and the dek for the newsletter',
    'give me the headline and the strapline',
  ])('shows both for "%s"', (question) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(headline);
    expect(reply.answer).toContain(standfirst);
  });

  it.each(['what does the strapline say', 'what is the standfirst under the headline', 'what is the line just below the title'])(
    'shows the standfirst alone for "%s"',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain(standfirst);
      expect(reply.answer).not.toContain(headline);
    },
  );
});
