import { describe, expect, it } from 'vitest';
import { withoutAskerClauses } from '../../src/qa/asides.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe('a clause before a comma describing the asker', () => {
  it('is dropped after "as" with someone or a role, after a participle, or after a short framing', () => {
    expect(withoutAskerClauses(language, 'well as somebody who mostly runs VMware, what did Bulpin say')).toBe(
      'what did Bulpin say',
    );
    expect(withoutAskerClauses(language, 'being an IT manager at a school, who told the register about queries')).toBe(
      'who told the register about queries',
    );
    expect(withoutAskerClauses(language, 'for background, I teach cloud courses, where is the rocket going')).toBe(
      'where is the rocket going',
    );
    expect(withoutAskerClauses(language, 'reading this on my phone, which company makes XenServer')).toBe(
      'which company makes XenServer',
    );
  });

  it('is dropped after "for" with a purpose of the asker\'s own', () => {
    expect(withoutAskerClauses(language, "for the timeline I'm reading out, when did the update get added")).toBe(
      'when did the update get added',
    );
    expect(withoutAskerClauses(language, 'for my weekly newsletter, who is the gartner analyst')).toBe(
      'who is the gartner analyst',
    );
    // "for Citrix": no purpose of the asker's, but what is asked about.
    expect(withoutAskerClauses(language, 'for citrix, what did cottingham say')).toBe('for citrix, what did cottingham say');
    const reply = ask("For the timeline I'm reading out, when exactly did the TechTarget update get added to the story?");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('November 24, 2017');
  });

  it('lets the question be answered', () => {
    const reply = ask('as an engineer who has never touched a hypervisor, which analyst said xen was viable with oracle');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Warrilow');
  });

  it('keeps a clause that names what is asked about rather than who asks', () => {
    for (const question of [
      'as for citrix, does it see any customer worry',
      'as far as the register knows, what did schlaeger tell the board',
      'coming back to gartner, what did its analyst say',
      'as the cloud leader, why would aws leave xen',
    ])
      expect(withoutAskerClauses(language, question)).toBe(question);
  });

  it('keeps the message whole where the question speaks of the asker or names nothing the clause names', () => {
    const mine = 'as a xen hoster, should my customers worry';
    expect(withoutAskerClauses(language, mine)).toBe(mine);
    const pointing = 'as someone who pays for Citrix support, what did it say';
    expect(withoutAskerClauses(language, pointing)).toBe(pointing);
  });
});

/**
 * "give me a summary for my boss": a purpose ending the message ("for my …", "for our …") says why
 * the asker asks, and is dropped; in a yes/no question it is the asker's stake, which advice reads.
 */
describe('a purpose ending the message', () => {
  it.each([
    ['give me a summary for my boss', 'in short'],
    ['summarise for our team meeting', 'in short'],
    ['when was it published, for my notes', 'November 22, 2017'],
  ])('is dropped from "%s"', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('stays in a yes/no question, where it is the asker’s stake', () => {
    expect(ask('is kvm good for my servers').answer).not.toContain('excited to see Xen');
  });
});

/** "fact check: …", "verify: …": a label before the question asks nothing of the story. */
describe('a label before the question', () => {
  it.each(['fact check: aws will use kvm on all new instances', 'verify: did aws say it will keep launching on xen'])(
    'is dropped from "%s"',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toMatch(/KVM|Xen/);
    },
  );
});
