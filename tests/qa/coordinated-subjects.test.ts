import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "what did Gartner and Citrix say": two of the story's people or organisations joined by "and" ask
 * the same question of each, answered for each; "both" asks about the two together.
 */
describe('two named people or organisations joined by "and"', () => {
  it.each([
    ['what did gartner and citrix say', ['Warrilow', 'Cottingham']],
    ['where do warrilow and cottingham work', ['Gartner', 'Citrix']],
    ['how did the linux foundation and citrix react', ['Linux Foundation', 'Cottingham']],
  ])('answers "%s" for each', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    for (const name of expected) expect(reply.answer).toContain(name);
  });

  it('keeps a question about the two together whole', () => {
    const reply = answerQuestion(story, 'which company do bulpin and cottingham both work for');
    expect(reply.answer).toContain('Citrix');
    expect(reply.answer.split('\n\n')).toHaveLength(1);
  });

  it('asks a yes/no question about the two together of each', () => {
    const reply = answerQuestion(story, 'are bulpin and cottingham both at citrix');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain("James Bulpin is Citrix's");
    expect(reply.answer).toContain("David Cottingham is Citrix's");
  });

  it('still declines when the story does not answer for one of them', () => {
    expect(answerQuestion(story, 'what did gartner and microsoft say').answered).toBe(false);
  });
});
