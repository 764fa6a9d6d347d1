import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { stemmedTokens, termsOf } from '../../src/qa/language.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);
const termsOfText = (text: string) => termsOf(language, stemmedTokens(language, text), false);

describe('verbs of deceiving are one group', () => {
  it('reads fool, dupe, spoof, con, mislead as the story\'s "hoodwinked"', () => {
    const [hoodwinked] = termsOfText('hoodwinked');
    for (const word of ['fooled', 'duped', 'spoofed', 'conned', 'misled', 'bamboozled', 'taken in'])
      expect(termsOfText(word), word).toEqual([hoodwinked]);
  });

  it('answers which part of the car gets deceived with the passive entry feature', () => {
    for (const q of [
      'which part of a model 3 can be duped',
      'what tesla system can be spoofed',
      'what feature gets fooled on the tesla',
    ]) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.answer, q).toContain('passive entry');
    }
  });
});

describe('a defence and getting round it', () => {
  it('joins verbs of preventing to the defence nouns, and verbs of getting round a defence in a group of their own', () => {
    const [defence] = termsOfText('defence');
    for (const word of ['prevents', 'thwart', 'ward off', 'guard against']) expect(termsOfText(word), word).toEqual([defence]);
    const [defeated] = termsOfText('defeated');
    expect(defeated).not.toBe(defence);
    for (const word of ['bypassed', 'circumvent', 'get around', 'got round', 'get past', 'work around'])
      expect(termsOfText(word), word).toEqual([defeated]);
  });

  it('answers how a defence works and how it is beaten with the latency check', () => {
    for (const q of [
      'how is the model 3 meant to thwart relayed signals and how do the researchers bypass that',
      'how do the attackers circumvent the car protection',
      'how do the researchers get around the tesla defence',
    ]) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.answer, q).toContain('latency');
    }
  });
});

describe('a part of the page speaks with its own sentences', () => {
  it('answers "what does the X teaser say about Y" from the teaser\'s sentences', () => {
    const answer = ask('what does the rocket lab teaser say about virginia');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Virginia');
  });
});

describe('getting round a defence named before, and the words for what it does', () => {
  it.each([
    'the tesla has a defence against relays, how do the researchers beat it',
    'the car has some kind of defense against relays, how do thieves beat it',
  ])('reads "beat it" after a defence as getting past it, not outperforming: "%s"', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('latency');
  });

  it.each(['how is the tesla meant to notice a relayed signal', 'how do the attackers get past the car’s distance check'])(
    'reads noticing as detecting and distance as being far away: "%s"',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('latency');
    },
  );
});

describe('stealing is its own group, apart from unlocking and opening', () => {
  it('answers what gets stolen with the theft the teaser names', () => {
    const reply = ask('what gets stolen in the tesla teaser');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('the theft of the flash motor');
  });

  it('still answers unlocking with the sentences on unlocking', () => {
    expect(ask('can they unlock the tesla with it').answer).toContain('unlock');
  });
});
