import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { buildIndex, getIndex } from '../../src/qa/build.js';
import { answerFrom, answerQuestion } from '../../src/qa/engine.js';
import { getLexicon } from '../../src/qa/lexicon.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);
const lexicon = getLexicon();

describe('a relative clause holding a verb of saying ("the exec who said …")', () => {
  it('describes the noun the question asks about: it does not make a "what did X say" question', () => {
    expect(analyseQuestion(shipped, 'what is the role of the person who said xen is doomed').type).toBe('what');
    expect(analyseQuestion(shipped, "what's the role of the google exec who said assured oss is free").type).toBe('what');
  });

  it('lets the question be answered with what it asks for', () => {
    const reply = ask("what's the role of the google exec who said assured oss is free");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('VP');
    expect(ask('what is the role of the person who said xen is doomed').answer).toContain('research veep');
  });

  it('leaves a clause that only names the speaker, and a question opening with it, as they were', () => {
    expect(analyseQuestion(shipped, 'what did the citrix guy who runs xenserver say about benchmarks').type).toBe('said');
    expect(analyseQuestion(shipped, 'who said oracle is going to kvm').type).toBe('speaker');
  });

  it('still declines what the story does not give about that person', () => {
    expect(ask("what's the salary of the gartner guy who said xen was dead").answered).toBe(false);
  });
});

describe('not knowing, in everyday words (the story: "has no idea why")', () => {
  const without = buildIndex(story, {
    ...lexicon,
    synonyms: lexicon.synonyms.filter((group) => !group.includes('no idea')),
  });

  it('reads baffled, make sense of, work out as the story’s "no idea"', () => {
    for (const q of ['what is el reg baffled about', "what can't the register make sense of"]) {
      const reply = ask(q);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('no idea');
      expect(answerFrom(without, q).answered).toBe(false);
    }
  });

  it('does not make someone else’s puzzlement, or another subject, answerable', () => {
    expect(ask('what is citrix puzzled about').answered).toBe(false);
    expect(ask('does gartner understand quantum computing').answered).toBe(false);
  });
});

describe('a yes/no question holding a clause that opens with a question word', () => {
  it('stays yes/no: the clause\'s "… spoke to …" asks nothing of its own', () => {
    const q = 'does the register understand why amazon spoke to techtarget';
    expect(analyseQuestion(shipped, q).type).toBe('yesno');
    const reply = ask(q);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('no idea');
  });

  it('leaves "did X comment on …" asking what X said', () => {
    expect(analyseQuestion(shipped, 'did oracle comment on the aws news').type).toBe('said');
    expect(ask('did oracle comment on the aws news').answered).toBe(false);
  });
});

describe('indefinite pronouns (every-, some-, any-, no- + one, body, thing)', () => {
  const added = new Set(['everyone', 'everybody', 'everything', 'noone', 'nobody', 'nothing']);
  const without = buildIndex(story, { ...lexicon, stopwords: lexicon.stopwords.filter((w) => !added.has(w)) });
  const q = 'why was nothing of what schlaeger said put in the minutes';

  it('ask nothing, like "something" and "anyone"', () => {
    expect(analyseQuestion(shipped, q).terms).toEqual(['e:chris-schlaeger', 's:minut']);
    expect(analyseQuestion(without, q).terms).toContain('noth');
  });

  it('no longer sink a question the story answers', () => {
    expect(ask(q).answer).toContain('left out of the minutes');
    expect(answerFrom(without, q).answered).toBe(false);
  });

  it('leave an off-topic question to decline on its own words', () => {
    expect(ask('why does everything break on mars').answered).toBe(false);
  });
});

describe('a guess at the answer after a who question’s last comma', () => {
  it('is not what the question asks about: the answer names whoever the story says', () => {
    const q = 'who told the register oracle is going to kvm, cottingham?';
    expect(analyseQuestion(shipped, q).terms).not.toContain('e:david-cottingham');
    const reply = ask(q);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Warrilow');
  });

  it('may be misspelled', () => {
    expect(analyseQuestion(shipped, 'who addressed the advisory board call, shlaeger?').terms).not.toContain('e:chris-schlaeger');
  });

  it('stays the subject when the question names that person before the comma', () => {
    expect(analyseQuestion(shipped, 'who is the google vp, potti?').terms).toContain('e:sunil-potti');
  });

  it('does not make a question the story cannot answer answerable', () => {
    expect(ask('who founded kvm, warrilow?').answered).toBe(false);
  });
});

describe('"which <kind>" for a kind the lexicon lists', () => {
  it('is also answered by a fact naming one by the noun ("the new EC2 hypervisor")', () => {
    const reply = ask("per aws's older posts, which hypervisor will eventually run all new instance types");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('EC2 hypervisor');
  });

  it('still declines where the story names none for what is asked', () => {
    expect(ask('which hypervisor does google cloud use').answered).toBe(false);
  });
});

describe('cloze instructions ("fill in the blank", "complete the sentence")', () => {
  const cloze = new Set(['fill in the blank', 'complete the sentence', 'finish the quote', 'blank']);
  const without = buildIndex(story, { ...lexicon, stopPhrases: lexicon.stopPhrases.filter((p) => !cloze.has(p)) });
  // Blanks written as underscores are filled from the words around them (blanks.ts); an ellipsis is
  // searched as the rest of the sentence is.
  const questions = [
    'finish the quote: the gartner analyst said this puts the final … in the coffin',
    'complete the sentence: warrilow thinks this puts the final ... in the coffin of xen',
  ];

  it('ask nothing of the story: the sentence around the blank does', () => {
    for (const q of questions) {
      expect(ask(q).answer).toContain('final nail in the coffin');
      expect(answerFrom(without, q).answered).toBe(false);
    }
  });

  it('leave a blank the story cannot fill declined', () => {
    expect(ask('fill in the blank: the capital of france is ____').answered).toBe(false);
  });
});

describe('antonyms in a yes/no question (WordNet, the story’s adjectives and adverbs)', () => {
  const without = buildIndex(story, { ...lexicon, wordnet: { ...lexicon.wordnet, antonyms: {} } });
  const q = 'are the xen board minutes private';

  it('read the opposite word as the story’s, which answers yes or no', () => {
    expect(analyseQuestion(shipped, q).terms).toContain('x:privat');
    const reply = ask(q);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Publicly-posted');
    expect(answerFrom(without, q).answered).toBe(false);
  });

  it('are not read in other questions, where the opposite is not the answer', () => {
    expect(analyseQuestion(shipped, 'what was private about the advisory board minutes').terms).toContain('privat');
  });

  it('leave an off-topic question declined', () => {
    expect(ask('is the moon landing unimportant').answered).toBe(false);
  });
});
