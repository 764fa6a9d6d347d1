import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);

describe("a verb of leading asks for the leader's role", () => {
  it('reads "who runs <function> at <firm>" as the role of whoever holds that title', () => {
    expect(analyseQuestion(shipped, 'who heads technology over at citrix').terms).toContain('i:role');
    const reply = ask('who heads technology over at citrix');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('James Bulpin');
    expect(reply.answer).not.toContain('Cottingham');
  });

  it('reads "what does <person> head" as that person\'s title', () => {
    const reply = ask('what does warrilow head at gartner');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('research veep for infrastructure software');
  });

  it('declines when what is led is no part of any job title the story gives', () => {
    expect(analyseQuestion(shipped, 'who heads marketing at citrix').terms).not.toContain('i:role');
    expect(ask('who heads marketing at citrix').answered).toBe(false);
    expect(ask('who runs the kvm team at aws').answered).toBe(false);
    expect(ask('who ran the november board call').answered).toBe(false);
  });

  it('declines "who leads <organisation>" with no function named', () => {
    expect(analyseQuestion(shipped, 'who leads the xen project').terms).not.toContain('i:role');
    expect(ask('who leads the xen project').answered).toBe(false);
  });

  it("reads an adverb between the person and the verb, and verbs of having something in one's care", () => {
    const run = ask('what does cottingham really run over at citrix');
    expect(run.answered).toBe(true);
    expect(run.answer).toContain('XenServer product management');
    const handle = ask('what does michael warrilow handle at gartner');
    expect(handle.answered).toBe(true);
    expect(handle.answer).toContain('infrastructure software');
  });

  it('takes the noun after the question word for the kind of answer, not for what is led', () => {
    expect(analyseQuestion(shipped, 'what field does warrilow cover').terms).toContain('i:role');
    const field = ask('what field does warrilow cover');
    expect(field.answered).toBe(true);
    expect(field.answer).toContain('infrastructure software');
  });

  it('does not ask for a role where no person does the covering', () => {
    expect(analyseQuestion(shipped, 'what does gartner cover').terms).not.toContain('i:role');
    expect(analyseQuestion(shipped, 'what does the article cover').terms).not.toContain('i:role');
  });

  it('leaves a yes/no question about what someone leads as it was', () => {
    expect(analyseQuestion(shipped, 'does bulpin run technology at citrix').terms).not.toContain('i:role');
  });
});

describe('written business abbreviations', () => {
  it('reads "mgmt" and "sr" as the words they shorten', () => {
    const mgmt = ask("who is citrix's xenserver product mgmt director");
    expect(mgmt.answered).toBe(true);
    expect(mgmt.answer).toContain('David Cottingham');
    const senior = ask('who is the sr director of technology at citrix');
    expect(senior.answered).toBe(true);
    expect(senior.answer).toContain('James Bulpin');
  });
});

describe('an affiliation between "who" and the verb of leading', () => {
  it('reads "who at Citrix runs …" as "who runs … at Citrix": the role answers', () => {
    expect(analyseQuestion(shipped, 'who at citrix runs xenserver product management').terms).toContain('i:role');
    const reply = ask('Who at Citrix runs XenServer product management? I need a name for my briefing.');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('David Cottingham');
  });

  it('takes only a preposition of affiliation and an organisation there', () => {
    expect(analyseQuestion(shipped, 'who in citrix runs xenserver product management').terms).not.toContain('i:role');
    expect(analyseQuestion(shipped, 'who at the board call runs xenserver product management').terms).not.toContain('i:role');
  });
});
