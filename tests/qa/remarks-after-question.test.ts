import { describe, expect, it } from 'vitest';
import { withoutAfterthoughts, withoutAsides } from '../../src/qa/asides.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe('a remark after the question mark', () => {
  it('is dropped when it asks nothing and uses none of the story’s words or names', () => {
    expect(withoutAfterthoughts(language, 'when was this published? looks dated lol')).toBe('when was this published?');
    expect(withoutAfterthoughts(language, 'who is warrilow? never heard of him tbh')).toBe('who is warrilow?');
  });

  it('is dropped when it says why the asker asks, a negated verb of wanting among them', () => {
    expect(withoutAfterthoughts(language, "who runs xenserver at citrix? don't want to misquote the guy")).toBe(
      'who runs xenserver at citrix?',
    );
    expect(withoutAfterthoughts(language, 'who is bulpin? need it for the credits')).toBe('who is bulpin?');
  });

  it('stays when it uses the story’s words, names one of its names or asks', () => {
    for (const message of [
      'what did aws say? the new instance types',
      'which analyst said it? gartner maybe',
      'who sent the statement? and when',
    ])
      expect(withoutAfterthoughts(language, message)).toBe(message);
  });

  it('lets the question be answered', () => {
    const dated = ask('what year is this actually from? smells musty');
    expect(dated.answered).toBe(true);
    expect(dated.answer).toContain('2017');
    // A remark after the last comma is weighed as a set-up, which the article's date searches past.
    expect(ask('what year is this from, it feels ancient to me').answer).toContain('November 22, 2017');
    const employer = ask('which company does cottingham work for? wanna judge the spin myself');
    expect(employer.answered).toBe(true);
    expect(employer.answer).toContain('Citrix');
  });
});

describe('a purpose after the last comma', () => {
  it('is dropped when its nouns are none of the story’s words', () => {
    expect(withoutAsides(language, "what is warrilow's title, for the slide deck?")).toBe("what is warrilow's title?");
    expect(withoutAsides(language, "what is cottingham's role, for credits")).toBe("what is cottingham's role");
  });

  it('stays when it narrows the question with the story’s words', () => {
    const narrowing = 'which hypervisor will aws use, for new instance types';
    expect(withoutAsides(language, narrowing)).toBe(narrowing);
  });

  it('lets a title be answered', () => {
    const reply = ask("Cottingham's full job title at Citrix, for the credits?");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('XenServer product management');
  });
});

describe('a remark beside chat laughter', () => {
  it('is dropped after the laughter when the question before it asks', () => {
    expect(withoutAfterthoughts(language, 'when did this come out lmao seems ancient')).toBe('when did this come out');
    expect(withoutAfterthoughts(language, 'who is cottingham haha never heard of him')).toBe('who is cottingham');
  });

  it('is dropped before the laughter when the question after it asks', () => {
    expect(withoutAfterthoughts(language, 'saw this on mastodon lol who is warrilow?')).toBe('who is warrilow?');
  });

  it('stays when it uses the story’s words or asks', () => {
    for (const message of ['what did citrix say lol about the new instance types', 'who is bulpin lol who does he work for'])
      expect(withoutAfterthoughts(language, message)).toBe(message);
  });

  it('lets the question be answered', () => {
    const dated = ask('ok what year is this from haha seems musty');
    expect(dated.answered).toBe(true);
    expect(dated.answer).toContain('2017');
    const quoted = ask('found it on reddit lmao citrix guy quote?');
    expect(quoted.answered).toBe(true);
    expect(quoted.answer).toContain('Citrix');
  });
});

describe('a remark in a sentence before the question', () => {
  it('is dropped when it asks nothing and uses none of the story’s words or names', () => {
    expect(withoutAfterthoughts(language, 'whoa! who is cottingham')).toBe('who is cottingham');
    expect(withoutAfterthoughts(language, 'read it on the train. which analyst is quoted?')).toBe('which analyst is quoted?');
  });

  it('stays when the question points back at it, or it uses the story’s words', () => {
    for (const message of ['honestly wild. what did they say?', 'gartner is blunt. what did warrilow say?'])
      expect(withoutAfterthoughts(language, message)).toBe(message);
  });

  it('lets the question be answered, and an off-topic one still be declined', () => {
    const reply = ask('wild times!! what did amazon tell techtarget');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('TechTarget');
    expect(ask('i love pizza. what is the best recipe').answered).toBe(false);
  });
});
