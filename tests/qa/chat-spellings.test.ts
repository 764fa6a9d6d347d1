import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const shipped = getIndex(story);

/** "ded", "b4", "idk": chat spellings the language lexicon reads as the words they stand for. */
describe('chat spellings', () => {
  it('reads "ded" as "dead"', () => {
    const reply = answerQuestion(story, 'is xen ded now');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('final nail in the coffin');
  });

  it('reads "idk" as the asker not knowing, not as a name the story lacks', () => {
    const reply = answerQuestion(story, 'idk what gartner said');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Michael Warrilow (Gartner)');
  });

  it.each([
    ['pub date', 'November 22, 2017'],
    ['lf stmt re aws', 'active member of the Xen Project'],
  ])('reads "pub" and "stmt" as "publication" and "statement" in "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it.each([
    ['what did the reg ask amazon for after its 1st story', 'asked AWS for an interview'],
    ['the 2nd sentence of the lf statement', 'remain involved'],
  ])('reads "1st" and "2nd" as "first" and "second" in "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it.each([
    ['og title of the reg article?', 'Talk up embedded future'],
    ['which day did the og story go up', 'November 22, 2017'],
  ])('reads "og" as "original" in "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('reads "b4" as "before", no name', () => {
    expect(analyseQuestion(shipped, 'what did aws say b4 the update').unknownNames).toEqual([]);
  });

  it.each([
    ['wat did ths citrix guy say', 'David Cottingham (Citrix)'],
    ['is ths the end of xen', 'final nail in the coffin'],
    ['do we kno what schlaeger told the board', 'left out of the minutes'],
  ])('reads "ths" and "kno" as "this" and "know" in "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('reads "itll" and "theyll" as "it will" and "they will", no word of their own', () => {
    for (const question of ['so itll all be kvm from now on?', 'theyll stay in the xen project right'])
      expect(analyseQuestion(shipped, question).terms.filter((t) => t.endsWith('ll'))).toEqual([]);
  });

  it('reads "mgmt" as "management"', () => {
    expect(analyseQuestion(shipped, 'who does product mgmt at citrix').terms).toContain('s:product_management');
  });

  it.each(['hey bot whats the deal with aws and xen', 'yo bot, who is warrilow'])(
    'reads a greeting to the bot as no word of the question: "%s"',
    (question) => {
      expect(analyseQuestion(shipped, question).terms).not.toContain('bot');
      expect(answerQuestion(story, question).answered).toBe(true);
    },
  );

  it('keeps "bot" where it is asked about', () => {
    expect(answerQuestion(story, 'who wrote this bot').answered).toBe(false);
  });

  it.each([
    ['upd8 date?', 'November 24, 2017'],
    ['who tf is chris schlaeger', 'Chris Schlaeger is with AWS'],
    ['wtf did amazon say to techtarget', 'Amazon Web Services, to TechTarget'],
  ])('reads "upd8" as "update" and "tf" as an intensifier of the question word: "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});

describe('chat abbreviations that ask nothing', () => {
  it.each([
    ['afaik aws is moving new stuff off xen, to what exactly', 'custom cut of KVM'],
    ['iirc who did warrilow say kept xen viable', 'Oracle and Amazon'],
    ['lowkey who runs xenserver product management at citrix', 'David Cottingham'],
    ['fwiw what did bulpin say about aviation', 'aviation'],
  ])('"%s" asks what it asks without the opener', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});

/** "co", "acc to", "lil", "tryna": more of chat's shortenings, read as the words they stand for. */
describe('chat shortenings of company, according, little and trying', () => {
  it.each([
    ['which co does bulpin work for', 'Citrix'],
    ['acc to the lf what will aws do', 'remain involved'],
    ["what's the lil line below the headline", 'multi-hypervisor plan is its future'],
  ])('answers "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('reads "tryna" as "trying to", no name', () => {
    const question = analyseQuestion(shipped, 'what is aws tryna do with kvm');
    expect(question.unknownNames).toEqual([]);
    expect(question.terms).not.toContain('tryna');
  });
});
