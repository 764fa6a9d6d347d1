import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "what did AWS reply to the Register's email": the story saying it went unanswered is what came back. */
describe('a reply the story says never came', () => {
  it.each([
    ["how did amazon respond to el reg's email?", 'unanswered for 12 days'],
    ['what did aws reply when the register emailed it about hypervisor strategy', 'unanswered for 12 days'],
  ])('answers "%s" with the email going unanswered', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it("still answers what AWS said with AWS's own words", () => {
    const reply = answerQuestion(story, 'what did aws say about its hypervisor strategy');
    expect(reply.answer).toMatch(/^Amazon Web Services, to TechTarget/);
  });

  it('leaves a question naming nothing that went unanswered to what was said', () => {
    const reply = answerQuestion(story, 'getting back to amazon, what did it tell techtarget');
    expect(reply.answer).toMatch(/^Amazon Web Services, to TechTarget/);
  });

  it("keeps the publication's own view of the silence its own sentences'", () => {
    const reply = answerQuestion(story, "what's el reg's take on aws's silence");
    expect(reply.answer).toContain('unanswered');
  });
});
