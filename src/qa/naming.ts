/**
 * Questions asking for a thing by its name or kind ("what's the new service called", "which instance
 * type", "which country does X belong to"), and the names of things in a fact's reply that answer them.
 */
import type { Question } from './analyse.js';
import type { QaIndex } from './build.js';
import type { Fact } from './candidates.js';
import { type Language, namesEntityAt, stemmedTokens, stemOfWord, termsOf } from './language.js';
import { alternationOf, escapeRegExp, standsAt, stem } from './text.js';
import { tuning } from './tuning.js';

/**
 * The names standing beside a noun in a text, lower-cased: "C5 instances", "NVMe-enabled servers",
 * "hypervisor Nitro". A name has a digit, two capitals, or a capital inside a sentence.
 */
function namesBesideNoun(nounStem: string, text: string): string[] {
  const name = '([A-Za-z-]*\\d[\\w-]*|[a-z]*[A-Z][a-z]*[A-Z][\\w-]*|(?<![.!?:]\\s)(?<!^)[A-Z][\\w-]+)';
  // A noun may come with the words qualifying it in the question ("java packag"): they stand as written.
  const qualifiers = nounStem.split(' ');
  const head = qualifiers.pop() ?? '';
  const first = head.charAt(0);
  const caseless = (w: string) => [...w].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : escapeRegExp(c))).join('');
  // The stem and an inflection ("instanc" → instances), not a longer word ("space" → spacecraft).
  const noun = [
    ...qualifiers.map(caseless),
    `[${first.toLowerCase()}${first.toUpperCase()}]${escapeRegExp(head.slice(1))}\\w{0,3}`,
  ].join('\\s+');
  const found: string[] = [];
  // A name may close a parenthesis before the noun: "Bluetooth Low Energy (BLE) signals".
  for (const pattern of [new RegExp(`\\b${name}\\)?\\s+(?=${noun}\\b)`, 'g'), new RegExp(`\\b${noun}\\s+${name}\\b`, 'g')])
    for (const match of text.matchAll(pattern)) if (match[1]) found.push(match[1].toLowerCase());
  return found;
}

const namesByNoun = new WeakMap<QaIndex, Map<string, ReadonlyMap<string, readonly string[]>>>();
/** The nouns remembered per story: the story's own are far fewer; the noun comes from user text, so memory stays bounded. */
const maxNamedKinds = 2000;

/**
 * The names beside a noun in each fact's reply text, keyed by that text (texts with none left out).
 * Found once per noun and story, up to {@link maxNamedKinds} nouns: running the patterns over every
 * fact for every "which <noun>" question was most of that question's time.
 */
function factNamesBesideNoun(index: QaIndex, nounStem: string): ReadonlyMap<string, readonly string[]> {
  let byNoun = namesByNoun.get(index);
  if (!byNoun) {
    byNoun = new Map();
    namesByNoun.set(index, byNoun);
  }
  let byText = byNoun.get(nounStem);
  if (!byText) {
    const found = new Map<string, readonly string[]>();
    for (const fact of index.facts) {
      const names = namesBesideNoun(nounStem, fact.answer);
      if (names.length > 0) found.set(fact.answer, names);
    }
    byText = found;
    if (byNoun.size < maxNamedKinds) byNoun.set(nounStem, byText);
  }
  return byText;
}

/** Whether a fact's reply names a thing of this kind beside the noun, other than a word of the question. */
export function namedKindPattern(index: QaIndex, nounStem: string, questionWords: readonly string[]): (fact: Fact) => boolean {
  const asked = new Set(questionWords);
  const known = factNamesBesideNoun(index, nounStem);
  return (fact) =>
    known.get(fact.answer)?.some((found) => !asked.has(found) && !found.split('-').some((part) => asked.has(part))) ?? false;
}

/**
 * "which instance *types* will use KVM": a plural kind noun asks for the set, which a reply naming every
 * thing of the kind gives ("*all new* instance types"), as well as one naming them.
 */
export function withQuantifiedSets(index: QaIndex, kind: Question['kind'], questionWords: readonly string[]): Question['kind'] {
  const named = kind?.named;
  if (!kind || !named || kind.members[0] !== '@named') return kind;
  const head = kind.noun.split(' ').pop() ?? '';
  if (!/[^s]s$/.test(head)) return kind;
  const headStem = stemOfWord(index.language, head);
  if (!questionWords.includes(head)) return kind;
  const sets = factSetsOfNoun(index, headStem);
  if (sets.size === 0) return kind;
  return { ...kind, named: (fact) => named(fact) || sets.has(fact.answer) };
}

const setsByNoun = new WeakMap<QaIndex, Map<string, ReadonlySet<string>>>();

/**
 * The replies naming every thing of a kind by a universal quantifier before the noun, with up to
 * `tuning.quantifiedNounReach` words between ("*all* new future instance types", "*every* new
 * instance"): found once per noun and story, like the names beside it.
 */
function factSetsOfNoun(index: QaIndex, nounStem: string): ReadonlySet<string> {
  let byNoun = setsByNoun.get(index);
  if (!byNoun) {
    byNoun = new Map();
    setsByNoun.set(index, byNoun);
  }
  let found = byNoun.get(nounStem);
  if (!found) {
    const quantifiers = alternationOf(index.language.words.universalQuantifiers);
    const words = nounStem.split(' ').map((w) => `${escapeRegExp(w)}\\w{0,3}`);
    const pattern = new RegExp(
      `\\b(?:${quantifiers})\\s+(?:[\\w-]+\\s+){0,${tuning.quantifiedNounReach}}${words.join('\\s+')}\\b`,
      'i',
    );
    found = new Set(index.facts.filter((f) => pattern.test(f.answer)).map((f) => f.answer));
    if (byNoun.size < maxNamedKinds) byNoun.set(nounStem, found);
  }
  return found;
}

/** Whether any fact names a thing of this kind beside the noun. */
export function storyNamesOfKind(index: QaIndex, nounStem: string): boolean {
  return factNamesBesideNoun(index, nounStem).size > 0;
}

/**
 * "which country does CAPSTONE belong to": the noun after the question word, right before its verb, is
 * a word neither the story nor the lexicon knows (nor WordNet leads to the story). The question asks
 * for a thing of a kind the story never names, so no fact answers it by its other words (NASA owns
 * CAPSTONE, but is no country): the answer must name one beside the noun, as for "which instance type".
 */
export function unknownKind(index: QaIndex, words: readonly string[], i: number): Question['kind'] {
  const { language } = index;
  const noun = words[i];
  if (noun === undefined || !language.yesNoStarts.has(words[i + 1] ?? '')) return null;
  const nounStem = stem(noun, language.stems);
  if (language.vocabulary.has(noun) || language.vocabulary.has(nounStem) || language.stopwords.has(noun)) return null;
  if (language.modifiers.has(nounStem) || language.paraphrases.has(nounStem) || language.kinds.has(nounStem)) return null;
  // A word the lexicon maps (a synonym group, an intent, a spelling) is known.
  if (termsOf(language, [nounStem], false)[0] !== nounStem) return null;
  return { members: ['@named'], term: nounStem, noun, named: namedKindPattern(index, nounStem, words) };
}

const compoundsByIndex = new WeakMap<QaIndex, ReadonlyMap<string, readonly (readonly string[])[]>>();

/**
 * The compounds a story heads with a noun in lower case, as each one's terms: "the *passive entry*
 * feature" → [passiv, entry]. Two or three content words after a stopword, none ending in punctuation.
 * Every head noun's compounds are found once per story, so a question only looks its noun up.
 */
function storyCompounds(index: QaIndex, nounStem: string): readonly (readonly string[])[] {
  let byNoun = compoundsByIndex.get(index);
  if (!byNoun) {
    byNoun = compoundsByHead(index);
    compoundsByIndex.set(index, byNoun);
  }
  return byNoun.get(nounStem) ?? [];
}

function compoundsByHead(index: QaIndex): ReadonlyMap<string, readonly (readonly string[])[]> {
  const { language } = index;
  const isStop = (w: string) => language.stopwords.has(w) || language.stopwords.has(stem(w, language.stems));
  const found = new Map<string, Map<string, readonly string[]>>();
  for (const fact of index.facts) {
    const tokens = fact.answer.split(/\s+/);
    for (let k = 0; k < tokens.length; k++) {
      const head = (tokens[k] ?? '').replace(/[^\p{L}\p{N}]+$/u, '');
      if (!/^[a-z]+$/.test(head)) continue;
      const words: string[] = [];
      let j = k - 1;
      for (; j >= 0 && words.length < tuning.compoundReach; j--) {
        const word = tokens[j] ?? '';
        if (!/^[a-z][a-z-]*$/.test(word) || isStop(word)) break;
        words.unshift(word);
      }
      if (words.length < 2 || j < 0 || !isStop((tokens[j] ?? '').toLowerCase())) continue;
      const terms = termsOf(language, stemmedTokens(language, words.join(' '), language.stemCache), false);
      if (terms.length !== words.length) continue;
      const headStem = stem(head, language.stems);
      let compounds = found.get(headStem);
      if (!compounds) {
        compounds = new Map();
        found.set(headStem, compounds);
      }
      compounds.set(terms.join(' '), terms);
    }
  }
  return new Map([...found].map(([headStem, compounds]) => [headStem, [...compounds.values()]]));
}

/**
 * "which Tesla *feature* is the weak spot": a noun the story heads a compound with ("the passive
 * entry feature") asks for that compound: a fact holding all its words answers ("passive entry is
 * affected"), unless the question holds them itself.
 */
export function compoundKind(index: QaIndex, words: readonly string[], head: string, noun: string): Question['kind'] {
  const { language } = index;
  const headStem = stem(head, language.stems);
  const compounds = storyCompounds(index, headStem);
  if (compounds.length === 0) return null;
  const term = termsOf(language, [headStem], false)[0] ?? null;
  if (!term || term.startsWith('e:') || term.startsWith('i:')) return null;
  const asked = new Set(termsOf(language, stemmedTokens(language, words.join(' '), language.stemCache), false));
  const wanted = compounds.filter((terms) => !terms.some((t) => asked.has(t)));
  if (wanted.length === 0) return null;
  return {
    members: ['@named'],
    term,
    noun,
    named: (fact) => wanted.some((terms) => terms.every((t) => fact.terms.has(t))),
  };
}

/** Where a word sequence starts in the words, or -1. */
function indexOfSequence(words: readonly string[], sequence: readonly string[]): number {
  for (let i = 0; i + sequence.length <= words.length; i++) if (standsAt(words, i, sequence)) return i;
  return -1;
}

/**
 * "what's the name of AWS's new hypervisor", "Citrix's Xen-based server product is called what": a
 * question asking for a thing's name is answered only by a fact holding the noun (the noun
 * phrase's last word) and a name the question does not hold that is no person's or organisation's
 * ("the new service … is called *Assured Open Source Software*"). Where none does, it declines with
 * what the story does say.
 */
export function namingKind(index: QaIndex, words: readonly string[]): Question['kind'] {
  const { language } = index;
  const isContent = (w: string) => !language.stopwords.has(w) && !language.stopwords.has(stem(w, language.stems));
  // The first run of content words from `from`, before `to`.
  const contentRun = (from: number, to: number) => {
    let i = from;
    while (i < to && !isContent(words[i] ?? '')) i++;
    let end = i;
    while (end < to && isContent(words[end] ?? '')) end++;
    return { i, end };
  };
  let span: readonly string[] = [];
  for (const sequence of language.namingPhrases.after) {
    const at = indexOfSequence(words, sequence);
    if (at < 0) continue;
    const { i, end } = contentRun(at + sequence.length, words.length);
    span = words.slice(i, end);
    break;
  }
  // "aws new hypervisor name": the noun phrase before a closing naming word, with no question word.
  if (span.length === 0 && !words.some((w) => language.interrogatives.has(w)))
    for (const sequence of language.namingPhrases.closing) {
      const at = words.length - sequence.length;
      if (at < 1 || !standsAt(words, at, sequence)) continue;
      const run = contentRun(0, at);
      // "gartner analyst's *full* name": a word of precision qualifies the name, not the thing named.
      while (run.end > run.i && language.precisionAdjectives.has(words[run.end - 1] ?? '')) run.end--;
      span = words.slice(run.i, run.end);
      break;
    }
  if (span.length === 0)
    for (const sequence of language.namingPhrases.before) {
      const at = indexOfSequence(words, sequence);
      if (at < 1) continue;
      const { i, end } = contentRun(0, at);
      span = words.slice(i, end);
      break;
    }
  // The noun phrase ends at a name after its noun: "the satellite bus *Rocket Lab* uses". Names
  // before any noun own it: "AWS's new hypervisor".
  const stems = span.map((w) => stem(w, language.stems));
  const namesAt = (k: number) => namesEntityAt(language, stems, k);
  let cut = -1;
  for (let k = 0, nounSeen = false; k < stems.length && cut < 0; k++)
    if (namesAt(k)) cut = nounSeen ? k : -1;
    else nounSeen = true;
  const phrase = cut > 0 ? span.slice(0, cut) : span;
  const head = phrase[phrase.length - 1];
  if (head === undefined) return null;
  const headStem = stem(head, language.stems);
  // "what is the security *firm* … called": an organisation or a person is asked for as "which firm" asks.
  if (language.kinds.get(headStem)?.some((m) => m === '@org' || m === '@person')) return null;
  const term = termsOf(language, [headStem], false)[0] ?? null;
  if (!term || term.startsWith('e:') || term.startsWith('i:') || term.startsWith('o:')) return null;
  // "the name of the Citrix product management *director*": a noun of the story's job titles asks for a person.
  if (jobTitleTerms(index).has(term)) return null;
  const asked = new Set(words);
  const isNew = (name: readonly string[]) => !name.every((w) => asked.has(w));
  // "what's Google's new *offering* called": a noun the topic lists members of is named by a member
  // the reply calls by a naming verb, whatever noun it gives the thing ("the new service … is called …").
  const listed = new Set(language.kinds.get(headStem)?.filter((m) => !m.startsWith('@')) ?? []);
  const isListed = (name: ThingName) =>
    name.called && isNew(name.words) && listed.has(name.words.map((w) => stem(w, language.stems)).join(' '));
  return {
    members: ['@named'],
    term,
    noun: ownedNoun(index, phrase),
    named: (fact) => {
      const holds = fact.terms.has(term);
      if (!holds && listed.size === 0) return false;
      return thingNamesIn(language, fact).some((part) =>
        part.names.some((name) => (holds && name.names.has(term) && isNew(name.words)) || isListed(name)),
      );
    },
  };
}

/**
 * A noun phrase its leading names own, written with the owner after it so that it reads after "the":
 * "AWS's new hypervisor" → "new hypervisor of AWS" ("The story doesn't name the new hypervisor of AWS").
 */
function ownedNoun(index: QaIndex, phrase: readonly string[]): string {
  const { language, story } = index;
  const stems = phrase.map((w) => stem(w, language.stems));
  const owners: string[] = [];
  let k = 0;
  for (
    let found = language.phrases.longestAt(stems, 0);
    found && k < stems.length;
    found = language.phrases.longestAt(stems, k)
  ) {
    const id = found.values.find((v) => v.startsWith('e:'))?.slice(2);
    if (id === undefined) break;
    owners.push(
      story.personById.get(id)?.name ?? story.organisationById.get(id)?.name ?? phrase.slice(k, k + found.length).join(' '),
    );
    k += found.length;
  }
  if (owners.length === 0 || k >= phrase.length) return phrase.join(' ');
  return `${phrase.slice(k).join(' ')} of ${owners.join(' and ')}`;
}

const jobTitleTermsByIndex = new WeakMap<QaIndex, ReadonlySet<string>>();

/** The terms of the story's people's job titles, once per index. */
export function jobTitleTerms(index: QaIndex): ReadonlySet<string> {
  let terms = jobTitleTermsByIndex.get(index);
  if (!terms) {
    const { language } = index;
    terms = new Set(
      index.story.people.flatMap((p) => (p.title ? termsOf(language, stemmedTokens(language, p.title), false) : [])),
    );
    jobTitleTermsByIndex.set(index, terms);
  }
  return terms;
}

const jobTitleStemsByIndex = new WeakMap<QaIndex, ReadonlySet<string>>();

/** The stems of the words of the story's people's job titles ("xenserver"), once per index. */
export function jobTitleStems(index: QaIndex): ReadonlySet<string> {
  let stems = jobTitleStemsByIndex.get(index);
  if (!stems) {
    stems = new Set(index.story.people.flatMap((p) => (p.title ? stemmedTokens(index.language, p.title) : [])));
    jobTitleStemsByIndex.set(index, stems);
  }
  return stems;
}

const replyTermsByFact = new WeakMap<Fact, ReadonlySet<string>>();

/** The terms of a fact's reply alone, not of the context it is found by; found once per fact. */
export function replyTerms(language: Language, fact: Fact): ReadonlySet<string> {
  let terms = replyTermsByFact.get(fact);
  if (!terms) {
    terms = new Set(termsOf(language, stemmedTokens(language, fact.answer, language.stemCache), false));
    replyTermsByFact.set(fact, terms);
  }
  return terms;
}

/**
 * A name in a reply, with the terms of what it can name: its own words ("Launch *Complex* 2"), the word right before it (after a comma:
 * "the pad, *Launch Complex 2*"), the words of a compound right after it ("the *C5* instances",
 * "any *Photon* satellite bus"), and, after a
 * naming verb ("is *called* Assured Open Source Software"), every word before it in its sentence.
 */
interface ThingName {
  words: readonly string[];
  names: ReadonlySet<string>;
  /** Whether a naming verb comes right before it ("is *called* Assured Open Source Software"). */
  called: boolean;
}

/** A sentence or quotation of a fact's reply: its terms and the names of things in it. */
interface ReplyPart {
  terms: ReadonlySet<string>;
  names: readonly ThingName[];
}

const thingNamesByFact = new WeakMap<Fact, readonly ReplyPart[]>();

/**
 * The sentences and quotations of a fact's reply, each with its terms and the names of things in it,
 * lower-cased, each as its words: runs of words holding a digit or a capital ("Assured Open Source
 * Software", "EC2"), but not a lone capitalised word opening a sentence ("The", "UPDATE"), a person's
 * or organisation's name (it says who, not what a thing is called: "EC2" is AWS, "TechTarget" whom
 * AWS told), a figure or a date. A name answers for a noun in its own sentence: the headline's "KVM"
 * does not name the standfirst's "multi-hypervisor plan". Found once per fact.
 */
function thingNamesIn(language: Language, fact: Fact): readonly ReplyPart[] {
  let parts = thingNamesByFact.get(fact);
  if (!parts) {
    const isValue = (w: string) => /^\d+(?:st|nd|rd|th)?$/.test(w) || language.words.months.includes(w);
    parts = fact.answer
      .split(/(?<=[.!?])\s+|[\u201c\u201d"]/)
      .filter((text) => text.trim() !== '')
      .map((text) => {
        const names: ThingName[] = [];
        const termsOfText = (word: string | undefined) =>
          word === undefined ? [] : termsOf(language, stemmedTokens(language, word, language.stemCache), false);
        for (const match of text.matchAll(
          /(?:[\w-]*[A-Z0-9][\w-]*(?:['\u2019]s)?)(?:\s+[\w-]*[A-Z0-9][\w-]*(?:['\u2019]s)?)*/g,
        )) {
          const run = match[0];
          const before = text.slice(0, match.index).trimEnd();
          const opensSentence = before === '' || /[.!?:]$/.test(before);
          if (opensSentence && /^(?:[A-Z][a-z'\u2019-]*|[A-Z]{4,})$/.test(run)) continue;
          const name = run.replace(/['\u2019]s\b/g, '').toLowerCase();
          const words = name.split(/\s+/);
          if (words.every(isValue)) continue;
          if (termsOf(language, stemmedTokens(language, name, language.stemCache), false).some((t) => t.startsWith('e:')))
            continue;
          const after = text.slice(match.index + run.length);
          const wordBefore = /([\w'\u2019-]+)[,\s]*$/.exec(before)?.[1];
          const wordsAfter = (/^(?:\s+[\w-]+)+/.exec(after)?.[0] ?? '').trim().split(/\s+/);
          const named = new Set([
            ...termsOfText(name),
            ...termsOfText(wordBefore),
            ...wordsAfter.slice(0, tuning.nameCompoundReach).flatMap((w) => termsOfText(w)),
          ]);
          const verb = language.namingVerbs.find((v) => before.toLowerCase().endsWith(` ${v}`));
          if (verb) for (const t of termsOfText(before.slice(0, before.length - verb.length))) named.add(t);
          names.push({ words, names: named, called: verb !== undefined });
        }
        return { terms: new Set(termsOf(language, stemmedTokens(language, text, language.stemCache), false)), names };
      });
    thingNamesByFact.set(fact, parts);
  }
  return parts;
}
