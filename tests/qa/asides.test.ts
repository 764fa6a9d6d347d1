import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);

describe("the asker's own context around a question", () => {
  it('is not searched after the question, with or without a full stop', () => {
    const reply = ask('what year did the reg publish this? want it for a bibliography');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('2017');
    expect(analyseQuestion(shipped, 'who is bulpin? need it for my essay').terms).not.toContain('essay');
  });

  it('is not searched in a clause after a comma whose subject is the asker or none', () => {
    const reply = ask('when was the piece first published, i need the whole date for a bibliography');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('November 22, 2017');
  });

  it('is not searched before a colon or a comma', () => {
    const colon = ask("I'm preparing a talk for my team and want to be accurate: who is Warrilow?");
    expect(colon.answered).toBe(true);
    expect(colon.answer).toContain('Gartner');
    const purpose = analyseQuestion(shipped, 'for my seminar paper, what did Gartner say about Xen?');
    expect(purpose.terms).not.toContain('seminar');
    expect(ask('for my seminar paper, what did Gartner say about Xen?').answered).toBe(true);
  });

  it('is cut off by a dash too, may hold "for my" anywhere, and reads slang as the analysis does', () => {
    const dash = ask('short question for my podcast notes - who is Cottingham?');
    expect(dash.answered).toBe(true);
    expect(dash.answer).toContain('Citrix');
    expect(analyseQuestion(shipped, 'im preparing slides on this, who is Schlaeger?').terms).not.toContain('slide');
    expect(analyseQuestion(shipped, 'what did Bulpin say - the xen-project post').terms).toContain('e:xen-project');
  });

  it('leaves an off-topic question declined', () => {
    expect(ask('I need this for my homework: who founded Amazon?').answered).toBe(false);
    expect(ask('what is the share price of Citrix? need it for my notes').answered).toBe(false);
    expect(ask('writing a blog post for work, does the story mention vmware?').answered).toBe(false);
  });

  it('is kept when it names something of the story, asks itself, or is all there is', () => {
    expect(analyseQuestion(shipped, 'I want to know about Bulpin, what does he do?').terms).toContain('e:james-bulpin');
    expect(analyseQuestion(shipped, 'I need to know when AWS talked to TechTarget').terms).toContain('e:techtarget');
    expect(analyseQuestion(shipped, 'i need the headline of the story').terms).toContain('i:headline');
  });
});

describe('the asker wanting something, after the question', () => {
  it.each([
    ['what is the short link in the template? wanna see where it goes', 'bit.ly'],
    ['who is warrilow? curious what his background is', 'Gartner'],
  ])('is a remark, though a question word follows: "%s"', (question, expected) => {
    const reply = answerQuestion(loadStory(), question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it.each([
    ['what is the short link in the template? want to check where it goes before I share it', 'bit.ly'],
    ['paste the short link from the template, i wanna check where it goes before i click', 'bit.ly'],
    ['drop the link to the story, i want to see what it says first', 'theregister.com'],
  ])('asks nothing when its question points back at the thing asked for: "%s"', (question, expected) => {
    const reply = answerQuestion(loadStory(), question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
    expect(analyseQuestion(shipped, question).type).not.toBe('where');
  });

  it('is still the question where nothing else asks: "the story has a template, i want to know what it says"', () => {
    const reply = answerQuestion(loadStory(), 'the story has a template, i want to know what it says');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('staple for #cloud');
  });
});

/** "…, since they ghosted el reg": the asker's reason for asking, after the last comma. */
describe('a reason closing the message', () => {
  it.each([
    ['who did aws give a statement to, since they ignored the reg', 'TechTarget'],
    ['what did gartner say, because i missed it', 'Michael Warrilow (Gartner)'],
  ])('asks nothing: "%s"', (question, expected) => {
    const reply = answerQuestion(loadStory(), question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('stays in a why-question, whose reason may be what is asked', () => {
    expect(analyseQuestion(shipped, 'why did aws talk to techtarget, since they ignored the reg').terms).toContain(
      'e:the-register',
    );
  });
});

/** "…? we run xen on our edge boxes so this matters": the asker's side after the question, as "I" is. */
describe("the asker's side speaking after the question", () => {
  it('is not searched: "which analyst firm does warrilow work for? we run zorblax on our kvm boxes so this matters"', () => {
    const question = 'which analyst firm does warrilow work for? we run zorblax on our kvm boxes so this matters';
    expect(analyseQuestion(shipped, question).unknownNames).toEqual([]);
    const reply = answerQuestion(loadStory(), question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Gartner');
  });
});

/** "tldr pls im on mobile", "…? prof wants it spelled out": the asker's situation, or someone on their side wanting. */
describe('the asker going on after a courtesy, and others on their side wanting', () => {
  it.each([
    ['headline pls im on my phone rn', 'Talk up embedded future'],
    ['who is bulpin? editor wants the publication name in the caption too', 'senior director of technology'],
  ])('is not searched: "%s"', (question, expected) => {
    const reply = answerQuestion(loadStory(), question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('stays where the one wanting is one of the story’s names: "…? aws wants everything on kvm"', () => {
    expect(analyseQuestion(shipped, 'what is nitro? aws wants everything on kvm').terms).toContain('e:aws');
  });
});
