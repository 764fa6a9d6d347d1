import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "could you kindly share the standfirst": an opening that addresses the bot (or is polite), then a
 * verb of handing over, asks for the verb's object. Neither the verb nor "could you" is asked about.
 */
describe('a request opening with a verb of handing over', () => {
  it.each([
    ['could you kindly share the standfirst', 'AWS changes its tune'],
    ['can u send me the link to the story', 'https://www.theregister.com/2017/11/22/'],
    ['would you paste the social media template', '#cloud and #server vendors'],
    ['kindly provide the standfirst', 'multi-hypervisor plan is its future'],
  ])('answers "%s" with what it asks for', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('leaves a request that wraps a yes/no question asking yes or no', () => {
    const reply = answerQuestion(story, 'can you tell me if xen is dead');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('net-new');
  });

  it('leaves "give me the …" asking for one of a kind: the template members share, not both templates', () => {
    const reply = answerQuestion(story, 'could you give me the tweet template');
    expect(reply.answer).toContain('#cloud and #server vendors');
    expect(reply.answer).not.toContain('Opening line');
  });

  it('reads a verb of handing over that no request opens as a word of the question', () => {
    const reply = answerQuestion(story, 'did aws give the register an interview');
    expect(reply.answer).toContain('unanswered for 12 days');
  });

  it.each(['compare what citrix and gartner said', 'tell me what gartner and citrix said'])(
    'reads the question "%s" wraps, asked of each name joined by "and"',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('Michael Warrilow (Gartner)');
      expect(reply.answer).toContain('David Cottingham (Citrix)');
    },
  );
});

/** "write down the headline", "read out the template": a verb of writing or reading out, with its particle. */
describe('a request to write, copy or read something out', () => {
  it.each([
    ['write down the standfirst for me', 'AWS changes its tune'],
    ['pls copy the social media template', '#cloud and #server vendors'],
    ['read out the headline', 'Talk up embedded future'],
    ['could you repeat the headline', 'Talk up embedded future'],
  ])('answers "%s" with what it asks for', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});
