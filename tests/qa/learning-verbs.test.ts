import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

/** "how did the reg find out how the board will respond": how someone learned a thing asks what revealed it. */
describe('how or where someone learned something', () => {
  it.each([
    'how did el reg learn how the xen board would respond',
    'where did the register hear how the board is going to respond to amazon',
    'quick one: how did they find out how the advisory board will react?',
  ])('is answered by what revealed it: "%s"', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Mailing List revealed');
  });

  it('does not search whoever learned it', () => {
    const { terms } = analyseQuestion(index, 'how did the register find out how the board will respond');
    expect(terms).not.toContain('e:the-register');
    expect(terms).toContain('reveal');
  });

  it('stays a question about what was learned when it asks what', () => {
    const { terms } = analyseQuestion(index, 'what did the register learn about aws');
    expect(terms).toContain('e:the-register');
    expect(terms).not.toContain('reveal');
  });

  it.each([
    ['how did the reg figure out how the board would respond', 'Mailing List revealed'],
    ['how does the register know that schlaeger spoke to the board', 'minutes'],
  ])('reads figuring out and knowing as learning: "%s"', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});
