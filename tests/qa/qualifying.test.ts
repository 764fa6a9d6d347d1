import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "how does the Reg hedge the final-nail line": the story's own qualification of what it reports, after it. */
describe('how the story qualifies what it reports', () => {
  it.each([
    ["how does the register temper warrilow's coffin verdict", 'In the cloud and for server virtualization, at least.'],
    ['does the reg hedge the gartner line at all', 'In the cloud and for server virtualization, at least.'],
    [
      'what does el reg say in rebuttal to the citrix guy',
      'AWS did, however, say that all new future instance types will use KVM.',
    ],
  ])('answers "%s" with the qualification that follows', (question, qualification) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(`The story goes on: ${qualification}`);
  });

  it('reads "what caveat" as asking for the qualification, which the story has though it names no caveat', () => {
    const reply = answerQuestion(story, 'which caveat follows the final nail line');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('at least.');
  });

  it('cites the qualification’s paragraph beside the fact’s', () => {
    const reply = answerQuestion(story, "how does the register temper warrilow's coffin verdict");
    const qualifying = story.paragraphs.find((p) => p.text.startsWith('In the cloud and for server virtualization'));
    expect(reply.sources.map((s) => s.paragraph)).toContain(qualifying?.id);
  });

  it('does not add a qualification to a question not asking for one', () => {
    const reply = answerQuestion(story, 'what did warrilow say about xen');
    expect(reply.answer).not.toContain('The story goes on');
  });

  it('does not offer a qualified fact that holds nothing else the question asks', () => {
    const reply = answerQuestion(story, 'what limits does the tesla defense have');
    expect(reply.answer).not.toContain('The story goes on');
    expect(reply.answer).not.toMatch(/^David Cottingham/);
  });

  it('does not take how someone softens their own words for the story’s qualification', () => {
    expect(answerQuestion(story, 'how did the citrix guy soften his view').answer).not.toContain('The story goes on');
  });

  it('leaves a limit on something else alone', () => {
    const reply = answerQuestion(story, 'does the template have a character limit');
    expect(reply.answer).not.toContain('The story goes on');
  });
});
