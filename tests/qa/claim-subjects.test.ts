import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

/**
 * The story's last word on Xen says "the hypervisor"; its claim names Xen, so a question naming Xen
 * finds the Register's own view of where Xen may still have a future.
 */
describe('the Register’s closing view of Xen', () => {
  it.each(['where could xen still have a future, per the reg', 'does the register think xen has any future at all'])(
    'answers "%s" with the edge',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('at the edge');
    },
  );
});

/** "how much $ …": a question asking an amount of money wants a price, which the story never gives. */
describe('money asked by its symbol', () => {
  it('declines for want of a price, not a count the story does give', () => {
    const reply = ask('how much $ does the xen project bring in');
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer).toContain("doesn't give a price");
  });
});
