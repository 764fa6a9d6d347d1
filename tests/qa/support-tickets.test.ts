import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "support tickets" are customers' queries, as "enquiries" and "complaints" are. */
describe('support tickets as queries', () => {
  it.each([
    'did citrix get any support tickets from customers about the aws news',
    'have xenapp customers been opening tickets with citrix about aws',
  ])('answers "%s" with Citrix having had no queries', (question) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('no queries');
  });
});
