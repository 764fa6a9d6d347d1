import type { Story } from '../story/load.js';

const englishMonths = Array.from({ length: 12 }, (_, month) =>
  new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month, 1)),
);

/** A calendar day or month, as the story gives it; `day` is null when only the month is known. */
export interface StoryDate {
  year: number;
  month: number;
  day: number | null;
}

/** "2017-11-24" → the day it names. */
export function parseIsoDay(iso: string): StoryDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year ?? 0, month: (month ?? 1) - 1, day: day ?? null };
}

/**
 * A date as the article writes it ("November 24", "November"), in the year it ran: the text carries
 * no year, so a 2017 story would otherwise read as this year's. Null when it is not such a date.
 */
export function parseStoryDate(text: string, year: number): StoryDate | null {
  const match = /^([A-Z][a-z]+)(?: (\d{1,2})(?:st|nd|rd|th)?)?$/.exec(text.trim());
  const month = match ? englishMonths.indexOf(match[1] ?? '') : -1;
  if (!match || month < 0) return null;
  const day = match[2] ? Number(match[2]) : null;
  if (day !== null && (day < 1 || day > new Date(Date.UTC(year, month + 1, 0)).getUTCDate())) return null;
  return { year, month, day };
}

/** The year the story ran. */
export function storyYear(story: Story): number {
  return parseIsoDay(story.meta.article.published).year;
}

/** "Nov 24, 2017" or "November 2017", in the reader's locale; calendar dates, so UTC never shifts them. */
export function formatStoryDate(date: StoryDate, locale = 'en-US'): string {
  const at = Date.UTC(date.year, date.month, date.day ?? 1);
  const format: Intl.DateTimeFormatOptions =
    date.day === null ? { month: 'long', year: 'numeric' } : { month: 'short', day: 'numeric', year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...format, timeZone: 'UTC' }).format(at);
}

/** When the story was updated, with its year: "Nov 24, 2017". */
export function formatUpdateDate(story: Story, locale?: string): string {
  return formatStoryDate(parseIsoDay(story.meta.article.updated), locale);
}
