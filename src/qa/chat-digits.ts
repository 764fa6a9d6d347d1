import type { QaIndex } from './build.js';
import { type Language, namesEntityAt } from './language.js';
import { alternationOf, stem } from './text.js';

/**
 * "who speaks *4* xen", "aws talked *2* who", "reg ask aws *4* interview", "what does BLE stand *4*": in
 * chat a lone digit between words, or ending the message after a verb or adjective, stands for a
 * preposition (the lexicon's `chatDigits`). The message with each such digit read
 * as its word, where it cannot be a count: not after a determiner, quantifier or number word ("the 2
 * biggest", "all 4"), not before a preposition or coordinator ("Launch Complex 2 in Virginia"), not
 * before a plural, next or one further ("4 years", "about 2 instance types"; a name the story knows is
 * no plural, "talked 2 aws"), and not after a word the story numbers ("Launch Complex 2", so "launch
 * complex 4 finished" asks about a pad). Beside another number ("type 1 or type 2") every digit is one.
 * A number sign standing for "number" ("exact *#* of devices") is read first.
 */
export function withChatDigitsRead(index: QaIndex, message: string): string {
  const { language } = index;
  const digits = language.words.chatDigits;
  const text = withNumberSignRead(language.words.numberSign, message);
  if (!/\d/.test(text)) return text;
  const numbered = numberedWords(index);
  const pieces = text.split(/(\s+)/);
  // "a type 1 or type 2 hypervisor": beside another number, a digit is a number too.
  if (pieces.some((piece, at) => at % 2 === 0 && /^\d+$/.test(piece) && digits[piece] === undefined)) return text;
  let changed = false;
  for (let at = 0; at < pieces.length; at += 2) {
    const [, digit = '', closing = ''] = /^(\d)([?!.]*)$/.exec(pieces[at] ?? '') ?? [];
    const word = digits[digit];
    if (word === undefined) continue;
    const before = plainWord(language, pieces[at - 2]);
    if (before === null || countsBefore(language, before) || numbered.has(before)) continue;
    const last = pieces.slice(at + 1).every((piece) => piece.trim() === '');
    if (last ? !strandsPreposition(language, before, pieces[at - 2] ?? '') : closing !== '') continue;
    const next = plainWord(language, pieces[at + 2]);
    if (
      !last &&
      (next === null ||
        opensPhrase(language, next) ||
        [next, plainWord(language, pieces[at + 4])].some((w) => w !== null && isPlural(language, w)))
    )
      continue;
    pieces[at] = `${word}${closing}`;
    changed = true;
  }
  return changed ? pieces.join('') : text;
}

/** A piece of the message as a lowercase word with its punctuation trimmed and slang read; null for anything else. */
function plainWord(language: Language, piece: string | undefined): string | null {
  const word = piece
    ?.toLowerCase()
    .replace(/^["'(]+|[?!.,:;"')]+$/g, '')
    .trim();
  if (!word || !/^[a-z][a-z']*$/.test(word)) return null;
  return language.spelling.get(word)?.[0] ?? word;
}

/** Whether a word before a digit makes it a count: "the 2", "all 4", "only two". */
function countsBefore(language: Language, word: string): boolean {
  return (
    language.articleDeterminers.has(word) ||
    language.indefiniteArticles.has(word) ||
    language.quantifierDeterminers.has(word) ||
    language.words.universalQuantifiers.includes(word) ||
    language.words.numberWords.includes(word)
  );
}

/**
 * Whether a digit ending the message after this word is a stranded preposition ("what does BLE stand
 * *4*", "what's xen good 4"): not after a pronoun, copula or auxiliary ("is it 4", "are there 2", "it
 * is 4"), a name the story knows ("xen 4" is a version) or a word closing a clause ("really, 2").
 */
function strandsPreposition(language: Language, word: string, typed: string): boolean {
  return (
    /[a-z]$/i.test(typed) &&
    !language.tagPronouns.has(word) &&
    !language.anaphors.has(word) &&
    !language.copulas.has(word) &&
    !language.readerAuxiliaries.has(word) &&
    !namesEntityAt(language, [stem(word, language.stems)], 0)
  );
}

/** Whether a word after a digit opens a phrase of its own ("2 *in* Virginia", "4 *or* 5"): the digit ends a name or a count. */
function opensPhrase(language: Language, word: string): boolean {
  return (
    language.interrogativePrepositions.has(word) ||
    language.placePrepositions.has(word) ||
    language.variantPrepositions.has(word) ||
    language.words.coordinators.includes(word)
  );
}

/** Whether a word is a plural noun ("years", "types"), not a stopword ("is", "us") nor a name the story knows ("aws"). */
function isPlural(language: Language, word: string): boolean {
  return (
    word.length > 3 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !language.stopwords.has(word) &&
    !namesEntityAt(language, [stem(word, language.stems)], 0)
  );
}

const numberedWordsMemo = new WeakMap<QaIndex, ReadonlySet<string>>();

/** Each word the story writes before a lone digit: "complex" of "Launch Complex 2", which numbers a name. */
function numberedWords(index: QaIndex): ReadonlySet<string> {
  let found = numberedWordsMemo.get(index);
  if (!found) {
    found = new Set(
      index.facts.flatMap((fact) => [...fact.answer.toLowerCase().matchAll(/([a-z]+)\s+\d\b/g)].map((m) => m[1] ?? '')),
    );
    numberedWordsMemo.set(index, found);
  }
  return found;
}

const numberSignPatterns = new WeakMap<object, RegExp>();

/**
 * "exact *# of* edge devices": a number sign standing alone before one of the lexicon's words
 * (`numberSign.before`: "of") is chat's word for a number, read as `numberSign.as`. A sign joined to
 * a word ("#xen", "#general") is a hashtag or a channel, and stays.
 */
function withNumberSignRead(sign: { before: readonly string[]; as: string }, text: string): string {
  if (!text.includes('#')) return text;
  let pattern = numberSignPatterns.get(sign);
  if (!pattern) {
    pattern = new RegExp(`(^|\\s)#(?=\\s+(?:${alternationOf(sign.before)})\\b)`, 'giu');
    numberSignPatterns.set(sign, pattern);
  }
  return text.replace(pattern, `$1${sign.as}`);
}
