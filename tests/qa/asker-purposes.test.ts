import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('a purpose ending the message, after a noun', () => {
  it('says what the answer is for, and is no part of what is asked', () => {
    const quote = ask('send warrilow’s coffin quote for a slide deck');
    expect(quote.answered).toBe(true);
    expect(quote.answer).toContain('final nail');
    const statement = ask('paste the linux foundation statement for a newsletter blurb');
    expect(statement.answered).toBe(true);
    expect(statement.answer).toContain('remain involved');
  });

  it('stays after a verb, or where it is the story’s own word', () => {
    expect(ask('there is a man called david cottingham in it, what does he do for a living').answer).toContain(
      'XenServer product management',
    );
    const instances = ask('which hypervisor did aws pick for the new instance types');
    expect(instances.answered).toBe(true);
    expect(instances.answer).toMatch(/KVM/);
  });
});

describe('a purpose in brackets closing the message', () => {
  it('is no part of what is asked', () => {
    const expansion = ask('what does BLE stand for in the tesla teaser (for the newcomers)');
    expect(expansion.answered).toBe(true);
    expect(expansion.answer).toContain('Bluetooth Low Energy');
    const title = ask("what's warrilow's job (for our slide deck)?");
    expect(title.answered).toBe(true);
    expect(title.answer).toContain('research veep');
  });

  it('stays where it is no purpose, or uses the story’s words', () => {
    const minutes = ask('what did schlaeger explain on the call (per the minutes)');
    expect(minutes.answer ?? '').not.toContain('The headline is');
    const servers = ask('what did aws build its kvm cut (for nvme servers)?');
    expect(servers.answered).toBe(true);
    expect(servers.answer).toContain('NVMe');
  });
});

describe('words that praise a quote', () => {
  it('search nothing: the quote asked for is the one named', () => {
    const line = ask('need the juiciest gartner line');
    expect(line.answered).toBe(true);
    expect(line.answer).toContain('Warrilow');
  });
});

describe('asking for a summary of someone’s saying', () => {
  it('is a request: what follows names what they said', () => {
    for (const message of ['tl;dr the LF statement', 'recap the linux foundation statement']) {
      const answer = ask(message);
      expect(answer.answered).toBe(true);
      expect(answer.answer).toContain('remain involved');
    }
  });
});

describe('a comment after the last comma with its subject left out', () => {
  it('is the asker’s, weighed as a set-up', () => {
    for (const message of ['what year is this from, feels ancient', 'which year was this written, looks dated']) {
      const answer = ask(message);
      expect(answer.answered).toBe(true);
      expect(answer.answer).toContain('2017');
    }
  });
});

describe('everyday words', () => {
  it('fielding the press’s questions for someone is speaking for them', () => {
    const answer = ask('who fields press questions for the xen project');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Linux Foundation');
  });

  it('a credit line asks for what it credits', () => {
    const answer = ask('credit line for the citrix tech director pls');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('senior director of technology');
  });
});

describe('"according to the writer"', () => {
  it('asks the publication’s account, not who wrote it', () => {
    const answer = ask('according to the author, what will all new instance types use');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('KVM');
    expect(answer.answer).not.toContain('byline');
  });

  it('leaves the writer asked for alone', () => {
    expect(ask('who is the writer of this piece').answer).toContain('byline');
  });
});

describe('words that hedge a name', () => {
  it('search nothing: "as they call them" asks nothing of a call', () => {
    const answer = ask('which hypervisors, as they call them, did aws say its platforms will be built on');
    expect(answer.answer).toContain('TechTarget');
    expect(answer.answer).not.toContain('what is true');
  });
});

describe('a trade publication', () => {
  it('is an outlet', () => {
    const answer = ask('which trade pub got the aws statement');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('TechTarget');
  });
});

describe('a purpose after the last comma', () => {
  it.each([
    ['the headline pls, for the monthly club digest', 'Talk up embedded future'],
    ['publish date please, for the weekly club digest', 'November 22, 2017'],
  ])('is dropped after a request as after a question: "%s"', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});

describe('"full" says how much of the thing is wanted, not what it is', () => {
  it.each([
    ['what is cottingham’s full job title', 'XenServer product management'],
    ['full headline?', 'Talk up embedded future'],
    ['warrilow: full title and employer', 'infrastructure software'],
  ])('answers "%s" as the same question without it', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});

describe('what the asker or someone they hand the answer to will do with it', () => {
  it.each([
    ['paste the lf statement so Priya can read it out', 'remain involved'],
    ['give me the template text, we are going to read it on the show', 'staple for #cloud'],
    ["who is bulpin, i'm gonna quote him in a slide", 'senior director of technology'],
  ])('is no part of what is asked: "%s"', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('stays where it names one of the story’s names or points back at one', () => {
    expect(analyseQuestion(getIndex(story), 'what is the link so aws can share it').terms).toContain('e:aws');
    // "so *it* can push its own chips": AWS's purpose, which the question asks about.
    expect(analyseQuestion(getIndex(story), 'is aws dropping xen so it can push its own chips').terms).toContain('s:silicon');
  });
});
