import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('a question asking for a name is answered only by a fact giving one', () => {
  it('reads "the name of X" and "X is called what" as asking for a named X, by the noun phrase\'s head', () => {
    expect(analyse("what's the name of citrix's xen server product").kind?.members).toEqual(['@named']);
    expect(analyse('the new service from google is called what').kind?.noun).toBe('new service');
    expect(analyse("what's the name of the satellite bus rocket lab uses").kind?.noun).toBe('satellite bus');
  });

  it('declines with what the story does say where no fact on the topic names the thing', () => {
    const answer = ask("what's the name of the tesla defence mechanism");
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain("doesn't name the defence mechanism of Tesla");
    expect(answer.partial?.answer).toContain('measuring transmission latency');
  });

  it("does not take a person's or organisation's name, a figure or a date for the thing's name", () => {
    // The fact on the topic names TechTarget (whom AWS told) and Xen, neither the hypervisor's name.
    const answer = ask("what is the name of amazon's new hypervisor");
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain("doesn't name the new hypervisor of AWS");
  });

  it('writes a noun its leading names own with the owner after it, by the display name', () => {
    expect(analyse("what is the name of amazon's new hypervisor").kind?.noun).toBe('new hypervisor of AWS');
    expect(analyse("what's the name of the new hypervisor").kind?.noun).toBe('new hypervisor');
  });

  it('takes a name only from the sentence or quotation holding the noun', () => {
    // The headline names KVM; its standfirst's "multi-hypervisor plan" is another quotation.
    const answer = ask("amazon's new hypervisor is called what");
    expect(answer.answered).toBe(false);
    expect(answer.answer).not.toContain('The headline is');
  });

  it('answers with a fact holding the noun and a name the question does not hold', () => {
    const service = ask("what is google's new open source service called");
    expect(service.answered).toBe(true);
    expect(service.answer).toContain('Assured Open Source Software');
    const bus = ask("what's the name of rocket lab's satellite bus");
    expect(bus.answered).toBe(true);
    expect(bus.answer).toContain('Photon');
  });

  it('leaves a person asked for by a job title, or an organisation by its kind, to the tests that ask who', () => {
    expect(analyse("what's the name of citrix's xenserver product management director").kind).toBeNull();
    expect(analyse('what is the security firm that found the tesla relay attack called').kind?.members).not.toEqual(['@named']);
    expect(ask("citrix's xenserver director is called what").answer).toContain('David Cottingham');
  });
});

describe('"which <noun>" for a noun neither the story nor the lexicon knows asks for one the story must name', () => {
  it('reads the unknown noun before the verb as a kind to be named', () => {
    expect(analyse('which university does the capstone spacecraft belong to').kind).toMatchObject({
      members: ['@named'],
      noun: 'university',
    });
  });

  it('declines where the story names none, giving what it says on the topic', () => {
    const answer = ask('which university does the capstone spacecraft belong to');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain("doesn't name the university");
    expect(answer.partial?.answer).toContain('NASA');
  });

  it('leaves a noun the story uses, or one the lexicon lists a kind for, as it was', () => {
    expect(analyse('which state is wallops island in').kind?.noun).not.toBe('state');
    expect(ask('which state is wallops island in').answer).toContain('Virginia');
    expect(ask('which agency owns the capstone spacecraft').answer).toContain('NASA');
  });
});

describe('a yes/no question is not answered by what was meant to happen', () => {
  it('declines where the only fact on the topic states a plan, and the question asks what happened', () => {
    const answer = ask('did capstone end up launching from wallops island in virginia');
    expect(answer.answered).toBe(false);
    expect(answer.answer).not.toContain('meant to launch');
    expect(ask('is the virginia pad where capstone launched from').answered).toBe(false);
  });

  it('answers with the plan a question asks about', () => {
    expect(analyse('was capstone meant to launch from wallops island').asksPlan).toBe(true);
    expect(ask('was capstone meant to launch from wallops island').answer).toContain('meant to launch');
    expect(ask('did capstone plan to launch from virginia').answer).toContain('meant to launch');
  });

  it('still answers from a fact saying what did happen', () => {
    expect(ask('was launch complex 2 ready in time').answer).toContain('completed');
  });
});

describe('"which specific <plural noun>" asks for the members by name, of the kind the question narrows to', () => {
  it('reads an adjective of exactness after the question word as asking for named ones, plural too', () => {
    const question = analyse("which particular python packages does google's new service start with");
    expect(question.kind).toMatchObject({ members: ['@named'], noun: 'python packages' });
    expect(question.terms).not.toContain('particular');
  });

  it('declines with the fact holding the noun where the story names the kind but no member of it', () => {
    for (const q of [
      "which particular python packages does google's new service start with",
      'which specific java packages does assured oss begin with',
    ]) {
      const answer = ask(q);
      expect(answer.answered).toBe(false);
      expect(answer.answer).toMatch(/doesn't name the (java|python) packages/);
      expect(answer.partial?.answer).toContain('Java and Python packages');
    }
  });

  it('still answers where the story names members beside the noun', () => {
    expect(ask('which exact instance types will use kvm').answer).toContain('EC2 instance types');
  });
});

describe('a question opening with someone and a verb of saying asks for part of their words', () => {
  it('takes the speaker as the source, as a yes/no question does', () => {
    const question = analyse("cottingham told us customers of which citrix products hadn't asked anything");
    expect(question.source).toBe('david-cottingham');
    expect(analyse('which citrix products did cottingham name').source).toBeNull();
  });

  it("answers with the speaker's own quote, not their profile summarising it", () => {
    const answer = ask("cottingham told us customers of which citrix products hadn't asked anything");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('XenDesktop');
    expect(answer.answer).not.toContain('director for XenServer');
  });

  it('keeps answering from the speaker where their quote was already the answer', () => {
    expect(ask('bulpin said xen is a good fit for which markets').answer).toContain('James Bulpin');
  });
});

describe('two questions in one message are answered part by part', () => {
  it('answers each part where the story answers both', () => {
    const answer = ask("what did warrilow say about xen's future, and which other company did he say was going to kvm");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('final nail');
    expect(answer.answer).toContain('Oracle');
    const both = ask('who speaks for the xen project and what did they send the register');
    expect(both.answered).toBe(true);
    expect(both.answer).toContain('Linux Foundation');
    expect(both.answer).toContain('active member');
  });

  it('answers the part it can where another names what the story never mentions, and says so; a part too short is no question', () => {
    const answer = ask('what did warrilow say about xen, and what does ibm think of it');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('final nail');
    expect(answer.answer.endsWith("The story doesn't say anything about ibm.")).toBe(true);
    expect(answer.unanswered).toEqual({ kind: 'unknown-names', names: ['ibm'] });
    expect(ask('is xen dead, and who said so').answer).toContain('final nail');
  });
});

describe('a "where" question is answered only by a fact saying where', () => {
  it('declines with what the story says when no fact on the topic holds a preposition of place', () => {
    const answer = ask('where does the thief drive off to in the tesla hack');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain("doesn't say where");
    expect(answer.partial?.answer).toContain('drive away');
  });

  it('answers with a fact placing the thing asked about', () => {
    expect(ask('in the tesla attack where do the crooks put their gadgets').answer).toContain('near the paired phone');
    expect(ask('where did capstone end up launching from').answer).toContain('Mahia');
  });
});
