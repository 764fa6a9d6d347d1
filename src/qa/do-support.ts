/**
 * "what's BLE stand for", "what's it mean", "where's Bulpin work": in speech a contracted "'s" after a
 * question word is "does" when a subject and a bare verb follow it, and "'d" is "did" ("what'd he
 * say"); elsewhere it is "is" ("where's Capstone headed", "what's the deal"), which the contraction
 * table already reads as nothing.
 */
import type { Language } from './language.js';
import { escapeRegExp } from './text.js';

/** Most subjects between the question word and its verb are a name or a short noun phrase. */
const subjectReach = 4;

interface Contracted {
  /** The question word as written before the contraction. */
  stem: string;
  auxiliary: string;
}

interface ContractedForms {
  byTyped: ReadonlyMap<string, Contracted>;
  /** Any of them as a word. */
  pattern: RegExp;
}

const formsByLanguage = new WeakMap<Language, ContractedForms>();

/**
 * Each question word (or a slang spelling of one: "wat") with each do-support contraction, apostrophe
 * written or dropped where the lexicon spells the dropped form as that question word ("whats").
 */
function contractedForms(language: Language): ContractedForms {
  let forms = formsByLanguage.get(language);
  if (!forms) {
    const map = new Map<string, Contracted>();
    const spelt = [...language.spelling].filter(([, ws]) => ws.length === 1 && language.interrogatives.has(ws[0] ?? ''));
    const stems = [...language.interrogatives, ...spelt.map(([typed]) => typed)];
    for (const stem of stems)
      for (const [form, auxiliary] of language.doSupport) {
        map.set(`${stem}${form}`, { stem, auxiliary });
        const bare = `${stem}${form.replace(/'/g, '')}`;
        if (spelt.some(([typed]) => typed === bare)) map.set(bare, { stem, auxiliary });
      }
    const alternation = [...map.keys()].map((typed) => escapeRegExp(typed).replace(/'/g, "['’]")).join('|') || '(?!)';
    forms = { byTyped: map, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'giu') };
    formsByLanguage.set(language, forms);
  }
  return forms;
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const clauseEnd = /[,;:?!()]|\.(?=\s|$)/;
const possessive = /'s?$/;
const verbForm = /(?:ing|ed)$/;

function isBareVerbAt(
  language: Language,
  words: readonly string[],
  k: number,
  { determiners, functionWords, prepositions }: ClosedClasses,
): boolean {
  const verb = words[k] ?? '';
  if (!language.bareVerbs.has(verb)) return false;
  const before = words[k - 1] ?? '';
  // "the deal", "AWS's plan": a word right after a determiner or a possessive is a noun; so is one
  // after an adjective of exactness ("the *actual* name of …").
  if (determiners.has(before) || possessive.test(before) || language.precisionAdjectives.has(before)) return false;
  // "the Xen project doing", "the Xen project say": a verb right after it makes it part of the subject.
  const next = words[k + 1];
  if (next !== undefined && (language.bareVerbs.has(next) || verbForm.test(next))) return false;
  // "who's *in* charge of XenServer": a subject may open with a determiner or a pronoun, never a preposition.
  if (prepositions.has(words[0] ?? '')) return false;
  // The subject is one noun phrase: a function word may open it only ("the thing *they* use").
  for (let i = 1; i < k; i++) {
    const word = (words[i] ?? '').replace(possessive, '');
    if (functionWords.has(word) || verbForm.test(word)) return false;
  }
  return true;
}

interface ClosedClasses {
  determiners: ReadonlySet<string>;
  /** Determiners, pronouns, question words, prepositions, conjunctions and auxiliaries. */
  functionWords: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
}

const classesByLanguage = new WeakMap<Language, ClosedClasses>();

function closedClassesOf(language: Language): ClosedClasses {
  let classes = classesByLanguage.get(language);
  if (!classes) {
    const determiners = new Set([
      ...language.articleDeterminers,
      ...language.indefiniteArticles,
      ...language.quantifierDeterminers,
      ...language.otherDeterminers,
    ]);
    const functionWords = new Set([
      ...determiners,
      ...language.anaphors,
      ...language.firstPerson,
      ...language.secondPerson,
      ...language.words.firstPersonSingular,
      ...language.relativePronouns,
      ...language.interrogatives,
      ...language.placePrepositions,
      ...language.affiliationPrepositions,
      ...language.words.abbreviationJoiners,
      ...language.words.coordinators,
      ...language.words.passiveAuxiliaries,
      ...language.yesNoStarts,
    ]);
    const prepositions = new Set([
      ...language.placePrepositions,
      ...language.affiliationPrepositions,
      ...language.interrogativePrepositions,
    ]);
    classes = { determiners, functionWords, prepositions };
    classesByLanguage.set(language, classes);
  }
  return classes;
}

export function withDoSupport(language: Language, message: string): string {
  const { byTyped, pattern } = contractedForms(language);
  // Most questions hold no contracted question word: one pattern test before any splitting.
  pattern.lastIndex = 0;
  for (let match = pattern.exec(message); match; match = pattern.exec(message)) {
    const form = byTyped.get(match[0].toLowerCase().replace(/’/g, "'"));
    if (!form) continue;
    const from = match.index + match[0].length;
    const rest = message.slice(from);
    const end = rest.search(clauseEnd);
    const clause = (end < 0 ? rest : rest.slice(0, end)).toLowerCase().replace(/’/g, "'");
    const words = clause.match(wordPattern) ?? [];
    const classes = closedClassesOf(language);
    for (let k = 1; k <= Math.min(subjectReach, words.length - 1); k++) {
      if (isBareVerbAt(language, words, k, classes))
        return `${message.slice(0, match.index)}${form.stem} ${form.auxiliary}${message.slice(from)}`;
    }
  }
  return message;
}
