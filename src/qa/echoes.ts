/**
 * A phrase the question quotes from the article: `schlaeger explained "what is true and what isn't" -
 * true about what`. The asker has the phrase and asks what it is about; a quote that says no more than
 * the phrase gives it back, so it does not answer. The text around the phrase does ("… and “what is true
 * and what isn't” in our story"). A question asking who said it, or what someone said, is answered by
 * the quote itself.
 */
import type { Fact } from './candidates.js';
import { type Language, typedTermsOf } from './language.js';
import { normalise, standsAt, tokenise } from './text.js';

/** A span in double quotes (straight or curly), or in single quotes standing apart from words (not an apostrophe). */
const quotedSpan =
  /["\u201c\u201d]([^"\u201c\u201d]{3,})["\u201c\u201d]|(?<![\p{L}\p{N}])['\u2018]([^'\u2018\u2019]{3,}?)['\u2019](?![\p{L}\p{N}])/gu;

const noTerms: ReadonlySet<string> = new Set();

/** The content terms (no names, no intents) of the phrases a question quotes; empty when it quotes none. */
export function echoedTerms(language: Language, question: string): ReadonlySet<string> {
  if (!/["'\u2018\u201c]/.test(question)) return noTerms;
  const terms = new Set<string>();
  for (const match of question.matchAll(quotedSpan))
    for (const term of typedTermsOf(language, match[1] ?? match[2] ?? ''))
      if (!term.startsWith('e:') && !term.startsWith('i:')) terms.add(term);
  return terms;
}

const quotedTermsByFact = new WeakMap<Fact, ReadonlySet<string>>();

/** The content terms of a quote's own words (inside its curly quotes), computed once per fact. */
function quotedTerms(language: Language, fact: Fact): ReadonlySet<string> {
  let terms = quotedTermsByFact.get(fact);
  if (!terms) {
    const open = fact.answer.indexOf('\u201c');
    const close = fact.answer.lastIndexOf('\u201d');
    const words = open >= 0 && close > open ? fact.answer.slice(open + 1, close) : '';
    terms = new Set(typedTermsOf(language, words).filter((t) => !t.startsWith('e:') && !t.startsWith('i:')));
    quotedTermsByFact.set(fact, terms);
  }
  return terms;
}

/** Whether a fact is a quote whose own words hold nothing but the quoted phrase's terms. */
export function echoes(language: Language, fact: Fact, echoed: ReadonlySet<string>): boolean {
  if (fact.kind !== 'quote' || echoed.size === 0) return false;
  const own = quotedTerms(language, fact);
  if (own.size === 0) return false;
  for (const term of own) if (!echoed.has(term)) return false;
  return true;
}

/**
 * Whether the question asks what a phrase it quotes is or means: a definition frame's words stand
 * before the first quoted span (a determiner between them: "what are *the* 'unequivocal statements'
 * the reg talks about") and its closing words, if any, after it ("what does 'net-new' *mean*"). The
 * story's sentence holding the phrase uses it; it says what the phrase is only where it says more.
 */
export function asksWhatQuotedIs(language: Language, question: string): boolean {
  if (!/["'\u2018\u201c]/.test(question)) return false;
  quotedSpan.lastIndex = 0;
  const match = quotedSpan.exec(question);
  quotedSpan.lastIndex = 0;
  if (!match) return false;
  const before = tokenise(normalise(question.slice(0, match.index), language.contractions));
  while (before.length > 0 && language.articleDeterminers.has(before[before.length - 1] ?? '')) before.pop();
  const after = tokenise(normalise(question.slice(match.index + match[0].length), language.contractions));
  return language.definitionFrames.some(
    (frame) =>
      frame.before.length === before.length &&
      standsAt(before, 0, frame.before) &&
      (frame.after.length === 0 || (after.length === frame.after.length && standsAt(after, 0, frame.after))),
  );
}

/** Whether a fact's terms hold every term of the quoted phrase: it uses the phrase. */
export function holdsEchoed(fact: Fact, echoed: ReadonlySet<string>): boolean {
  if (echoed.size === 0) return false;
  for (const term of echoed) if (!fact.terms.has(term)) return false;
  return true;
}

/** Most characters of a quoted phrase shown back in a reply. */
const maxShownPhrase = 80;

/** The first phrase a question quotes, its words only (no markup or mentions survive), or empty. */
export function quotedPhrase(question: string): string {
  quotedSpan.lastIndex = 0;
  const match = quotedSpan.exec(question);
  quotedSpan.lastIndex = 0;
  const words = (match?.[1] ?? match?.[2] ?? '').match(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu) ?? [];
  return words.join(' ').slice(0, maxShownPhrase);
}

/** Fewest words of a quoted span looked up as the article's own words: "the 'final nail'" is a term, not a line. */
const minVerbatimWords = 3;

/**
 * The spans a question quotes of `minVerbatimWords` words or more, as words: "who said 'making inroads
 * in the embedded … space'" quotes a line to be found as it stands, not as its words scattered.
 */
export function quotedPhrases(language: Language, question: string): readonly (readonly string[])[] {
  if (!/["'\u2018\u201c]/.test(question)) return [];
  const phrases: string[][] = [];
  for (const match of question.matchAll(quotedSpan)) {
    const words = tokenise(normalise(match[1] ?? match[2] ?? '', language.contractions));
    if (words.length >= minVerbatimWords) phrases.push(words);
  }
  return phrases;
}

const wordsByFact = new WeakMap<Fact, readonly string[]>();

/** Whether a fact's reply holds every quoted span word for word. Its words are read once per fact. */
export function holdsVerbatim(language: Language, fact: Fact, phrases: readonly (readonly string[])[]): boolean {
  let words = wordsByFact.get(fact);
  if (!words) {
    words = tokenise(normalise(fact.answer, language.contractions));
    wordsByFact.set(fact, words);
  }
  const own = words;
  return phrases.every((phrase) => own.some((_, i) => standsAt(own, i, phrase)));
}
