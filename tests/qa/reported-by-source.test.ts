import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

/** "what didn't AWS say, according to Cottingham": what one party said, by another's account. */
describe('what someone said by a named source’s account', () => {
  it.each([
    'according to cottingham, what has amazon not said',
    "according to david cottingham, what hasn't amazon said",
    'what did AWS say, according to Citrix?',
  ])('is answered by the source’s own words reporting them: "%s"', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('David Cottingham (Citrix)');
    expect(reply.answer).toContain("AWS haven't said");
  });

  it('is declined where the source reports nothing they said', () => {
    expect(ask('what did aws say according to gartner').answered).toBe(false);
  });
});

/** "ok bot, settle this: …": a request to settle an argument asks nothing of the story. */
describe('a request to settle an argument', () => {
  it.each([
    ['settle a debate: who is warrilow', 'Gartner'],
    ['settle this: what did the lf say', 'The Linux Foundation, to The Register'],
    ['ok settle: which outlet did aws talk to', 'TechTarget'],
  ])('leaves the question it opens: "%s"', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});
