import { describe, expect, it } from 'vitest';
import { withoutLeadingContext } from '../../src/qa/asides.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);

/**
 * "there was a call in November where someone from Amazon spoke about the Reg's reporting, who
 * addressed the call for AWS?": clauses retelling what the asker knows, then a whole question.
 */
describe('clauses retelling the story before a question of its own', () => {
  it('asks the last clause alone', () => {
    expect(
      withoutLeadingContext(
        language,
        'so the reg ran a piece about amazon moving off xen and my team lead sent it round, which analyst firm was quoted in it?',
      ),
    ).toBe('which analyst firm was quoted in it?');
  });

  it('keeps the message whole where the last clause points back into it', () => {
    const message = 'my mate says some gartner analyst called it the end for xen on amazon, who was that guy exactly?';
    expect(withoutLeadingContext(language, message)).toBe(message);
  });

  it('keeps a framing opening, short or opening with a preposition, which says where to look', () => {
    const message = 'per the board minutes, was aws planning upstream kvm or their own build?';
    expect(withoutLeadingContext(language, message)).toBe(message);
    const located = 'going by the closing paragraph of the main story about xen, where does the hypervisor still have a future';
    expect(withoutLeadingContext(language, located)).toBe(located);
  });

  it('answers the question the retelling leads to', () => {
    const reply = answerQuestion(
      story,
      "there was some advisory board meeting in november with a guy dialling in from amazon about the reg's reporting, and i forget the details, who addressed the call for aws?",
    );
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Schlaeger');
  });
});
