import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { namedSayingAsked, nounPhraseQuery } from '../../src/qa/search-queries.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);
const words = (text: string) => text.split(' ');

describe('a noun phrase asked as a question', () => {
  it('reads as the search query of its words when its nouns are joined by "of", "for" or "to"', () => {
    expect(nounPhraseQuery(language, words('precise date of the board meeting'))).toEqual([
      'precise',
      'date',
      'board',
      'meeting',
    ]);
    expect(nounPhraseQuery(language, words('give me the price for assured oss'))).toEqual(['price', 'assured', 'oss']);
  });

  it('is not one when a clause word stands in it or nothing joins its nouns', () => {
    expect(nounPhraseQuery(language, words('what is the date of the call'))).toBeNull();
    expect(nounPhraseQuery(language, words('call date'))).toBeNull();
  });

  it('asks for the value its head noun names, declined with what the story does say', () => {
    const day = ask('precise day of the board meeting?');
    expect(day.answered).toBe(false);
    expect(day.partial?.answer).toContain('November');
    const launch = ask('liftoff date for the moon mission?');
    expect(launch.answered).toBe(false);
  });
});

describe('a noun phrase naming someone’s saying', () => {
  const recipients = new Set(['e:the-register', 'e:techtarget']);

  it('asks what they said, past a request, with whom it was said to and words of no content after it', () => {
    expect(namedSayingAsked(language, words('send me the linux foundation statement word for word'), recipients)).toEqual({
      sayer: ['linux', 'foundation'],
      noun: 5,
    });
    expect(namedSayingAsked(language, words('gartner comment to the register'), recipients)?.sayer).toEqual(['gartner']);
  });

  it('is none for a reaction to something, a participle of saying, or a noun naming no one', () => {
    expect(namedSayingAsked(language, words('citrix response to aws'), recipients)).toBeNull();
    expect(namedSayingAsked(language, words('gartner analysts quoted in the piece'), recipients)).toBeNull();
    expect(namedSayingAsked(language, words('the official statement'), recipients)).toBeNull();
  });

  it('is answered with the quote, not the profile of who said it', () => {
    const reply = ask('send me the linux foundation statement word for word');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('The Linux Foundation, to The Register: “AWS is an active member');
  });
});
