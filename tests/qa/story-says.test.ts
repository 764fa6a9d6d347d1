import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "what does the article say about Oracle" asks what the story says about Oracle, whoever in it
 * says it; "what does the writer say about …" asks for the writer's own view.
 */
describe('what the article says about something', () => {
  it.each([
    ['what does the article say about oracle', 'Oracle'],
    ['what does this story say about citrix', 'Citrix'],
    ['what does the piece say about techtarget', 'TechTarget'],
  ])('answers "%s" from anyone in the story', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it("keeps the writer's view for the writer", () => {
    expect(answerQuestion(story, "what does the writer say about xen's future").answer).toContain('the future looks grim');
  });

  it('still declines what the story never mentions', () => {
    expect(answerQuestion(story, 'what does the article say about vmware').answered).toBe(false);
    expect(answerQuestion(story, 'what does the story say about the weather').answered).toBe(false);
  });
});
