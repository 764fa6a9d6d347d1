import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { buildIndex, getIndex } from '../../src/qa/build.js';
import { answerFrom } from '../../src/qa/engine.js';
import { boundsFeature, statesBound } from '../../src/qa/extent.js';
import { getLexicon } from '../../src/qa/lexicon.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const lexicon = getLexicon();
const shipped = getIndex(story);
const ask = (q: string) => answerFrom(shipped, q);
/** The same story and lexicon with no phrase of extent: every question is searched as it was before them. */
const withoutExtent = buildIndex(story, { ...lexicon, extent: { ...lexicon.extent, words: [] } });

/** The first block of a reply: what the engine answers with before anything else. */
const opening = (answer: string) => answer.split('\n\n')[0] ?? '';

/** Words by which the story bounds the change: AWS keeps launching Xen platforms, hasn't said it will stop, stays involved. */
const bound = /haven't said|hasn't said|keep launching|continue to launch|stay involved|remain involved/;

/**
 * Discord users ask how far the news goes: "are they dropping xen completely?", "is aws done with xen for
 * good", "is this permanent". The story answers with what bounds the change (AWS hasn't said it will stop
 * investing in Xen, AWS told TechTarget it will keep launching platforms on both, AWS is expected to stay
 * involved in the Xen Project) and with the other side (all new instance types will use KVM): the bound
 * first, since it settles whether the change is total, then what the question's words find.
 */
describe('a yes/no question whether the change is total', () => {
  it.each([
    'are they dropping xen completely?',
    'is amazon abandoning xen entirely',
    'is aws ditching xen for good?',
    'is aws completely moving off xen',
    'is this permanent',
    'is the switch permanent',
  ])('answers "%s" first with what bounds the change, then with the other side', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(opening(reply.answer)).toMatch(bound);
    expect(reply.answer).toMatch(/all new (future )?(EC2 )?instance types/);
    expect(opening(answerFrom(withoutExtent, question).answer)).not.toMatch(bound);
  });

  it.each(['is aws done with xen for good', 'is aws going 100% kvm'])(
    'answers "%s", which the word of extent sank (searched, or refused as a figure the story never gives)',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toMatch(bound);
      expect(answerFrom(withoutExtent, question).answered).toBe(false);
    },
  );

  it('reads "still" as asking whether something continues: AWS keeps launching platforms on both', () => {
    const reply = ask('does aws still use xen');
    expect(opening(reply.answer)).toMatch(bound);
    expect(opening(answerFrom(withoutExtent, 'does aws still use xen').answer)).not.toMatch(bound);
  });

  it('puts the bound before the turn for a question of keeping on: "will aws still support xen"', () => {
    const reply = ask('will aws still support xen');
    expect(opening(reply.answer)).toMatch(bound);
    expect(reply.answer).toContain('all new future instance types will use KVM');
    expect(opening(answerFrom(withoutExtent, 'will aws still support xen').answer)).not.toMatch(bound);
  });

  it.each(['is xen dead?', 'is xen finished'])(
    'answers "%s" with both sides first: a word of finality the story\'s groups hold is extent and still searched',
    (question) => {
      const reply = ask(question);
      expect(analyseQuestion(shipped, question).extent).toBe(true);
      expect(analyseQuestion(shipped, question).terms).toContain('s:doom');
      expect(opening(reply.answer)).toMatch(bound);
      expect(opening(reply.answer)).toContain('final nail in the coffin');
      expect(reply.answer).toContain('long and happy future');
      expect(opening(answerFrom(withoutExtent, question).answer)).not.toMatch(bound);
    },
  );

  it('leaves a question of extent about something other than the news as it was', () => {
    for (const question of ['is tesla done with bluetooth for good', 'will the moon still be there', 'is python dead forever']) {
      expect(analyseQuestion(shipped, question).extent).toBe(false);
      expect(ask(question)).toEqual(answerFrom(withoutExtent, question));
    }
    expect(ask('is tesla done with bluetooth for good').answered).toBe(false);
  });

  it('does not read a quantifier as extent: "did aws say every new instance type would be on kvm" gets what AWS said', () => {
    const reply = ask('did aws say every new instance type would be on kvm');
    expect(analyseQuestion(shipped, 'did aws say every new instance type would be on kvm').extent).toBe(false);
    expect(opening(reply.answer)).toContain('all new future instance types will use KVM');
  });
});

describe('a fact bounding a change', () => {
  it.each([
    "It's important to note that AWS haven't said that they have a plan to stop investing in Xen.",
    'AWS will keep launching platforms on both Xen and its new hypervisor.',
    'We expect them to remain involved.',
    'In the cloud and for server virtualization, at least.',
    'They did not replace Xen on the old boxes.',
  ])('is one saying something continues, stays, is limited or is not said to end: "%s"', (text) => {
    expect(statesBound(shipped.language, text)).toBe(true);
  });

  it.each([
    'AWS documents revealed a plan to use a custom cut of KVM instead of Xen on all new EC2 instance types.',
    'With Oracle already going to KVM, this puts the final nail in the coffin of Xen.',
    'That email went unanswered for 12 days – plenty of time for AWS to request a correction if our reports are not correct.',
  ])('is not one stating the change, or a negation far from any verb of ending: "%s"', (text) => {
    expect(statesBound(shipped.language, text)).toBe(false);
  });

  it('is marked once per fact at index build', () => {
    const bounded = shipped.facts.filter((f) => f.features.has(boundsFeature)).map((f) => f.answer);
    expect(bounded.some((a) => a.includes('keep launching platforms on both Xen'))).toBe(true);
    expect(bounded.some((a) => a.startsWith('AWS documents revealed'))).toBe(false);
  });
});

/** "are you finished" asks about the bot, however much "finished" reads as the story's doom for Xen. */
describe('a yes/no question about the one asked', () => {
  it.each(['are you finished', 'are you done for good', 'r u dead', 'were you finished'])('declines "%s"', (question) => {
    expect(ask(question).answered).toBe(false);
  });

  it('leaves a question naming something of the story after "are you" to be answered on it', () => {
    expect(ask('are you aware that aws is moving to kvm').answered).toBe(true);
    expect(ask('are they dropping xen').answered).toBe(true);
  });
});

/** "is this confirmed by amazon" names the news's lead actor as the one confirming, as "has amazon confirmed this" does. */
describe('whether the news is confirmed, by its lead actor', () => {
  it.each(['is this confirmed by amazon', 'is it confirmed by aws'])('asks "%s" as whether AWS confirmed it', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(opening(reply.answer)).toMatch(/^Amazon Web Services, in AWS's previous posts/);
  });

  it('leaves another confirmer to decline: "is this confirmed by citrix"', () => {
    expect(ask('is this confirmed by citrix').answered).toBe(false);
  });
});

/**
 * "are existing instances affected" says something undergoes an effect by nothing it names: the news's,
 * as "does this affect existing instances" asks. The Tesla teaser's "affected" no longer answers it.
 */
describe('something affected by nothing named', () => {
  it.each(['are existing instances affected', 'will existing instances be affected'])(
    'reads "%s" as the news\'s effect: the KVM instance type is net-new',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('net-new');
      expect(reply.answer).not.toContain('Tesla');
      expect([...analyseQuestion(shipped, question).news]).toContain('e:aws');
    },
  );

  it('leaves a question naming who is affected, or saying by what, to its own words', () => {
    for (const question of ['are teslas affected', 'which tesla models are affected by the relay attack'])
      expect(analyseQuestion(shipped, question).news.size).toBe(0);
    expect(ask('are teslas affected').answer).toContain('Tesla Model 3 and Y');
  });
});

/**
 * "is KVM dead": the story dooms Xen ("With Oracle already going to KVM, AWS's move puts the final nail
 * in the coffin of Xen"). A fact naming KVM in one clause and the doom of Xen in another says nothing of
 * KVM's doom; a claim the Register makes is not about the Register's.
 */
describe('a state said of a subject', () => {
  it.each(['is kvm dead', 'is the register dead', 'is log4j dead'])('declines "%s": the doom is said of Xen only', (question) => {
    expect(analyseQuestion(shipped, question).state).not.toBeNull();
    expect(ask(question).answered).toBe(false);
  });

  it.each(['is xen dead', 'is the xen hypervisor dead', 'is xen finished in the cloud', 'is xen viable', 'is xen used in cars'])(
    'answers "%s", said of Xen in one clause (a pronoun or a list going on with what is named before it)',
    (question) => {
      expect(ask(question).answered).toBe(true);
    },
  );

  it('reads no state where the words after the subject are not all of a synonym group of the story', () => {
    expect(analyseQuestion(shipped, 'is aws done with xen for good').state).toBeNull();
    expect(analyseQuestion(shipped, 'is it dead').state).toBeNull();
  });
});
