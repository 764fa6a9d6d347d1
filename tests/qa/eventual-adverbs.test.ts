import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);

describe('an adverbial of eventual time in a question', () => {
  it('weighs as background: it says when in a sequence, not what', () => {
    expect(analyseQuestion(shipped, 'what did the linux foundation ultimately say').background.size).toBeGreaterThan(0);
    const reply = ask('what did the linux foundation ultimately say');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('active member');
    const end = ask('what did gartner say in the end');
    expect(end.answered).toBe(true);
    expect(end.answer).toContain('Warrilow');
  });

  it('answers what was said to an outlet, though the quote never says "eventually"', () => {
    const answer = ask('what did amazon say to techtarget ultimately');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('best virtualization technology');
  });

  it('leaves an off-topic question declined', () => {
    expect(ask('who bought citrix in the end').answered).toBe(false);
    expect(ask('what did aws ultimately pay for xen').answered).toBe(false);
  });
});

/** "for the next while", "down the road": the language's phrases of a near and a far time read as the story's "near term" and "eventually". */
describe('phrases of a near and an eventual time', () => {
  it.each([
    'for the next while, will some new instance types still use xen',
    'in the meantime do some new instance types stay on xen',
  ])('answers "%s" with the near-term plan', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('in the near term, some new instance types will use Xen');
  });

  it('answers "down the road" with the eventual plan', () => {
    const reply = ask('what hypervisor will new instance types use down the road');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('eventually all new instance types will use the new EC2 hypervisor');
  });
});
