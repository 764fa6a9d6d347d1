import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "I heard that AWS is ditching Xen", "I read xen is used in cars, is that true?": the asker reporting
 * a claim they came across asks whether it holds; the claim is what is searched, not set aside as
 * the asker's own context, and "is that true" asks yes or no ("true" is no word to find).
 */
describe('a claim the asker heard or read', () => {
  it.each([
    ['i heard that amazon is ditching xen', 'custom cut of KVM'],
    ["i've read that xen is used in cars, is that in the article", 'automotive'],
    ['i read somewhere that xen is pitched at cars now, is that true?', 'automotive'],
  ])('answers "%s" from the claim', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('does not answer "is that true" with the quote that holds "true"', () => {
    const reply = answerQuestion(story, 'I heard AWS is leaving Xen. Is that true?');
    expect(reply.answer).not.toContain('what is true and what isn’t');
  });
});
