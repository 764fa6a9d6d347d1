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
