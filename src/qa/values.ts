/**
 * Which kinds of value a text holds: a year, a month, an exact date, a day of the week, a price, a percentage, a
 * duration, a count. The answer-type contract: "what year …?" is answered only by a fact holding a
 * year. Word lists (month names, currency words, …) come from the language lexicon.
 */
import type { AnswerTypeName, Lexicon } from './lexicon.js';
import { tuning } from './tuning.js';

export type ValueWords = Pick<
  Lexicon,
  | 'months'
  | 'weekdays'
  | 'numberWords'
  | 'currencyWords'
  | 'percentWords'
  | 'timeUnits'
  | 'measureUnits'
  | 'relativeDatePrepositions'
  | 'vagueAmounts'
  | 'vaguePrices'
  | 'timeOfDay'
  | 'yearReckonings'
  | 'sendingVerbs'
  | 'motionNouns'
  | 'directionPrepositions'
  | 'seatVerbs'
  | 'seatPrepositions'
  | 'venueNouns'
  | 'venuePrepositions'
  | 'articleDeterminers'
>;

/**
 * A kind of value a text states: one a question can ask for, or a vague one that only a partial
 * answer offers ("low-cost" for a price).
 */
export type ValueKind = AnswerTypeName | 'vaguePrice' | 'relativeDate';

/** The kinds of value that say when: what "when" and "what year/month/day/time" ask for. */
export const dateValueKinds: ReadonlySet<ValueKind> = new Set(['time', 'weekday', 'day', 'month', 'year', 'reckonedYear']);

/**
 * Coarser values that still help when the exact one is missing: asked for the day, the story may
 * give the month; asked for a price or a percentage, some other number.
 */
export const coarserValues: Readonly<Record<AnswerTypeName, readonly ValueKind[]>> = {
  time: ['day', 'month'],
  weekday: ['day', 'month', 'year'],
  day: ['month', 'year'],
  month: ['year'],
  // The news's own year is no coarser model or fiscal year: it dates something else.
  reckonedYear: [],
  year: [],
  price: ['vaguePrice', 'count'],
  percent: ['count'],
  duration: ['count'],
  exactCount: ['count'],
  count: [],
  person: [],
  version: [],
  destination: [],
  location: [],
  venue: [],
  measure: ['count'],
};

/** The kind of value a figure typed alone states: "2022" a year, "20" a count; null for a word. */
export function figureKind(token: string): ValueKind | null {
  if (yearPattern.test(token)) return 'year';
  return numberPattern.test(token) ? 'count' : null;
}

/** The compiled detectors of one language. */
export interface ValueDetector {
  /** The kinds of value `text` states (shared: do not change the set). */
  valuesIn(text: string): ReadonlySet<ValueKind>;
  /** Whether a text gives a date or a time span (what "when" needs). */
  hasDate(text: string): boolean;
}

// Words, numbers (with an ordinal ending), currency and percent signs, and ISO dates, in order.
// ISO dates, addresses, words and numbers (a number run into letters, "C5" or "2mPf0Wf", is a
// name), and currency and percent signs, in order.
const tokenPattern = /\d{4}-\d\d-\d\d|https?:\/\/\S+|[A-Za-z\d]+(?:[.,'’-][A-Za-z\d]+)*|[$£€¥%]/g;
const yearPattern = /^(?:1[5-9]|20)\d\d$/;
const numberPattern = /^\d+(?:[.,]\d+)*$/;
const dayNumberPattern = /^\d{1,2}(?:st|nd|rd|th)?$/;
const clockPattern = /^\d{1,2}[:.]\d\d$/;
const versionPattern = /^v?\d+(?:\.\d+){1,3}$|^v\d+$/;

/**
 * Compiles the detectors from the language's word lists. Texts are read as tokens checked against
 * sets, not one large regular expression per list: compiling those cost more at start-up than all
 * the checks together.
 */
export function compileValueDetector(words: ValueWords): ValueDetector {
  const lower = (list: readonly string[]) => list.map((w) => w.toLowerCase());
  const months = new Set(lower(words.months));
  const weekdays = new Set(lower(words.weekdays));
  const numberWords = new Set(lower(words.numberWords));
  const single = (list: readonly string[]) => new Set(lower(list).filter((w) => !/\s/.test(w)));
  const phrases = (list: readonly string[]) => lower(list).filter((w) => /\s/.test(w));
  const currency = single(words.currencyWords);
  const currencyPhrases = phrases(words.currencyWords);
  const percentWords = single(words.percentWords);
  const percentPhrases = phrases(words.percentWords);
  const timeUnits = single(words.timeUnits);
  const measureUnits = single(words.measureUnits);
  const relativePrepositions = lower(words.relativeDatePrepositions).map((p) => p.split(/\s+/));
  // "*before the* November call": a date after a preposition placing something relative to it, past
  // its determiner, is a point of reference, not the date of what the text reports.
  const relativeAt = (lowered: readonly string[], i: number) => {
    const end = determiners.has(lowered[i - 1] ?? '') ? i - 1 : i;
    return relativePrepositions.some((p) => p.every((word, k) => lowered[end - p.length + k] === word));
  };
  const vagueAmounts = new Set(lower(words.vagueAmounts));
  const vaguePrices = new Set(lower(words.vaguePrices));
  const timeOfDay = new Set(lower(words.timeOfDay));
  const reckonings = lower(words.yearReckonings);
  const conveying = new Set(lower([...words.sendingVerbs, ...words.motionNouns]));
  const directions = new Set(lower(words.directionPrepositions));
  const determiners = new Set(lower(words.articleDeterminers));
  const seatVerbs = new Set(lower(words.seatVerbs));
  const seats = new Set(lower(words.seatPrepositions));
  const hasPhrase = (padded: string, list: readonly string[]) => list.some((p) => padded.includes(` ${p} `));
  const venueNouns = new Set(lower(words.venueNouns).map((w) => w.split(/\s+/).pop() ?? w));
  const venuePrepositions = new Set(lower(words.venuePrepositions));

  // A place is written as a name: capitalised, and no month or weekday ("in November").
  const name = (tokens: readonly string[], lowered: readonly string[], at: number) =>
    /^[A-Z]/.test(tokens[at] ?? '') && !months.has(lowered[at] ?? '') && !weekdays.has(lowered[at] ?? '');
  // Where the noun phrase after a preposition at i starts: past its determiner ("to *the* Moon").
  const objectAt = (lowered: readonly string[], i: number) => (determiners.has(lowered[i + 1] ?? '') ? i + 2 : i + 1);

  // "a mission to the Moon", "taking CAPSTONE to the Moon": a place after a preposition of direction
  // a few words after a verb of sending or a noun of a journey.
  const leadsToPlace = (tokens: readonly string[], lowered: readonly string[], i: number) => {
    if (!directions.has(lowered[i] ?? '')) return false;
    const context = lowered.slice(Math.max(0, i - tuning.destinationReach), i);
    if (!context.some((w) => conveying.has(w))) return false;
    return name(tokens, lowered, objectAt(lowered, i));
  };

  // "based in Virginia", "at Wallops Island in Virginia", "in Mahia, New Zealand": a name after a
  // preposition of a seat says where something is when a seat verb precedes it or its region follows;
  // "investing in Xen" names a thing, not a place.
  const locatesPlace = (tokens: readonly string[], lowered: readonly string[], i: number, text: string) => {
    if (!seats.has(lowered[i] ?? '')) return false;
    const at = objectAt(lowered, i);
    if (!name(tokens, lowered, at)) return false;
    if (seatVerbs.has(lowered[i - 1] ?? '')) return true;
    let end = at;
    while (name(tokens, lowered, end + 1)) {
      if (text.includes(`${tokens[end]}, ${tokens[end + 1]}`)) return true;
      end++;
    }
    return seats.has(lowered[end + 1] ?? '') && name(tokens, lowered, end + 2);
  };

  // "messages *on the Xen Project Advisory Board Mailing List*", "included *in the minutes*": a noun of
  // a venue a few words after a preposition of a venue, before another preposition starts a phrase of
  // its own ("remarks *to* the Advisory Board *in* the minutes" is read from "in"). A venue of two words
  // ("mailing list") is found by its last.
  const namesVenue = (lowered: readonly string[], i: number) => {
    if (!venuePrepositions.has(lowered[i] ?? '')) return false;
    for (let j = i + 1; j <= i + tuning.venueReach && j < lowered.length; j++) {
      const word = lowered[j] ?? '';
      if (venueNouns.has(word)) return true;
      if (venuePrepositions.has(word) || seats.has(word) || directions.has(word)) return false;
    }
    return false;
  };

  // Facts share texts (a quote backs several claims), and each text is asked about more than once.
  const memo = new Map<string, Set<ValueKind>>();
  const valuesIn = (text: string) => {
    const known = memo.get(text);
    if (known) return known;
    const out = new Set<ValueKind>();
    memo.set(text, out);
    const tokens = text.match(tokenPattern) ?? [];
    const lowered = tokens.map((t) => t.toLowerCase());
    const padded = ` ${lowered.join(' ')} `;
    lowered.forEach((token, i) => {
      if ((months.has(token) || weekdays.has(token) || yearPattern.test(token)) && relativeAt(lowered, i)) {
        out.add('relativeDate');
        return;
      }
      const next = lowered[i + 1] ?? '';
      const previous = lowered[i - 1] ?? '';
      const isNumber = numberPattern.test(token);
      const amount = isNumber || numberWords.has(token);
      if (months.has(token)) {
        out.add('month');
        if (dayNumberPattern.test(next)) out.add('day');
      }
      if (weekdays.has(token)) out.add('weekday');
      if (
        weekdays.has(token) ||
        /^\d{4}-/.test(token) ||
        (dayNumberPattern.test(token) && months.has(next === 'of' ? (lowered[i + 2] ?? '') : next))
      )
        out.add('day');
      if (/^\d{4}-/.test(token) || yearPattern.test(token)) out.add('year');
      if (/^[$£€¥]$/.test(token) && numberPattern.test(next)) out.add('price');
      if (isNumber && currency.has(next)) out.add('price');
      if (isNumber && (next === '%' || percentWords.has(next))) out.add('percent');
      if (amount && timeUnits.has(next)) out.add('duration');
      if (amount && measureUnits.has(next)) out.add('measure');
      if ((isNumber || clockPattern.test(token)) && timeOfDay.has(next)) out.add('time');
      if (vaguePrices.has(token)) out.add('vaguePrice');
      if (leadsToPlace(tokens, lowered, i)) out.add('destination');
      if (locatesPlace(tokens, lowered, i, text)) out.add('location');
      if (namesVenue(lowered, i)) out.add('venue');
      // "4.19", "v2", "version 3": a release of some software.
      if (versionPattern.test(token) || (previous === 'version' && isNumber)) out.add('version');
      // "Model 3", "Launch Complex 1", "November 24" and years name things and days, not amounts.
      const namesSomething = /^[A-Z]/.test(tokens[i - 1] ?? '') && !months.has(previous) ? i > 0 : months.has(previous);
      if ((isNumber && !yearPattern.test(token) && !namesSomething) || numberWords.has(token)) {
        out.add('count');
        // "billions of devices" counts, but not exactly.
        if (!vagueAmounts.has(token)) out.add('exactCount');
      }
    });
    if (out.has('day')) out.add('month');
    if (hasPhrase(padded, currencyPhrases)) out.add('price');
    if (hasPhrase(padded, percentPhrases)) out.add('percent');
    if (out.has('year') && hasPhrase(padded, reckonings)) out.add('reckonedYear');
    return out;
  };
  return {
    valuesIn,
    hasDate: (text) => {
      const found = valuesIn(text);
      return found.has('month') || found.has('year') || found.has('duration') || found.has('relativeDate');
    },
  };
}
