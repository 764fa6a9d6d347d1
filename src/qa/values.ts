/**
 * Which kinds of value a text holds: a year, a month, an exact date, a price, a percentage, a
 * duration, a count. The answer-type contract: "what year …?" is answered only by a fact holding a
 * year. Word lists (month names, currency words, …) come from the language lexicon.
 */
import type { AnswerTypeName, Lexicon } from './lexicon.js';

export type ValueWords = Pick<Lexicon, 'months' | 'weekdays' | 'numberWords' | 'currencyWords' | 'percentWords' | 'timeUnits'>;

/**
 * Coarser values that still help when the exact one is missing: asked for the day, the story may
 * give the month; asked for a price or a percentage, some other number.
 */
export const coarserValues: Readonly<Record<AnswerTypeName, readonly AnswerTypeName[]>> = {
  day: ['month', 'year'],
  month: ['year'],
  year: [],
  price: ['count'],
  percent: ['count'],
  duration: ['count'],
  count: [],
};

/** The compiled detectors of one language. */
export interface ValueDetector {
  /** The kinds of value `text` states (shared: do not change the set). */
  valuesIn(text: string): ReadonlySet<AnswerTypeName>;
  /** Whether a text gives a date or a time span (what "when" needs). */
  hasDate(text: string): boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+'))
    .join('|');

export function compileValueDetector(words: ValueWords): ValueDetector {
  const month = `(?:${alternatives(words.months)})`;
  const number = `(?:\\d+(?:[.,]\\d+)?|${alternatives(words.numberWords)})`;
  const months = new RegExp(`\\b${month}\\b`, 'i');
  const ordinal = '\\d{1,2}(?:st|nd|rd|th)?';
  const day = new RegExp(
    `\\b${month}\\s+${ordinal}\\b|\\b${ordinal}\\s+(?:of\\s+)?${month}\\b|\\b(?:${alternatives(words.weekdays)})\\b|\\b\\d{4}-\\d\\d-\\d\\d\\b`,
    'i',
  );
  const dayOfMonth = new RegExp(`\\b${month}\\s*${ordinal}\\b`, 'gi');
  const year = /\b(?:1[5-9]|20)\d\d\b/;
  const price = new RegExp(
    `[$£€¥]\\s?\\d|\\b\\d+(?:[.,]\\d+)?\\s?(?:${alternatives(words.currencyWords)})\\b|\\b(?:${alternatives(
      words.currencyWords.filter((w) => /\s/.test(w)),
    )})\\b`,
    'i',
  );
  const percent = new RegExp(`\\d\\s?%|\\b${number}\\s+(?:${alternatives(words.percentWords)})\\b`, 'i');
  const duration = new RegExp(`\\b${number}\\s+(?:${alternatives(words.timeUnits)})\\b`, 'i');
  const numberWord = new RegExp(`\\b(?:${alternatives(words.numberWords)})\\b`, 'i');
  const standaloneNumber = /(?<![A-Za-z\d.])\d+(?:[.,]\d+)?(?![A-Za-z\d])/;
  // "Model 3", "Launch Complex 1" and "November 24" name things and days, not amounts.
  const count = (text: string) => {
    const cleaned = text
      .replace(/\b[A-Z][A-Za-z\d]* \d+\b/g, ' ')
      .replace(dayOfMonth, ' ')
      .replace(/\b\d{4}-\d\d-\d\d\b/g, ' ');
    return standaloneNumber.test(cleaned.replace(/\b(?:1[5-9]|20)\d\d\b/g, ' ')) || numberWord.test(cleaned);
  };
  // Facts share texts (a quote backs several claims), and each text is asked about more than once.
  const memo = new Map<string, Set<AnswerTypeName>>();
  const valuesIn = (text: string) => {
    const known = memo.get(text);
    if (known) return known;
    const out = new Set<AnswerTypeName>();
    memo.set(text, out);
    const hasDay = day.test(text);
    if (hasDay) out.add('day');
    if (hasDay || months.test(text)) out.add('month');
    if (year.test(text)) out.add('year');
    if (price.test(text)) out.add('price');
    if (percent.test(text)) out.add('percent');
    if (duration.test(text)) out.add('duration');
    if (count(text)) out.add('count');
    return out;
  };
  return {
    valuesIn,
    hasDate: (text) => months.test(text) || year.test(text) || duration.test(text),
  };
}
