/**
 * Names heard or spelt by ear: "zen" for Xen, "gardener" for Gartner, "chris slager" for Schlaeger,
 * "sit tricks" for Citrix, "b l e" for BLE.
 */
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import type { QaIndex } from './build.js';
import { nameWords } from './definitions.js';
import { isStoryWord, type Language } from './language.js';
import { normalise, oneTypoApart, tokenise, withPairsJoined } from './text.js';
import { tuning } from './tuning.js';

const namesBySound = new WeakMap<QaIndex, ReadonlyMap<string, readonly string[]>>();

/**
 * The story's name words (those it writes only capitalised, without a possessive ending, and the
 * words of its people's and organisations' names) by their Double Metaphone codes (primary and
 * alternate), once per story.
 */
function namesBySoundOf(index: QaIndex): ReadonlyMap<string, readonly string[]> {
  let table = namesBySound.get(index);
  if (!table) {
    const { story, language } = index;
    const names = new Set([
      ...[...nameWords(index)].map((w) => w.replace(/['\u2019]s?$/u, '')),
      ...[...story.people.map((p) => p.name), ...story.organisations.flatMap((o) => [o.name, o.fullName])].flatMap((name) =>
        tokenise(normalise(name, language.contractions)),
      ),
    ]);
    const built = new Map<string, string[]>();
    for (const name of names) {
      if (name.length < tuning.minSoundAlikeLength || /\d/.test(name) || language.stopwords.has(name)) continue;
      for (const code of new Set(doubleMetaphone(name))) built.set(code, [...(built.get(code) ?? []), name]);
    }
    table = built;
    namesBySound.set(index, table);
  }
  return table;
}

/**
 * A word the engine does not know that sounds like one of the story's names (the same Double
 * Metaphone code, primary or alternate) and is spelt near it (`tuning.soundAlikeEdits`, one more for a
 * long name, one only for a short one) is that name, as dictation and spelling by ear write it: "zen"
 * is Xen, "warlow" Warrilow. The closest such name, or null. "sunny" sounds like Xen too, but is spelt
 * far from it; "oss" sounds like AWS, but a three-letter name is one edit from its sound-alikes.
 */
export function soundAlikeName(index: QaIndex, word: string): string | null {
  if (word.length < tuning.minSoundAlikeLength) return null;
  const table = namesBySoundOf(index);
  const codes = [...new Set(doubleMetaphone(word))].filter((code) => table.has(code));
  if (codes.length === 0) return null;
  // "ahs the reg covered …": a typo of a stopword ("has") is no name, however it sounds. A typo keeps
  // the first letter or swaps the first two, as the spelling corrector has it: "zen" is no "men".
  for (const stopword of index.language.stopwords) if (sameStart(word, stopword) && oneTypoApart(word, stopword)) return null;
  let best: string | null = null;
  let bestEdits = Number.POSITIVE_INFINITY;
  for (const code of codes)
    for (const name of table.get(code) ?? []) {
      const edits = distance(word, name);
      const allowed =
        name.length < tuning.shortNameLength ? 1 : tuning.soundAlikeEdits + (name.length >= tuning.longNameLength ? 1 : 0);
      if (edits <= allowed && (edits < bestEdits || (edits === bestEdits && best !== null && name < best))) {
        best = name;
        bestEdits = edits;
      }
    }
  return best;
}

/** Whether two words start alike, or with their first two letters swapped. */
function sameStart(a: string, b: string): boolean {
  return a[0] === b[0] || (a[0] === b[1] && a[1] === b[0]);
}

/**
 * "sit tricks" for Citrix, "bull pin" for Bulpin: two words the story never uses (no stopword, no
 * digit) that together sound just as one of the story's names (the same Double Metaphone code,
 * of `tuning.minHeardPairSounds` letters or more) are that name, as dictation splits it. The words
 * with each such pair as the name; as they were where none is.
 */
export function withHeardNamesJoined(index: QaIndex, tokens: readonly string[]): readonly string[] {
  const { language } = index;
  // Words of the lexicon count: "tricks" is a word for an attack, which the story never uses.
  const unknown = (w: string) => w.length > 0 && !isStoryWord(language, w) && !language.stopwords.has(w) && !/\d/.test(w);
  // Most messages hold no two such words side by side: they are passed on whole.
  const unknowns = tokens.map(unknown);
  if (!unknowns.some((isUnknown, i) => isUnknown && unknowns[i + 1])) return tokens;
  return withPairsJoined(tokens, (left, right, at) =>
    unknowns[at] && unknowns[at + 1] ? nameSoundingAs(index, left + right) : null,
  );
}

/** The one story name whose code is the word's primary code, long enough to tell; null for none or several. */
function nameSoundingAs(index: QaIndex, word: string): string | null {
  const [code] = doubleMetaphone(word);
  if (code.length < tuning.minHeardPairSounds) return null;
  const names = namesBySoundOf(index).get(code) ?? [];
  return names.length === 1 ? (names[0] ?? null) : null;
}

/**
 * "what does b l e stand for", "why is a w s moving to k v m": letters dictated one by one are the
 * word they spell, where the engine knows it. A run that only spells a known word without its first
 * letter ("is *a* k v m …") keeps that letter as it was.
 */
export function withSpeltLettersJoined(language: Language, tokens: readonly string[]): readonly string[] {
  const letter = (w: string | undefined) => w !== undefined && /^[a-z]$/.test(w);
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    // Most tokens are no lone letter: they are passed on before any run is looked for.
    if (tokens[i]?.length !== 1) {
      out?.push(tokens[i] ?? '');
      continue;
    }
    let end = i;
    while (letter(tokens[end])) end++;
    const spelt = [i, i + 1].find((from) => end - from >= 2 && language.vocabulary.has(tokens.slice(from, end).join('')));
    if (spelt === undefined) {
      out?.push(tokens[i] ?? '');
      continue;
    }
    out ??= tokens.slice(0, i);
    out.push(...tokens.slice(i, spelt), tokens.slice(spelt, end).join(''));
    i = end - 1;
  }
  return out ?? tokens;
}
