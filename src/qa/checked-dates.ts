/**
 * "was the update posted *on November 22nd*", "did AWS start using Xen *in 2006*": a yes/no question
 * putting a date to something asks, in effect, when it was. The story's own date answers it either way
 * (a "no" is the date it gives instead), and where the story gives no such date the answer contract
 * declines with what it does say. So the question is read as "on what date was the update posted",
 * asking for a date as fine as the one it put.
 */
import type { Language } from './language.js';
import { alternationOf } from './text.js';

const yearPattern = '(?:1[5-9]|20)\\d\\d';
const dayPattern = '\\d{1,2}(?:st|nd|rd|th)?';

/** How fine a date the question puts, as the question words asking for one that fine. */
type Asked = 'on what date' | 'in what month' | 'in what year' | 'on what day of the week';

const datePhrasesByLanguage = new WeakMap<Language, readonly { pattern: RegExp; asked: Asked }[]>();

/**
 * A preposition of the lexicon's `datePrepositions` and a date after it, finest first: a day of a
 * month (with or without its year) or an ordinal day ("on the 22nd"), a weekday, a month, a year.
 */
function datePhrases(language: Language): readonly { pattern: RegExp; asked: Asked }[] {
  let phrases = datePhrasesByLanguage.get(language);
  if (!phrases) {
    const month = `(?:${alternationOf(language.words.months)})`;
    const year = `(?:,?\\s+${yearPattern})?`;
    const put = (date: string, asked: Asked) => ({
      pattern: new RegExp(`\\s(?:${alternationOf(language.datePrepositions)})\\s+(?:${date})(?![\\p{L}\\p{N}])`, 'iu'),
      asked,
    });
    phrases = [
      put(
        [
          `${month}\\s+${dayPattern}${year}`,
          `(?:the\\s+)?${dayPattern}(?:\\s+of)?\\s+${month}${year}`,
          `the\\s+\\d{1,2}(?:st|nd|rd|th)`,
        ].join('|'),
        'on what date',
      ),
      put(`(?:a\\s+)?(?:${alternationOf(language.words.weekdays)})`, 'on what day of the week'),
      put(`${month}${year}`, 'in what month'),
      put(yearPattern, 'in what year'),
    ];
    datePhrasesByLanguage.set(language, phrases);
  }
  return phrases;
}

/** Most words after the article before the date ("was this piece *first published* in 2018"). */
const maxArticleVerbWords = 2;

/**
 * Whether the words before a date put it to the article itself ("was *this piece* published", "was *it*
 * updated"): the story knows its own dates, however late the year put.
 */
function datesArticle(language: Language, before: string): boolean {
  const words = before.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const at = words.findIndex(
    (w, i) =>
      language.articlePronouns.has(w) || (language.articleDeterminers.has(w) && language.articleNouns.has(words[i + 1] ?? '')),
  );
  if (at !== 1) return false;
  const after =
    language.articlePronouns.has(words[at] ?? '') && !language.articleNouns.has(words[at + 1] ?? '') ? at + 1 : at + 2;
  return words.length - after <= maxArticleVerbWords;
}

/**
 * The question as "on what date …" (as fine as the date it put) without its date, where it is a
 * yes/no question putting a date to something; else as it was. A year after `publishedYear` is no
 * date the story can check ("is it worth learning Xen in 2019"): it stays a name the story lacks,
 * unless the date is put to the article itself ("was this piece published in 2018").
 */
export function withCheckedDateAsked(language: Language, question: string, publishedYear: number): string {
  const first = /^\s*([\p{L}']+)/u.exec(question)?.[1]?.toLowerCase() ?? '';
  if (!language.yesNoStarts.has(first)) return question;
  for (const { pattern, asked } of datePhrases(language)) {
    const found = pattern.exec(question);
    const years = found?.[0].match(/\d{4}/g) ?? [];
    if (found && (years.every((year) => Number(year) <= publishedYear) || datesArticle(language, question.slice(0, found.index))))
      return `${asked} ${question.slice(0, found.index)}${question.slice(found.index + found[0].length)}`;
  }
  return question;
}
