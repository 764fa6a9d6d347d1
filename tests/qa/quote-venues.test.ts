import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('a question naming the document a quote appeared in', () => {
  it('is answered first by the quote from that document, not by a fact mentioning it', () => {
    for (const q of [
      "how did amazon's older posts refer to the upcoming hypervisor",
      "what name did aws's previous posts give the new hypervisor",
    ]) {
      const reply = ask(q);
      expect(reply.answered).toBe(true);
      expect(reply.answer.startsWith("Amazon Web Services, in AWS's previous posts")).toBe(true);
      expect(reply.answer).toContain('EC2 hypervisor');
    }
  });

  it('leaves a question about the contradiction to the fact saying it', () => {
    const reply = ask("is the techtarget statement at odds with what aws's earlier posts said");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('contradict');
  });
});
