/**
 * A phrase the question quotes from the article: `schlaeger explained "what is true and what isn't" -
 * true about what`. The asker has the phrase and asks what it is about; a quote that says no more than
 * the phrase gives it back, so it does not answer. The text around the phrase does ("… and “what is true
 * and what isn't” in our story"). A question asking who said it, or what someone said, is answered by
 * the quote itself.
 */
import type { Fact } from './candidates.js';
import { type Language, typedTermsOf } from './language.js';

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
