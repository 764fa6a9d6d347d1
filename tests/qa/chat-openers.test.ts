import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { withChatOpenersRead } from '../../src/qa/chat-openers.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);

/** "y is xen dying": chat types "why" as one letter at the start of a message. */
describe('a question word typed as one letter', () => {
  it.each([
    ['y is xen dying', 'why is xen dying'],
    ['Y did aws talk to techtarget', 'why did aws talk to techtarget'],
    ["y don't they reply to the reg", "why don't they reply to the reg"],
  ])('reads "%s" as "%s"', (typed, read) => {
    expect(withChatOpenersRead(language, typed)).toBe(read);
  });

  it.each(['is the model y affected', 'y axis of the benchmark chart', 'model y owners beware?'])(
    'leaves "%s" as it is: there the letter is a letter',
    (typed) => {
      expect(withChatOpenersRead(language, typed)).toBe(typed);
    },
  );

  it.each([
    ['y is xen dying', 'final nail in the coffin'],
    ['y is el reg salty at aws in the update', 'TechTarget'],
  ])('answers "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('still reads the Model Y as a car', () => {
    const reply = answerQuestion(story, 'is the model y affected');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Tesla Model 3 and Y');
  });
});
