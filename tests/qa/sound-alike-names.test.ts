import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { soundAlikeName, withHeardNamesJoined, withSpeltLettersJoined } from '../../src/qa/sound-alikes.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const shipped = getIndex(story);

/**
 * "the gardener analyst", "chris slager": a word the engine does not know that sounds like one of
 * the story's names (Double Metaphone) and is spelt near it is that name, as dictation or spelling
 * by ear writes it.
 */
describe('a name written as it sounds', () => {
  it.each([
    ['what did the gardener analyst think about xen', 'final nail in the coffin'],
    ['who is chris slager', 'AWS (Amazon Web Services)'],
    ['what does michael warlow do', 'research veep'],
    ["is snick google's partner", 'Snyk as a partner'],
  ])('answers "%s" about the name it sounds like', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('reads "zen" as Xen, a word one letter from the name', () => {
    expect(soundAlikeName(shipped, 'zen')).toBe('xen');
  });

  it.each([
    ['sunny', 'sounds like Xen but is spelt far from it'],
    ['oss', 'sounds like AWS, but a short name is one edit from its sound-alikes'],
    ['ahs', 'is a typo of "has", a stopword'],
  ])('leaves "%s" alone: it %s', (word) => {
    expect(soundAlikeName(shipped, word)).toBeNull();
  });

  it('leaves a word the story uses alone', () => {
    expect(analyseQuestion(shipped, 'is the server assured').terms).not.toContain('e:aws');
  });
});

/** "sit tricks", "bull pin": dictation splits a name into two words that together sound as it. */
describe('a name heard as two words', () => {
  it('answers as the name written out does', () => {
    const heard = answerQuestion(story, 'what does sit tricks think the new kvm instances are for');
    expect(heard.answered).toBe(true);
    expect(heard.answer).toBe(answerQuestion(story, 'what does citrix think the new kvm instances are for').answer);
  });

  it.each([
    ['which sit tricks products had customers asking about aws', 'XenDesktop'],
    ['who is james bull pin', 'senior director of technology'],
  ])('answers "%s" about the name', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it.each([
    [['sit', 'tricks'], ['citrix']],
    [
      ['did', 'sit', 'tricks', 'say'],
      ['did', 'citrix', 'say'],
    ],
  ])('reads %j as %j', (typed, read) => {
    expect(withHeardNamesJoined(shipped, typed)).toEqual(read);
  });

  it.each([[['sit', 'down']], [['the', 'citrix', 'view']], [['zen', 'master']]])(
    'leaves %j alone: together they sound like no name',
    (typed) => {
      expect(withHeardNamesJoined(shipped, typed)).toEqual(typed);
    },
  );
});

/** "b l e", "k v m": letters dictated one by one spell the word. */
describe('a word spelt letter by letter', () => {
  it.each([
    [
      ['what', 'does', 'b', 'l', 'e', 'stand', 'for'],
      ['what', 'does', 'ble', 'stand', 'for'],
    ],
    [
      ['is', 'a', 'k', 'v', 'm', 'box'],
      ['is', 'a', 'kvm', 'box'],
    ],
    [['a', 'w', 's'], ['aws']],
  ])('reads %j as %j', (typed, read) => {
    expect(withSpeltLettersJoined(shipped.language, typed)).toEqual(read);
  });

  it.each([[['options', 'a', 'b', 'or', 'c']], [['plan', 'b']], [['q', 'z', 'x']]])(
    'leaves %j alone: the letters spell no word the engine knows',
    (typed) => {
      expect(withSpeltLettersJoined(shipped.language, typed)).toEqual(typed);
    },
  );

  it('answers a dictated abbreviation', () => {
    expect(answerQuestion(story, 'what does b l e stand for').answer).toContain('Bluetooth Low Energy');
  });
});
