/**
 * Questions asking what a general term means ("what is a hypervisor", "what does edge computing
 * mean"). A news story uses such terms without defining them, so a text merely holding the term
 * does not answer; the story's own names ("what is CAPSTONE") and parts of the page ("what is the
 * standfirst") are described by the story and are left to the rest of the engine.
 */
import type { QaIndex } from './build.js';
import { stemOfWord, termsOf } from './language.js';
import { standsAt } from './text.js';
import { tuning } from './tuning.js';

/**
 * The general term a definition question asks about, in the question's words ("a hypervisor" →
 * "hypervisor"), or null: no definition frame matches the whole question, the term is long, opens
 * with a determiner ("what is *the* headline") or names something the story names or holds.
 */
export function definedTerm(index: QaIndex, words: readonly string[]): string | null {
  const { language } = index;
  for (const { before, after } of language.definitionFrames) {
    if (words.length < before.length + after.length + 1) continue;
    if (!standsAt(words, 0, before) || !standsAt(words, words.length - after.length, after)) continue;
    const defined = words.slice(before.length, words.length - after.length);
    if (defined.length === 0 || defined.length > tuning.maxDefinedWords) return null;
    // "what is AFTS": the story spells it out, which is what it is.
    if (defined.length === 1 && introducedAbbreviations(index).has(defined[0] ?? '')) return null;
    const first = defined[0] ?? '';
    if (language.articleDeterminers.has(first) || language.interrogatives.has(first)) return null;
    // "what are *they* switching to", "what is *it* based on": a clause about the news defines nothing.
    if (language.newsPronouns.has(first)) return null;
    // "what is CAPSTONE", "what is Launch Complex 2": a word the story only writes as a name is its own.
    const names = nameWords(index);
    if (defined.some((w) => names.has(w))) return null;
    const terms = termsOf(
      language,
      defined.map((w) => stemOfWord(language, w)),
      false,
    );
    // An entity, a part of the page, or a word standing for one ("cloud colossus") is the story's own.
    if (terms.length === 0 || terms.some((t) => /^[ei]:/.test(t))) return null;
    return defined.join(' ');
  }
  return null;
}

const nameWordsByIndex = new WeakMap<QaIndex, ReadonlySet<string>>();

/**
 * The words the story writes only with a capital inside a sentence ("CAPSTONE", "Complex", "KVM"),
 * lower case: names, not general terms. "Hypervisor" is no name, since the story also writes
 * "hypervisor". Found once per story.
 */
export function nameWords(index: QaIndex): ReadonlySet<string> {
  let names = nameWordsByIndex.get(index);
  if (!names) {
    const capitalised = new Set<string>();
    const lower = new Set<string>();
    for (const fact of index.facts)
      for (const match of fact.answer.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu)) {
        const word = match[0];
        if (!/^\p{Lu}/u.test(word)) {
          lower.add(word.toLowerCase());
          continue;
        }
        const before = fact.answer.slice(0, match.index).trimEnd();
        if (before !== '' && !/[.!?:"\u201c\u201d(>]$/.test(before)) capitalised.add(word.toLowerCase());
      }
    names = new Set([...capitalised].filter((w) => !lower.has(w)));
    nameWordsByIndex.set(index, names);
  }
  return names;
}

const introducedByIndex = new WeakMap<QaIndex, ReadonlySet<string>>();

/** The abbreviations the story introduces after their long form ("Bluetooth Low Energy (BLE)"), lower case; found once per story. */
function introducedAbbreviations(index: QaIndex): ReadonlySet<string> {
  let found = introducedByIndex.get(index);
  if (!found) {
    const out = new Set<string>();
    for (const fact of index.facts)
      for (const feature of fact.features) if (feature.startsWith('@introduces:')) out.add(feature.slice('@introduces:'.length));
    found = out;
    introducedByIndex.set(index, found);
  }
  return found;
}

/**
 * For "what is BLE", "what's AFTS", "what does BLE mean": the abbreviation asked about, when the
 * story introduces it after its long form, or null. Its long form is what it is, so the question asks
 * what "what does BLE stand for" asks. A name the story glosses ("CAPSTONE [Cislunar …]") is described
 * by the story instead, and is left to the rest of the engine.
 */
export function definedAbbreviation(index: QaIndex, words: readonly string[]): string | null {
  const { language } = index;
  if (words.length === 2 && words[0] === 'what')
    return introducedAbbreviations(index).has(words[1] ?? '') ? (words[1] ?? null) : null;
  for (const { before, after } of language.definitionFrames) {
    if (words.length !== before.length + after.length + 1) continue;
    if (!standsAt(words, 0, before) || !standsAt(words, words.length - after.length, after)) continue;
    const defined = words[before.length] ?? '';
    return introducedAbbreviations(index).has(defined) ? defined : null;
  }
  return null;
}
