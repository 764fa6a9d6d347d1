/**
 * Members of a series the story names by a word and a short mark ("Model 3 and Y", "Launch Complex
 * 1", "Launch Complex 2"): another mark after the same word ("the Model S", "Launch Complex 3") is
 * another thing, one the story never mentions, however many of its letters or digits the story uses.
 */
import type { QaIndex } from './build.js';

const seriesByIndex = new WeakMap<QaIndex, ReadonlyMap<string, ReadonlySet<string>>>();

const word = /[\p{L}\p{N}]+/gu;

/** A series member's mark: a single letter, or up to three letters and digits holding a digit ("3", "C5"). */
function isMark(token: string): boolean {
  return token.length === 1 ? /\p{L}/u.test(token) || /\d/.test(token) : token.length <= 3 && /\d/.test(token);
}

/**
 * The story's series, by their word in lower case: a capitalised word (not a month or weekday, whose
 * marks are days) followed by a mark written as a name (a capital letter or a digit), and the marks
 * joined to it by "and" / "or" ("Model 3 and Y").
 */
function seriesOf(index: QaIndex): ReadonlyMap<string, ReadonlySet<string>> {
  let series = seriesByIndex.get(index);
  if (series) return series;
  const dates = new Set([...index.language.words.months, ...index.language.words.weekdays].map((w) => w.toLowerCase()));
  const found = new Map<string, Set<string>>();
  for (const paragraph of index.story.paragraphs) {
    const tokens = paragraph.text.match(word) ?? [];
    for (let i = 0; i + 1 < tokens.length; i++) {
      const head = tokens[i] ?? '';
      let mark = tokens[i + 1] ?? '';
      if (!/^\p{Lu}\p{L}+$/u.test(head) || !/^[\p{Lu}\d]/u.test(mark) || !isMark(mark)) continue;
      if (dates.has(head.toLowerCase())) continue;
      const marks = found.get(head.toLowerCase()) ?? new Set<string>();
      found.set(head.toLowerCase(), marks);
      for (let k = i + 1; ; k += 2) {
        marks.add(mark.toLowerCase());
        const joiner = tokens[k + 1];
        mark = tokens[k + 2] ?? '';
        if ((joiner !== 'and' && joiner !== 'or') || !/^[\p{Lu}\d]/u.test(mark) || !isMark(mark)) break;
      }
    }
  }
  series = found;
  seriesByIndex.set(index, series);
  return series;
}

/**
 * The series members a question names that the story does not ("is the model s affected" → "model s"):
 * a series word followed by a mark not among the story's (a plural "3s" is "3"). A lone letter that is
 * a stopword ("a", "i") is no mark.
 */
export function unknownMembers(index: QaIndex, question: string): string[] {
  const series = seriesOf(index);
  if (series.size === 0) return [];
  const lower = question.toLowerCase();
  // Most questions name no series word: skip the tokenising.
  let named = false;
  for (const head of series.keys()) if (lower.includes(head)) named = true;
  if (!named) return [];
  const tokens = lower.match(word) ?? [];
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const marks = series.get(tokens[i] ?? '');
    const mark = tokens[i + 1] ?? '';
    if (!marks || !isMark(mark) || index.language.stopwords.has(mark)) continue;
    if (marks.has(mark) || (mark.endsWith('s') && marks.has(mark.slice(0, -1)))) continue;
    out.push(`${tokens[i]} ${mark}`);
  }
  return out;
}
