import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe("WordNet's synset of baffled is the story's not knowing", () => {
  it.each([
    'what has the register left bewildered at the close of the update',
    'in the update the reg is confounded by what',
    'what is el reg befuddled about in its update',
  ])('%s', (question) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('no idea why AWS ignored');
  });
});

/** "why don't readers know what …": the story's readers, like "we" or "people", are no word to search for. */
describe('readers not knowing something', () => {
  it('is answered by the text saying why it is not known', () => {
    const answer = ask("why don't readers get to know what schlaeger told the board");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('left out of the minutes');
  });
});

/** "why can't we read what …": reading is a word of knowing too, and an "aws rep" is a person, no word to search. */
describe('reading as a word of knowing', () => {
  it.each([
    "why can't people read what schlaeger said on the call",
    'so why cant we read what the aws rep said to the advisory board',
  ])('asks why it is not known: "%s"', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('not be included in the minutes');
  });
});
