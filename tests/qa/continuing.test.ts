import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);

/** Whether someone keeps on with a thing: the story says only who turns from it (Oracle, AWS to KVM). */
describe('a yes/no question whether someone keeps on with a named thing', () => {
  it.each([
    ['is oracle still sticking with xen', 'Oracle'],
    ['is oracle still backing xen', 'Oracle'],
    ['will oracle keep using xen', 'Oracle'],
    ['does oracle still support xen', 'Oracle'],
    ['is oracle staying on xen per gartner', 'Oracle'],
    ['is oracle standing by xen or not', 'Oracle'],
    ['is aws sticking with xen', 'KVM'],
    ['will amazon stay with xen for its new instances', 'KVM'],
    ['is amazon still backing the xen hypervisor', 'KVM'],
    ['will aws keep running xen on new instance types', 'KVM'],
    ['is amazon web services remaining on xen', 'KVM'],
    ['oracle still sticking w xen or nah', 'Oracle'],
    ['is oracle staying with xen according to the analyst', 'Oracle'],
    ['did warrilow say oracle is sticking with xen', 'Oracle'],
  ])('answers "%s" with the subject turning from it', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
    expect(reply.answer).toContain('KVM');
  });

  it.each([
    'is citrix sticking with xen',
    'is google sticking with xen',
    'will aws customers stay on xen instances',
    'is tesla sticking with bluetooth',
    'is nasa staying with xen',
    'is the register still backing xen',
    'are citrix customers staying on xenserver',
    'will gartner keep using xen',
    'is ncc group sticking with kvm',
    'is citrix still backing xenserver',
    'does amazon still support kvm',
    'is oracle still backing kvm',
    'will the register keep using xen',
    'did bulpin say oracle is sticking with xen',
  ])('declines "%s": the story does not say the subject turns from it', (question) => {
    expect(ask(question).answered).toBe(false);
  });

  it('reads "back" as backing only with the thing right after it', () => {
    expect(analyseQuestion(shipped, 'did oracle ever get back to the register').keptOn).toBeNull();
    expect(analyseQuestion(shipped, 'is oracle backing xen').keptOn).toEqual({
      subject: 'oracle',
      left: ['e:xen-project'],
      rivals: ['kvm'],
    });
  });

  it('leaves a thing that is no kind member by its words, and questions asking what, as they were', () => {
    expect(analyseQuestion(shipped, 'is aws still backing the xen project').keptOn).toBeNull();
    expect(analyseQuestion(shipped, 'is aws sticking to one hypervisor').keptOn).toBeNull();
    expect(analyseQuestion(shipped, 'will amazon stay on the xen board').keptOn).toBeNull();
    expect(analyseQuestion(shipped, 'will amazon stay on the xen hypervisor').keptOn?.subject).toBe('aws');
    expect(analyseQuestion(shipped, 'what is oracle sticking with').keptOn).toBeNull();
  });

  it('keeps a subject that is no name, which no fact turns', () => {
    expect(analyseQuestion(shipped, 'will aws customers stay on xen').keptOn?.subject).toBe('');
  });
});

describe('the doer’s noun of keeping on', () => {
  it.each([
    ['is oracle still a xen backer', 'oracle'],
    ['is amazon still a supporter of xen', 'aws'],
  ])('reads "%s" as backing Xen', (question, subject) => {
    expect(analyseQuestion(shipped, question).keptOn).toEqual({ subject, left: ['e:xen-project'], rivals: ['kvm'] });
  });

  it('answers with the subject turning from it', () => {
    const reply = ask('Is Oracle still a Xen backer, per the analyst?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Oracle already going to KVM');
  });

  it('leaves a noun that names no doer of keeping on, or stands with no thing, as it was', () => {
    expect(analyseQuestion(shipped, 'is oracle still a xen user').keptOn).toBeNull();
    expect(analyseQuestion(shipped, 'is oracle still a backer').keptOn).toBeNull();
  });
});
