/**
 * What a text says is not known: "so we don't know *what he told the Board*", "*what he told the
 * Board* is unknown". A question asking for that very thing is answered by saying the story does
 * not know it, with the sentence that says so, rather than by whatever else the story holds.
 */
import type { Language } from './language.js';
import { stem } from './text.js';

/**
 * "why *is* the TechTarget comment a contradiction", "why does the Reg *call* it a contradiction", "why
 * does the Reg *say* AWS contradicted itself": a why-question putting a label on something (a copula
 * after its question word, a verb of labelling) or asking about a view held now (a verb of saying or
 * thinking after a present-tense auxiliary) asks for the grounds, which the story gives with the label
 * or the view; not for why someone acted, which it may say it does not know.
 */
export function asksGrounds(language: Language, words: readonly string[]): boolean {
  const at = words.findIndex((w) => language.interrogatives.has(w));
  if (language.copulas.has(words[at + 1] ?? '') || words.some((w) => language.labellingVerbs.has(w))) return true;
  // "why *does* the Reg *say* AWS contradicted itself", "why do they *reckon* …": a view held now, in the
  // present tense, asks for its grounds; "why *did* AWS say nothing" asks why it acted.
  return (
    language.presentAuxiliaries.has(words[at + 1] ?? '') &&
    words.slice(at + 2).some((w) => language.attributionVerbs.has(stem(w, language.stems)))
  );
}

/** Letters and digits, apostrophes dropped ("don't" = "dont"), one space between words, lower case. */
export function plainWords(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc]/g, '')
    .replace(/[^\p{L}\p{N},;.!?:]+/gu, ' ')
    .replace(/\s*([,;.!?:])\s*/g, ' $1 ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/** The lexicon's phrases of not knowing, as {@link plainWords} writes them. */
export function compileIgnorance(phrases: readonly string[]): string[] {
  return phrases.map((p) => plainWords(p));
}

/** Whether a text says someone does not know something ("no idea", "don't know"). */
export function saysNotKnown(text: string, phrases: readonly string[]): boolean {
  const plain = plainWords(text);
  return phrases.some((p) => plain.includes(p));
}

/** A clause a text says is not known, and the question word it opens with ("what", "why"). */
export interface UnknownClause {
  asks: string;
  text: string;
}

/**
 * The embedded questions a text says are not known: one opening with a question word right after a
 * phrase of not knowing, up to the end of its sentence ("don't know *what he told the Board*",
 * "no idea *why AWS ignored our requests*"), or right before one in the same clause ("*what he
 * told the Board* is unknown"). "Not aware of anything that …" names no question, so it is none.
 */
export function unknownClauses(text: string, phrases: readonly string[], interrogatives: ReadonlySet<string>): UnknownClause[] {
  const plain = plainWords(text);
  const out: UnknownClause[] = [];
  for (const phrase of phrases) {
    for (let at = plain.indexOf(phrase); at >= 0; at = plain.indexOf(phrase, at + 1)) {
      const after = (plain.slice(at + phrase.length).split(/ [;.!?:] /)[0] ?? '').trim();
      const opener = after.split(' ')[0] ?? '';
      if (interrogatives.has(opener)) out.push({ asks: opener, text: after });
      const before = (
        plain
          .slice(0, at + 1)
          .split(/ [,;.!?:] /)
          .pop() ?? ''
      )
        .trim()
        .split(' ');
      const start = before.findLastIndex((w) => interrogatives.has(w));
      if (start >= 0) out.push({ asks: before[start] ?? '', text: before.slice(start).join(' ') });
    }
  }
  return out;
}
