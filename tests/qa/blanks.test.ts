import { describe, expect, it } from 'vitest';
import { answerBlank } from '../../src/qa/blanks.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);

/** "the cloud ____": the story's own words around a blank find the text that fills it. */
describe('fill-in-the-blank prompts', () => {
  it.each([
    ['the reg calls amazon the cloud ___, what word', 'colossus'],
    ['complete it: warrilow thinks this puts the final ____ in the coffin of xen', 'final nail in the coffin'],
    ['capstone goes further than any _____ satellite bus has gone', 'Photon'],
    ["the template asks people to follow the ____'s new series", '@xen_org'],
  ])('answers "%s" with the text the blank stands in', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
    expect(reply.sources.length).toBeGreaterThan(0);
  });

  it('fills several blanks in one stretch of words', () => {
    const reply = answerBlank(index, 'the template says xen is making inroads in the ____, ____ and ____ space');
    expect(reply?.answer).toContain('embedded, security and automotive space');
  });

  it('leaves a blank the story fills two ways, or too few words around it, to the ranking', () => {
    expect(answerBlank(index, 'the new ____')).toBeNull();
    expect(answerBlank(index, 'cloud ____')).toBeNull();
    expect(answerBlank(index, 'what did gartner say')).toBeNull();
  });

  it('reads no blank in words the story does not have', () => {
    expect(answerBlank(index, 'my favourite ____ is a sandwich')).toBeNull();
  });
});
