import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { asKindQuery, isSearchQuery, searchQueryAsksSaid, searchQueryWants } from '../../src/qa/search-queries.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);
const words = (typed: string) => typed.split(' ');

/** "xen project board meeting exact date": keywords typed as into a search box ask for the value their value noun names. */
describe('search-style queries', () => {
  it.each([
    ['xen project board meeting exact date', 'day'],
    ['tesla relay hack year', 'year'],
    ['board call month', 'month'],
    ['assured open source cost', 'price'],
  ])('reads "%s" as asking for a %s', (typed, wanted) => {
    expect(searchQueryWants(language, words(typed))).toBe(wanted);
  });

  it.each([
    'what date did the board meet',
    'is there a date for the switch',
    'tell me the date',
    'they set a date',
    'date',
    'gartner kvm quote',
  ])('leaves "%s" alone: a sentence, one word, or no value noun', (typed) => {
    expect(searchQueryWants(language, words(typed))).toBeNull();
  });

  it('takes a bare article noun in a query for the article', () => {
    expect(isSearchQuery(language, words('date article'))).toBe(true);
    expect(answerQuestion(story, 'date article').answer).toContain('published the story on November 22, 2017');
    expect(answerQuestion(story, 'piece date').answer).toContain('published the story on November 22, 2017');
  });

  it.each([
    ['xen project board meeting exact date', "doesn't give the exact date", 'November'],
    ['tesla relay hack year', "doesn't give the year", 'Tesla'],
    ['assured open source cost', "doesn't give a price", 'Sunil Potti'],
  ])('declines "%s" with what the story does say', (question, missing, said) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer).toContain(missing);
    expect(reply.partial?.answer).toContain(said);
  });

  it('answers a query whose value the story gives', () => {
    const reply = answerQuestion(story, 'xen advisory board call month');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('November');
  });
});

/** "gartner quote": keywords ending on a noun of saying ask what the names before it said. */
describe('a search-style query for what someone said', () => {
  it.each([
    ['gartner quote', 'Michael Warrilow (Gartner), to The Register: “Oracle is already going to KVM'],
    ['schlaeger remarks', 'Chris Schlaeger (AWS), to the Xen Project'],
    ['citrix comments', 'David Cottingham (Citrix), to The Register'],
    ['techtarget quote', 'best virtualization technology'],
  ])('answers "%s" with the quote', (question, quoted) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(quoted);
  });

  it.each(['what is the gartner quote about', 'did the register quote aws', 'quote'])(
    'leaves "%s" to the rest of the engine: a sentence, or no names before the noun',
    (typed) => {
      expect(searchQueryAsksSaid(language, words(typed))).toBe(false);
    },
  );
});

/** "assured open source languages": keywords ending on a kind's plural ask which ones. */
describe('a search-style query for the members of a kind', () => {
  it('reads "assured open source languages" as "which languages assured open source"', () => {
    expect(asKindQuery(language, words('assured open source languages'))).toEqual(words('which languages assured open source'));
  });

  it.each([
    'which languages does it cover',
    'according to citrix has aws said it will replace xen across all its existing offerings',
    'xen template',
  ])('leaves "%s" alone: a sentence, or no kind last', (typed) => {
    expect(asKindQuery(language, words(typed))).toEqual(words(typed));
  });

  it('answers with the members the story names', () => {
    const reply = answerQuestion(story, 'assured open source languages');
    expect(reply.answer).toContain('Java and Python');
  });
});
