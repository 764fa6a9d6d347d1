import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('phrasal verbs of replying ("come back to", "write back")', () => {
  it('reads "come back to" as replying, not "back" as funding', () => {
    for (const q of ['did amazon ever come back to the register', 'has aws come back to the reg with a comment yet']) {
      const reply = ask(q);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('unanswered');
      expect(reply.answer).not.toContain('stop investing');
    }
  });

  it('answers whoever did come back', () => {
    const xen = ask('did the xen project ever come back to the register');
    expect(xen.answered).toBe(true);
    expect(xen.answer).toContain('sent us the following');
  });
});

/**
 * "The Linux Foundation … sent *us* the following": the article's own voice names the publication, so
 * the sentence concerns The Register as "who sent The Register …" asks.
 */
describe('the writer named by its own voice', () => {
  it.each(['Who sent The Register the statement on behalf of the Xen Project?', 'who sent the register a statement'])(
    '"%s" is answered by the sentence saying who sent "us" the statement',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('The Linux Foundation, which speaks for the Project, sent us the following');
    },
  );
});
