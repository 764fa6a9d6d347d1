import type { Story } from '../story/load.js';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

// Calendar days: formatted in UTC so no time zone moves them to the day before. Each format is made
// when first used: the first Intl.DateTimeFormat of a process loads ICU's calendar data (about 7 MB).
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormatFor(locale: string): Intl.DateTimeFormat {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format;
}
let monthFormat: Intl.DateTimeFormat | undefined;

/** "2017-11-22" as "Nov 22, 2017", or as the reader's locale writes it ("22. Nov. 2017"). */
export function formatDay(isoDate: string, locale = 'en-US'): string {
  return dayFormatFor(locale).format(new Date(`${isoDate}T00:00:00Z`));
}

// A month name, an optional day, and the year if one follows ("November", "November 24", "November 24, 2017").
const monthMention = new RegExp(`\\b(${months.join('|')})(?:\\s+(\\d{1,2})\\b)?(?:,?\\s+(\\d{4})\\b)?`, 'g');

/**
 * Writes the year into every month the text names, short ("Before the November call" → "Before the
 * Nov 2017 call", "November 24" → "Nov 24, 2017"). The story's own text names months without a
 * year, meaning the latest such month up to the article's last update: the update's year, or the
 * year before for a month (or day) after the update's.
 */
export function withYears(text: string, article: Story['meta']['article']): string {
  const updated = new Date(`${article.updated}T00:00:00Z`);
  return text.replace(monthMention, (match: string, month: string, day: string | undefined, givenYear: string | undefined) => {
    if (givenYear) return match;
    const monthIndex = months.indexOf(month as (typeof months)[number]);
    const year = updated.getUTCFullYear();
    const inYear = (y: number) => new Date(Date.UTC(y, monthIndex, day ? Number(day) : 1));
    const date = inYear(year) > updated ? inYear(year - 1) : inYear(year);
    // A day the month does not have ("February 30") is left as written rather than moved to another month.
    if (date.getUTCMonth() !== monthIndex) return match;
    if (day) return dayFormatFor('en-US').format(date);
    monthFormat ??= new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    return monthFormat.format(date);
  });
}
