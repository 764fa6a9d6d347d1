import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "how many queries did Citrix get": "Citrix has had no queries …" counts them, none. A negation
 * just before the noun counted gives a count, as a number before it does.
 */
describe('a count of none', () => {
  it.each([
    ['how many queries did citrix get from customers', 'no queries'],
    ['how many benchmarks show kvm beating xen', 'no benchmark'],
  ])('answers "%s" with the fact saying there were none', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('still gives no count of what no fact counts, with or without a negation near it', () => {
    const reply = answerQuestion(story, 'how many instance types does aws offer');
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer).toMatch(/^The story doesn't give a number/);
  });
});

/**
 * "how many Citrix products had no queries": "XenDesktop, XenApp or XenMobile" counts them by listing
 * them. A list is names of the kind counted side by side or joined by "and" / "or" in one stretch of text.
 */
describe('a count given by a list', () => {
  it.each([
    ['How many Citrix products did Cottingham say had no customer queries, and which?', 'XenDesktop, XenApp or XenMobile'],
    ['how many companies did warrilow say kept xen viable', 'Oracle and Amazon'],
  ])('answers "%s" with the fact listing them', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('does not count names that merely stand near each other', () => {
    expect(answerQuestion(story, 'how many companies sit on the xen advisory board').answered).toBe(false);
  });
});
