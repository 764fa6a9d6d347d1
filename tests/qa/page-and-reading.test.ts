import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "this page" is the article, as "this story" is: "when was this page updated" asks the article's update. */
describe('the page as the article', () => {
  it.each([
    ['when did this page get its update', 'November 24, 2017'],
    ['whats the headline on this webpage', 'Talk up embedded future'],
  ])('answers "%s" from the article\'s own facts', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});

/** "could you read me the title": reading out is a request, as "tell me" is, not something asked about. */
describe('a request to read something out', () => {
  it.each(['can u read me the headline pls', 'read us the standfirst'])('answers "%s"', (question) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('AWS changes its tune');
  });
});
