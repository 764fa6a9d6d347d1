import { describe, expect, it } from 'vitest';
import { withoutAsides } from '../../src/qa/asides.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);

/** "give me the template for #announcements": the channel the asker will post in is no part of what is asked. */
describe('a chat channel named as text', () => {
  it.each([
    ['whats the gist, for #general', 'whats the gist,'],
    ['post the template in the #social channel', 'post the template'],
    ['summary pls for our #news-feed', 'summary pls'],
  ])('drops it from "%s"', (question, left) => {
    expect(withoutAsides(language, question)).toBe(left);
  });

  it('keeps a "#" name that goes on, or stands alone', () => {
    expect(withoutAsides(language, 'who is a staple for #cloud and #server vendors')).toContain('#cloud');
    expect(withoutAsides(language, 'what is #xen')).toBe('what is #xen');
  });

  it.each([
    ['whats the gist, for #general', 'in short'],
    ['post the template in the #social channel', '#cloud and #server vendors'],
    ['give me the tweet template so i can paste it into #announcements', '#cloud and #server vendors'],
  ])('answers "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});

/** "summarise the update for the news channel": a noun only a channel is called names one without a "#". */
describe('a chat channel named by its noun', () => {
  it.each([
    ['summarize the update for the news channel', 'summarize the update'],
    ['paste the template in our group chat', 'paste the template'],
  ])('drops it from "%s"', (question, left) => {
    expect(withoutAsides(language, question)).toBe(left);
  });

  it('keeps a server, which the story speaks of too', () => {
    expect(withoutAsides(language, 'how does xen do on the server')).toBe('how does xen do on the server');
  });

  it('answers as the question without it', () => {
    const reply = answerQuestion(story, 'summarize the update at the bottom for the news channel');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toBe(answerQuestion(story, 'summarize the update at the bottom').answer);
  });
});
