import { describe, expect, it } from 'vitest';
import { trailingCommentWords } from '../../src/qa/asides.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);

/**
 * "what year is this article from, it feels old": a clause of its own after the question's last comma,
 * asking nothing and naming none of the story's names, is the asker's comment; its words weigh as a
 * set-up's do, so the question is answered as it would be alone.
 */
describe("the asker's comment after the question", () => {
  it('splits off a clause of its own after the last comma', () => {
    expect(trailingCommentWords(language, 'what year is this article from, it feels old')).toEqual({
      setUp: ['it', 'feels', 'old'],
      question: ['what', 'year', 'is', 'this', 'article', 'from'],
    });
  });

  it.each([
    ['what date was the article published, before the update', 'a preposition qualifies the question'],
    ['what did gartner say, and why', 'the clause asks'],
    ['what did the reg say, cottingham was quoted too', 'the clause names one of the story’s names'],
    ['when was it updated, exactly', 'too short to be a clause of its own'],
  ])('finds none in "%s" (%s)', (message) => {
    expect(trailingCommentWords(language, message)).toBeNull();
  });

  it('splits off a parenthesis after the question mark, whatever its length', () => {
    expect(trailingCommentWords(language, 'what does citrix say the move lines up with? (hardware angle)')?.setUp).toEqual([
      'hardware',
      'angle',
    ]);
    expect(trailingCommentWords(language, 'what did citrix say? (and gartner?)')).toBeNull();
  });

  it.each([
    ['what does citrix reckon the aws hypervisor move lines up with? (hardware angle)', 'David Cottingham (Citrix)'],
    ['what year is this article from, it feels old', '2017'],
    ["what's a relay attack, im not a security person", 'relayed Bluetooth Low Energy'],
  ])('answers "%s" as its question alone', (message, expected) => {
    const answer = answerQuestion(story, message);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain(expected);
  });
});
