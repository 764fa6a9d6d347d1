import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const quoteFact = (text: string) => {
  const fact = getIndex(story).facts.find((f) => f.kind === 'quote' && f.answer.includes(text));
  if (!fact) throw new Error(`no quote holding ${text}`);
  return fact;
};

describe('the writer’s own reasoning, apart from the quotes it was told', () => {
  it('does not take a verb of thinking inside a quotation as said by the name before the quotation mark', () => {
    const nail = quoteFact('final nail');
    expect(nail.features.has('@reported:the-register')).toBe(false);
    // A verb of saying inside the quotation still reports the name inside it.
    expect(quoteFact('stop investing').features.has('@reported:aws')).toBe(true);
  });

  it('answers why the writer thinks so from the writer’s reasoning, not from the analyst told', () => {
    const answer = ask('why does the writer believe xen is finished at aws');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('NVMe');
    expect(answer.answer).not.toContain('final nail');
  });

  it('carries the writer’s qualification past a source agreeing and their quotes', () => {
    const answer = ask('does the register think xen is dead everywhere');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('NVMe');
    expect(answer.answer).toContain('at least');
  });
});
