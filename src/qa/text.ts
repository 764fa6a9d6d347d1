/**
 * Text handling shared by questions and story facts: both must go through the same steps, or a
 * question's words would never meet the story's.
 */

/** A language's contractions and possessives ("n't" → " not", "'s" → ""), compiled once. */
export interface Contractions {
  pattern: RegExp;
  expansions: ReadonlyMap<string, string>;
  /** Symbols read as words ("©" → "copyright", "%" → "percent"). */
  symbols: ReadonlyMap<string, string>;
  symbolPattern: RegExp;
  /** The symbols within ASCII ("%", "$"), one character each: the only ones plain ASCII text can hold. */
  asciiSymbolPattern: RegExp;
}

/** A message's sentences ended by question marks: split after each "?" that more text follows. */
export const afterQuestionMarks = (text: string) => text.split(/(?<=\?)\s+(?=\S)/);

/** Curly quotes and apostrophes as straight ones, the text otherwise as it is. */
export const straightQuotes = (text: string) => text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');

/** The text as a regular expression matching it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One regular-expression alternation of literal words or phrases, each escaped; `(?!)`, which matches
 * nothing, for none. With `spaced`, any run of white space may stand between a phrase's words.
 */
export function alternationOf(phrases: Iterable<string>, { spaced = false } = {}): string {
  const escaped = (phrase: string) => (spaced ? phrase.split(/\s+/).map(escapeRegExp).join('\\s+') : escapeRegExp(phrase));
  return [...phrases].map(escaped).join('|') || '(?!)';
}

/** A noun's regular English plural: "story" → "stories", "box" → "boxes", "hypervisor" → "hypervisors"; one ending in "s" as it is. */
export function regularPlural(noun: string): string {
  if (noun.endsWith('s')) return noun;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return /(x|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`;
}

/** Compiles a lexicon's contraction table; a form ending in an apostrophe ("s'") matches only before a space or the end. */
export function compileContractions(
  table: Readonly<Record<string, string>>,
  symbols: Readonly<Record<string, string>> = {},
): Contractions {
  const forms = Object.keys(table)
    .map((form) => form.toLowerCase())
    .sort((a, b) => b.length - a.length)
    .map((form) => (form.endsWith("'") ? `${escapeRegExp(form)}(?=\\s|$)` : `${escapeRegExp(form)}\\b`));
  const asciiSymbols = Object.keys(symbols).filter((s) => /^[\x20-\x7e]$/.test(s));
  return {
    pattern: new RegExp(forms.join('|') || '(?!)', 'g'),
    expansions: new Map(Object.entries(table).map(([form, expansion]) => [form.toLowerCase(), expansion])),
    symbols: new Map(Object.entries(symbols)),
    // One character class, not an alternation: it is run over every story text at start-up.
    symbolPattern:
      Object.keys(symbols).length === 0
        ? /(?!)/g
        : Object.keys(symbols).every((s) => [...s].length === 1)
          ? new RegExp(`[${Object.keys(symbols).map(escapeRegExp).join('')}]`, 'gu')
          : new RegExp(Object.keys(symbols).map(escapeRegExp).join('|'), 'gu'),
    asciiSymbolPattern: asciiSymbols.length === 0 ? /(?!)/g : new RegExp(`[${asciiSymbols.map(escapeRegExp).join('')}]`, 'g'),
  };
}

/** Lower case, straight apostrophes, contractions and possessives removed, control characters dropped. */
export function normalise(text: string, contractions: Contractions): string {
  // NFKC folds full-width letters and ligatures; plain ASCII needs none of it, and most text is ASCII.
  const ascii = !/[\u0080-\uffff]/.test(text);
  let out = (
    ascii
      ? text.replace(contractions.asciiSymbolPattern, (m) => ` ${contractions.symbols.get(m) ?? ''} `)
      : text
          .replace(contractions.symbolPattern, (m) => ` ${contractions.symbols.get(m) ?? ''} `)
          .normalize('NFKC')
          .replace(/[\u2018\u2019\u02bc\u00b4]/g, "'")
  ).toLowerCase();
  if (out.includes("'")) out = out.replace(contractions.pattern, (m) => contractions.expansions.get(m) ?? '');
  return out;
}

const tokenPattern = /[@#]?[\p{L}\p{N}]+(?:[._][\p{L}\p{N}]+)*/gu;

/** Words of a normalised text; hyphens and slashes split words, dots and underscores inside them don't ("5.0", "xen_org"). */
export function tokenise(normalised: string): string[] {
  return normalised.match(tokenPattern) ?? [];
}

const doubled = /([bcdfgkmnprt])\1$/;
const adverb = /[^aoupbi]ly$/;

/** A light English stemmer: plurals, -ing, -ed, final e. Deliberately conservative so different words stay apart. */
export function stem(word: string, exceptions: ReadonlyMap<string, string>): string {
  const known = exceptions.get(word);
  if (known !== undefined) return known;
  if (word.length <= 3 || /[\d@#._]/.test(word)) return word;
  // An adverb as its adjective ("publicly" → public, "directly" → direct); not "supply", "assembly", "anomaly".
  let w = word.length >= 7 && adverb.test(word) ? word.slice(0, -2) : word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length - 3 >= 3) w = w.slice(0, -3);
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && w.length - 2 >= 3) w = w.slice(0, -2);
  if (w !== word && doubled.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/**
 * Whether two words are at most one typo apart: one letter inserted, dropped or changed, or two
 * neighbouring letters swapped (the optimal string alignment distance is 0 or 1).
 */
export function oneTypoApart(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (longer.length - shorter.length > 1) return false;
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  if (i === shorter.length) return true;
  if (shorter.length < longer.length) return sameFrom(shorter, i, longer, i + 1);
  if (sameFrom(shorter, i + 1, longer, i + 1)) return true;
  return shorter[i] === longer[i + 1] && shorter[i + 1] === longer[i] && sameFrom(shorter, i + 2, longer, i + 2);
}

/** Whether `a` from `i` on is `b` from `j` on. */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a[i] !== b[j]) return false;
  return true;
}

/**
 * Corrects a word by one typo (insertion, deletion, substitution or swap) against a vocabulary.
 * A typo keeps a word's first letter (or swaps the first two) and changes its length by one at
 * most, so the words it can be a typo of are in a few lists keyed by first letter and length: a
 * lookup reads some dozens of words, and the index is small enough to store and read back at start
 * in a fraction of a millisecond (a symmetric-delete table of the same vocabulary took 15-20 ms).
 */
export class SpellIndex {
  /** The words a typo is corrected to, by first letter and length ("s5"). */
  private readonly byStart = new Map<string, string[]>();

  /**
   * `correctable` words are what a typo is corrected to; `fallback` words ("according") only when
   * no correctable word is one typo away, so a story word is never read as one of them. A word
   * shorter than `minLength` but at least `short.minLength` long is corrected to `short.targets` only,
   * or, one letter shorter than `minLength` and not among `short.words` (the language's words of that
   * length), by one letter put back ("sory" → "story").
   */
  constructor(
    private readonly vocabulary: ReadonlyMap<string, number>,
    private readonly minLength: number,
    correctable: (word: string) => boolean = () => true,
    private readonly fallback: ReadonlySet<string> = new Set(),
    private readonly short: { minLength: number; targets: ReadonlySet<string>; words?: ReadonlySet<string> } = {
      minLength,
      targets: new Set(),
    },
  ) {
    for (const word of vocabulary.keys()) {
      const indexed = word.length >= minLength - 1 && (correctable(word) || fallback.has(word));
      if (/\d/.test(word) || !(indexed || (short.targets.has(word) && word.length >= short.minLength - 1))) continue;
      const key = startKey(word[0] ?? '', word.length);
      const list = this.byStart.get(key);
      if (list) list.push(word);
      else this.byStart.set(key, [word]);
    }
  }

  /** The closest vocabulary word, the most frequent one on a tie; null when none is one typo away. */
  correct(word: string): string | null {
    if (word.length < this.short.minLength || /\d/.test(word)) return null;
    const short = word.length < this.minLength;
    // "sory", "frst": a letter short of a word, where the language has no word so spelled.
    const letterShort =
      short && word.length === this.minLength - 1 && (this.short.words?.size ?? 0) > 0 && !this.short.words?.has(word);
    if (this.vocabulary.has(word)) return word;
    const found = new Set<string>();
    // A letter too many: any vocabulary word, not only those a typo is corrected to.
    for (let i = 0; i < word.length; i++) {
      const shorter = word.slice(0, i) + word.slice(i + 1);
      if (this.vocabulary.has(shorter)) found.add(shorter);
    }
    const starts = word[1] !== undefined && word[1] !== word[0] ? [word[0] ?? '', word[1]] : [word[0] ?? ''];
    for (const start of starts)
      for (let length = word.length - 1; length <= word.length + 1; length++)
        for (const candidate of this.byStart.get(startKey(start, length)) ?? []) {
          if (oneTypoApart(word, candidate)) found.add(candidate);
        }
    let best: string | null = null;
    let bestCount = -1;
    let fallback: string | null = null;
    for (const candidate of found) {
      // Typos seldom hit a word's first letter, and "selling" read as "telling" changes the question;
      // but fingers do swap the first two ("hwose", "garee").
      const swappedStart = candidate[0] === word[1] && candidate[1] === word[0];
      if (candidate[0] !== word[0] && !swappedStart) continue;
      if (short && !this.short.targets.has(candidate) && !(letterShort && candidate.length === word.length + 1)) continue;
      if (this.fallback.has(candidate)) {
        if (fallback === null || candidate < fallback) fallback = candidate;
        continue;
      }
      const count = this.vocabulary.get(candidate) ?? 0;
      if (count > bestCount || (count === bestCount && best !== null && candidate < best)) {
        best = candidate;
        bestCount = count;
      }
    }
    const corrected = best ?? fallback;
    // "schlaegrs": a typo in a word with a plural or possessive "s" is a typo of the word.
    if (corrected === null && word.endsWith('s') && word.length > this.minLength) return this.correct(word.slice(0, -1));
    return corrected;
  }
}

function startKey(start: string, length: number): string {
  return `${start}${length}`;
}

/** One match of a phrase table over a token sequence. */
export interface PhraseMatch {
  start: number;
  end: number;
  value: string;
}

/**
 * Longest-first lookup of multi-word phrases over stemmed tokens. Several tables are merged, and on
 * the same span the higher priority wins, so entities beat intents and intents beat synonyms.
 */
export class PhraseTable {
  private readonly phrases = new Map<string, { priority: number; values: string[] }>();
  /** Every proper prefix of a phrase, so a lookup stops as soon as no longer phrase can match. */
  private readonly prefixes = new Set<string>();

  /** Adds a phrase; on the same words a lower `priority` number replaces a higher one, an equal one adds a value. */
  add(tokens: readonly string[], value: string, priority: number): void {
    if (tokens.length === 0) return;
    const key = tokens.join(' ');
    const entry = this.phrases.get(key);
    if (!entry || priority < entry.priority) this.phrases.set(key, { priority, values: [value] });
    else if (priority === entry.priority && !entry.values.includes(value)) entry.values.push(value);
    for (let i = 1; i < tokens.length; i++) this.prefixes.add(tokens.slice(0, i).join(' '));
  }

  /** Values of the longest phrase starting at `start`, with its length; null when none. */
  longestAt(tokens: readonly string[], start: number): { length: number; values: string[] } | null {
    let key = tokens[start] ?? '';
    let found: { length: number; values: string[] } | null = null;
    for (let end = start + 1; ; end++) {
      const entry = this.phrases.get(key);
      if (entry) found = { length: end - start, values: entry.values };
      if (end >= tokens.length || !this.prefixes.has(key)) return found;
      key = `${key} ${tokens[end]}`;
    }
  }
}

const byFirstWordMemo = new WeakMap<readonly (readonly string[])[], ReadonlyMap<string, readonly (readonly string[])[]>>();

/**
 * Phrases (as words) by their first word, each list in the phrases' own order: one look-up per word of
 * a question instead of a match per phrase. Found once per list.
 */
export function phrasesByFirstWord(phrases: readonly (readonly string[])[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  let known = byFirstWordMemo.get(phrases);
  if (!known) {
    const byFirst = new Map<string, (readonly string[])[]>();
    for (const phrase of phrases) byFirst.set(phrase[0] ?? '', [...(byFirst.get(phrase[0] ?? '') ?? []), phrase]);
    known = byFirst;
    byFirstWordMemo.set(phrases, known);
  }
  return known;
}

/** The first of the phrases (in their own order) standing in `words` at `at`, found through their first words. */
export function phraseAt(
  phrases: readonly (readonly string[])[],
  words: readonly string[],
  at: number,
): readonly string[] | undefined {
  return phrasesByFirstWord(phrases)
    .get(words[at] ?? '')
    ?.find((phrase) => standsAt(words, at, phrase));
}

/**
 * The tokens with each pair of neighbours `join` reads as one word replaced by that word, left to
 * right (a joined word is not joined again); the same array where no pair is. `join` is also given
 * where the left one stands.
 */
export function withPairsJoined(
  tokens: readonly string[],
  join: (left: string, right: string, at: number) => string | null,
): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const left = tokens[i] ?? '';
    const word = i + 1 < tokens.length ? join(left, tokens[i + 1] ?? '', i) : null;
    if (word === null) {
      out?.push(left);
      continue;
    }
    out ??= tokens.slice(0, i);
    out.push(word);
    i++;
  }
  return out ?? tokens;
}

/** Whether a sequence of words stands in `words` at `at`. A loop, not `every` with a closure: it runs for each word of each question. */
export function standsAt(words: readonly string[], at: number, sequence: readonly string[]): boolean {
  for (let k = 0; k < sequence.length; k++) if (words[at + k] !== sequence[k]) return false;
  return true;
}
