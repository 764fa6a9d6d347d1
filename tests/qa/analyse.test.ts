import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { loadStory } from '../../src/story/load.js';

const index = getIndex(loadStory());
const analyse = (q: string) => analyseQuestion(index, q);

describe('question typing', () => {
  it.each([
    ['Who is Michael Warrilow?', 'who'],
    ['whos the gartner guy', 'who'],
    ['What did Amazon tell TechTarget?', 'said'],
    ['wat did amazon tell techtarget', 'said'],
    ["What is Gartner's take on Xen?", 'said'],
    ['When was the story updated?', 'when'],
    ['what date was the update', 'when'],
    ['How long did AWS take to reply?', 'howmany'],
    ['How many devices will come online?', 'howmany'],
    ['Why did the minutes leave out his remarks?', 'why'],
    ['Is xen dead?', 'yesno'],
    ['Where is Wallops Island?', 'where'],
    ['What is the social media template?', 'what'],
    ['how does the relay attack work', 'process'],
    ['how the relay attack works', 'process'],
    ['xen is dead, right?', 'yesno'],
    ['xen is dead or not', 'yesno'],
    ["what's the name of the LF person who sent it", 'who'],
  ])('%s → %s', (question, type) => {
    expect(analyse(question).type).toBe(type);
  });
});

describe('entity linking', () => {
  it.each([
    ["Gartner's analyst", 'michael-warrilow'],
    ['the gartner guy', 'michael-warrilow'],
    ['mike warrilow', 'michael-warrilow'],
    ['Warilow', 'michael-warrilow'],
    ['Cotingham', 'david-cottingham'],
    ['James', 'james-bulpin'],
    ['amazon web services', 'aws'],
    ['Amazon', 'aws'],
    ['the LF', 'linux-foundation'],
    ['xenserver', 'citrix'],
    ['techtarget', 'techtarget'],
    ['Tech Target', 'techtarget'],
    ['El Reg', 'the-register'],
  ])('"%s" names %s', (name, id) => {
    expect(analyse(`what about ${name}?`).entities).toContain(id);
  });

  it('takes the subject of "what did X say" from X, not from what X said it to', () => {
    expect(analyse('What did Amazon tell TechTarget?').subject).toBe('aws');
    expect(analyse('What did the Linux Foundation tell The Register?').subject).toBe('linux-foundation');
  });

  it('maps slang and synonyms onto the story words', () => {
    expect(analyse('is xen dead?').terms).toEqual(analyse('is xen doomed?').terms);
    expect(analyse('the gartner veep').terms).toEqual(analyse('the gartner vice president').terms);
  });

  it('flags names and figures the story never mentions', () => {
    expect(analyse('What did IBM say about KVM?').unknownNames).toEqual(['IBM']);
    expect(analyse('what did vmware say').unknownNames).toEqual(['vmware']);
    expect(analyse('When will Xen 5.0 ship?').unknownNames).toEqual(['5.0']);
    expect(analyse('What did Warrilow say?').unknownNames).toEqual([]);
    expect(analyse('What Did Amazon Tell TechTarget?').unknownNames).toEqual([]);
  });

  it('asks for a kind of thing after "which"', () => {
    expect(analyse('Which hypervisor will AWS use?').kind?.members).toContain('kvm');
    expect(analyse('Which account should people follow?').kind?.members).toEqual(['@mention']);
  });

  it('reads a kind the lexicon names in two words, and no other two words as a kind', () => {
    expect(analyse('What programming languages will it focus on?').kind?.members).toEqual(['java', 'python']);
    expect(analyse('Which news outlet did AWS talk to?').kind?.members).toEqual(['@org']);
    // "cloud company" is not the kind "company": any company named would answer. It is a company the story describes as cloud.
    const cloud = analyse('Which cloud company bought Citrix?');
    expect(cloud.kind?.noun).toBe('cloud company');
    expect(cloud.kind?.qualifiers).toContain('s:cloud');
  });
});

describe('words that ask how, not about what', () => {
  it('drops the words of a process cue, keeping what the question is about', () => {
    expect(analyse('how does the relay attack work').terms).not.toContain('work');
    expect(analyse('who does cottingham work for').terms).toContain('i:role');
  });

  it('drops filler phrases and tag endings', () => {
    expect(analyse('what did the google exec bring up').terms).toEqual(['e:google']);
    expect(analyse('xen is dead, right?').terms).toEqual(['e:xen-project', 's:doom']);
  });

  it('reads a kind after words the story never uses, and does not search for them', () => {
    const question = analyse('what famous bug did the google exec bring up');
    expect(question.kind?.members).toEqual(['log4j']);
    expect(question.terms).not.toContain('famous');
    // A word the story uses keeps its meaning: "which cloud company" is not "which company".
    const cloud = analyse('which cloud company did aws tell');
    expect(cloud.kind?.modifiers).toBeUndefined();
    expect(cloud.terms).toContain('s:cloud');
  });

  it('takes whom something was told from the words after "tell"', () => {
    expect(analyse('what did amazon tell the register').recipient).toBe('the-register');
    expect(analyse('what did amazon tell techtarget').recipient).toBe('techtarget');
    expect(analyse('what did amazon say').recipient).toBeNull();
  });
});

describe('nouns from user text', () => {
  it('still reads "which <noun>" for a story noun after thousands of nouns the story never names', () => {
    // The per-story memory of nouns is bounded; past it, a noun is looked up afresh, with the same result.
    const question = 'which instance type was the first to run on kvm';
    const before = analyse(question).kind;
    for (let i = 0; i < 2500; i++) analyse(`which zq${i}widget was first`);
    const after = analyse(question).kind;
    expect(before?.members).toEqual(['@named']);
    expect(after?.members).toEqual(['@named']);
    for (const fact of index.facts) expect(after?.named?.(fact)).toBe(before?.named?.(fact));
    // "EC2 instance types": the story names a kind of instance type beside the noun.
    const namingOne = index.facts.filter((fact) => fact.answer.includes('EC2 instance types'));
    expect(namingOne.length).toBeGreaterThan(0);
    for (const fact of namingOne) expect(after?.named?.(fact)).toBe(true);
  });
});
