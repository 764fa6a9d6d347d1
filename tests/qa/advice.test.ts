import { describe, expect, it } from 'vitest';
import { withoutAdvice } from '../../src/qa/advice.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const { language } = getIndex(story);
const noAdvice = language.words.advice.reply;
const advice = (q: string) => withoutAdvice(language, q.toLowerCase().split(/\s+/));

/**
 * Readers ask what the news means for them. The story advises nobody, but says what bears on the
 * choice: such a question is answered by that, said plainly to be no advice.
 */
describe('a question asking for advice', () => {
  it.each([
    ['should i worry about my xen vms', ['net-new', 'stop investing']],
    ['do i need to migrate off xen', ['KVM']],
    ['is xen still worth learning', ['embedded']],
    ['should we pick kvm for our next cloud build', ['KVM']],
    ['is xen a safe bet for edge computing', ['edge']],
    ['i run xen on some embedded boards at work, should i be worried after this aws thing', ['embedded']],
    ['as a xenserver customer should i be concerned', ['not received any queries']],
  ])('answers "%s" with what the story says, saying it gives no advice', (question, says) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer.startsWith(noAdvice)).toBe(true);
    for (const words of says) expect(answer.answer).toContain(words);
  });

  it.each([
    'should i buy citrix stock',
    'is proxmox better',
    'should i use vmware instead',
    'is hyper-v worth learning',
    'should i learn rust or go',
    'is kubernetes worth it for a small team',
    'do i need a new laptop',
  ])('declines "%s", whose rest the story does not cover', (question) => {
    expect(ask(question).answered).toBe(false);
  });

  it.each(['should i worry?', 'does this affect me', 'should i panic', 'is it worth it'])(
    'answers "%s", which names nothing but the news, with its gist',
    (question) => {
      const answer = ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer.startsWith(noAdvice)).toBe(true);
      expect(answer.answer).toContain('Xen Project');
    },
  );

  it('reads a need asked in the present as advice asked, a need in the past as what happened', () => {
    expect(advice('do aws customers need to do anything').advice).toBe(true);
    expect(advice('did capstone have to switch launch sites').advice).toBe(false);
  });

  it('reads the asker, not the writer, in "we" and "our"', () => {
    expect(advice('should we pick kvm for our next cloud build')).toEqual({
      words: ['should', 'kvm', 'for', 'cloud'],
      advice: true,
      askersThings: [],
    });
  });

  it("reads the asker's own things: the noun after the asker's possessive, and a set-up the asker opens as subject", () => {
    expect(advice('should we worry about our xen workloads').askersThings).toEqual(['workloads']);
    expect(advice('we still run a pile of workloads on xen should we worry').askersThings).toEqual(['run', 'pile', 'workloads']);
    expect(advice('should we move to kvm').askersThings).toEqual([]);
  });

  it.each([
    ['should we worry about our xen workloads', 'Xen'],
    ['we still run a pile of workloads on xen. should we worry?', 'grim for Xen'],
    ['do i need to move my xen deployments', 'Xen'],
  ])('answers "%s" by what the story says on the rest: it knows nothing of the asker\'s own things', (question, says) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer.startsWith(noAdvice)).toBe(true);
    expect(answer.answer).toContain(says);
  });

  it("lets the asker's own things pick between facts that answer the rest", () => {
    expect(ask('should i worry about my xen vms').answer).toContain('general purpose VMs');
  });

  it("sets aside the words asking for advice and the asker's own doings", () => {
    expect(advice('is xen still worth learning').words).toEqual(['is', 'xen', 'still']);
    expect(advice('i run xen at work should i be worried').words).toEqual(['xen', 'should', 'be']);
  });
});

describe('a question that is no request for advice', () => {
  it.each([
    // A value: "worth" before no gerund.
    'what is citrix worth',
    // What happened to others: no asker, no modal, no verdict.
    'has citrix heard from worried customers',
    'are citrix customers worried about the aws news',
    'did gartner recommend customers leave xen',
    // What the story says someone should do.
    'what should xen members post on social media',
    'did capstone have to switch launch sites',
  ])('leaves "%s" as it is', (question) => {
    expect(advice(question).advice).toBe(false);
  });

  it.each([
    ['will aws stop supporting existing xen instances', ['existing offerings']],
    ['is aws going to stop investing in xen', ['stop investing']],
    ['has citrix heard from worried customers', ['not received any queries']],
  ])('answers "%s" as the fact it asks, without the advice reply', (question, says) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer.startsWith(noAdvice)).toBe(false);
    for (const words of says) expect(answer.answer).toContain(words);
  });
});
