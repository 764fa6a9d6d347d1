import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { buildIndex, getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { Paraphrases } from '../../src/qa/language.js';
import { getLexicon } from '../../src/qa/lexicon.js';
import { rankFacts, termWeight } from '../../src/qa/rank.js';
import { stem } from '../../src/qa/text.js';
import { tuning } from '../../src/qa/tuning.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('chat fillers and clipped words', () => {
  it('drops fillers and prepositions the story never uses instead of counting them as unknown', () => {
    const index = getIndex(story);
    for (const word of ['ngl', 'wait', 'tbh', 'against', 'around', 'inside'])
      expect(analyseQuestion(index, `${word} what did gartner say about xen`).terms).not.toContain(word);
    expect(ask('ngl what did warrilow say about xen').answered).toBe(true);
  });

  it('spells out org and lang, so the kind they name is understood', () => {
    const index = getIndex(story);
    expect(analyseQuestion(index, 'which org speaks for the xen project').kind).not.toBeNull();
    expect(ask('which org speaks for the xen project').answer).toContain('Linux Foundation');
  });
});

describe('words that only describe', () => {
  const lexicon = getLexicon();
  const shipped = getIndex(story);
  const without = buildIndex(story, { ...lexicon, wordnet: { ...lexicon.wordnet, modifiers: [] } });
  const best = (index: typeof shipped, q: string) => rankFacts(index, analyseQuestion(index, q))[0];

  it('are listed from WordNet: adjectives and adverbs with no noun or verb sense', () => {
    expect(shipped.language.modifiers.has('everywher')).toBe(true);
    expect(shipped.language.modifiers.has('upcom')).toBe(true);
    // "last" is also a noun, and "lastly" stems to it; "ceo" and "founded" name things.
    for (const word of ['last', 'ceo', 'found', 'kernel']) expect(shipped.language.modifiers.has(word)).toBe(false);
  });

  it('weigh less than an unknown noun, but no less than a real term', () => {
    expect(termWeight(shipped, 'everywher')).toBe(tuning.modifierWeight);
    expect(termWeight(shipped, 'ceo')).toBe(shipped.unknownWeight);
    expect(tuning.modifierWeight).toBeLessThan(shipped.unknownWeight);
  });

  it('no longer sink a question the story answers', () => {
    // "everywhere" is now a word of extent, read by extent.ts, so "worldwide" stands for the class here.
    for (const q of ['is xen doomed worldwide', 'will upcoming instance types use kvm']) {
      expect(best(without, q)?.coverage ?? 0).toBeLessThan(tuning.minCoverage);
      expect(best(shipped, q)?.coverage ?? 0).toBeGreaterThanOrEqual(tuning.minCoverage);
      expect(ask(q).answered).toBe(true);
    }
  });

  it('leave a question naming something the story lacks declined', () => {
    expect(ask('is the ceo of citrix worried').answered).toBe(false);
    expect(ask('which university did xen originally come out of').answered).toBe(false);
  });
});

describe('everyday words for parts, jobs and kinds (language lexicon)', () => {
  it('reads "gig" as asking for a role', () => {
    const answer = ask("what is james bulpin's gig");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('senior director of technology');
  });

  it('reads "addendum" as the update', () => {
    const answer = ask('what does the addendum say');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('TechTarget');
  });

  it('reads "work where" as asking for a role', () => {
    expect(ask('james bulpin and david cottingham work where').answer).toContain('Citrix');
  });

  it("knows the words of the page's own lines: a year in the footer is no unknown name", () => {
    const index = getIndex(story);
    expect(analyseQuestion(index, 'why does the footer say 2022').unknownNames).toEqual([]);
    expect(analyseQuestion(index, 'why does the footer say 2031').unknownNames).toEqual(['2031']);
  });

  it('reads "go live" as publishing and "edited" as the update', () => {
    const published = ask('when did the article go live');
    expect(published.answered).toBe(true);
    expect(published.answer).toContain('November 22, 2017');
    const updated = ask('was the article edited after it came out');
    expect(updated.answered).toBe(true);
    expect(updated.answer).toContain('November 24, 2017');
  });

  it('reads "which security firm" as asking for an organisation', () => {
    const index = getIndex(story);
    expect(analyseQuestion(index, 'which security firm discovered the relay attack').kind?.members).toEqual(['@org']);
    expect(ask('which security firm discovered the relay attack').answer).toContain('NCC Group');
  });
});

describe('reading the question', () => {
  const index = getIndex(story);

  it('reads "us" after an article as a name, not the writer', () => {
    expect(analyseQuestion(index, 'why was the us launch pad not used').entities).not.toContain('the-register');
    expect(analyseQuestion(index, 'what did the LF tell us').entities).toContain('the-register');
  });

  it('never leads a WordNet paraphrase to a name ("found" is no sense of the Linux Foundation)', () => {
    const lexicon = getLexicon();
    const withFoundation = buildIndex(story, {
      ...lexicon,
      wordnet: { ...lexicon.wordnet, synonyms: { establish: ['foundation'] } },
    });
    const question = analyseQuestion(withFoundation, 'who did establish the tesla relay attack');
    expect(question.terms.some((t) => t.startsWith('x:'))).toBe(false);
    expect(question.entities).not.toContain('linux-foundation');
  });
});

describe('everyday paraphrases (synonym groups)', () => {
  it('reads dialling into a call as the call', () => {
    expect(ask("who dialled into the board's call for aws").answer).toContain('Chris Schlaeger');
  });

  it('reads a seat on the governing body as membership of the board', () => {
    expect(ask("does aws still have a seat on the xen project's governing body").answer).toContain('member');
  });

  it('reads heading to as moving to', () => {
    expect(ask('which company is heading to kvm according to warrilow').answer).toContain('Oracle');
  });

  it('reads defend as the defence and nick as steal', () => {
    expect(ask('how does the tesla defend against relaying').answer).toContain('latency-based defence');
    expect(ask('could someone nick a tesla model 3 with this').answered).toBe(true);
  });

  it('finds the standfirst by what it says, not only by its name', () => {
    for (const q of ["what does the subheading say about aws's plan", 'according to the strapline, what changed its tune']) {
      const answer = ask(q);
      expect(answer.answered).toBe(true);
      expect(answer.answer).toContain('multi-hypervisor plan is its future');
    }
  });

  it('reads being ghosted or left on read as no reply, and a sit-down as an interview', () => {
    for (const q of ['did aws ghost the register', 'how long did amazon leave the reg on read'])
      expect(ask(q).answer).toContain('unanswered for 12 days');
    expect(ask('did the reg ask amazon for a sit-down').answer).toContain('interview');
    // A chat alone is no interview.
    expect(ask('can we chat about xen').answered).toBe(false);
  });

  it('reads "wireless" as the story\'s Bluetooth and a designation as a name', () => {
    expect(ask('which wireless signals did ncc group relay').answer).toContain('Bluetooth Low Energy');
    expect(ask("what's the designation of the pad at wallops island").answer).toContain('Launch Complex 2');
  });

  it('reads the note at the bottom as the update', () => {
    expect(ask('what does the note at the bottom say').answer).toContain('TechTarget');
  });
});

describe('the WordNet table at start-up', () => {
  it('resolves a paraphrase to story terms only when a question uses it, once', () => {
    const resolved: string[][] = [];
    const table = new Map([['feasibl', { words: ['viable'], relation: 'synonym' as const }]]);
    const paraphrases = new Paraphrases(table, (words) => {
      resolved.push([...words]);
      return ['s:viabl'];
    });
    expect(paraphrases.size).toBe(1);
    expect(resolved).toEqual([]);
    expect(paraphrases.get('feasibl')).toEqual({ terms: ['s:viabl'], relation: 'synonym' });
    expect(paraphrases.get('feasibl')?.terms).toEqual(['s:viabl']);
    expect(paraphrases.has('unknown')).toBe(false);
    expect(resolved).toEqual([['viable']]);
  });

  it('ships its keys and modifiers stemmed as the engine stems questions', () => {
    const index = getIndex(story);
    const { wordnet } = getLexicon();
    // An irregular form is stored as its stem ("given" → give), which the stemmer does not take again.
    const irregular = new Set(index.language.stems.values());
    for (const key of Object.keys(wordnet.synonyms).slice(0, 50))
      expect(
        key
          .split(' ')
          .map((w) => (irregular.has(w) ? w : stem(w, index.language.stems)))
          .join(' '),
      ).toBe(key);
    expect(wordnet.modifiers).toContain('upcom');
  });
});

describe('asking for an exact number, wherever the word stands', () => {
  it('reads "how many X exactly" and "a real number" as an exact count, and declines with a partial answer', () => {
    const index = getIndex(story);
    expect(analyseQuestion(index, 'how many devices exactly will come online at the edge').wants).toBe('exactCount');
    expect(analyseQuestion(index, 'how many devices will come online, like a real number').wants).toBe('exactCount');
    const answer = ask('how many devices exactly will come online at the edge');
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toContain('billions');
  });

  it('reads "which model years" as asking for a year of that reckoning, while "which model" still asks for the model', () => {
    const index = getIndex(story);
    expect(analyseQuestion(index, 'what model years of the tesla can be unlocked this way').wants).toBe('reckonedYear');
    const answer = ask('what model years does the relay attack work on');
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toBeDefined();
    expect(ask('which tesla models can be unlocked this way').answer).toContain('Model 3');
  });
});
