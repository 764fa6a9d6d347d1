import { type LabelKey, type LabelValues, label, labelLocaleOf } from '../i18n/strings.js';
import { formatDay } from '../story/dates.js';

/** Whom a reply is for: the language of the bot's own labels, and how it names the bot's commands. */
export interface Reader {
  locale: string | undefined;
  mention(commandName: string): string;
}

/** English, with commands named as text: the console, and anywhere no interaction is being answered. */
export const plainEnglishReader: Reader = { locale: undefined, mention: (name) => `\`/${name}\`` };

/** A label in the reader's language. */
export function say(reader: Reader, key: LabelKey, values?: LabelValues): string {
  return label(reader.locale, key, values);
}

/** A day as a locale's labels write it ("Nov 24, 2017", "24. Nov. 2017"): dates follow the labels' language. */
export function labelDay(locale: string | undefined, isoDate: string): string {
  return formatDay(isoDate, labelLocaleOf(locale));
}

/** A day as the reader's labels write it. */
export function sayDay(reader: Reader, isoDate: string): string {
  return labelDay(reader.locale, isoDate);
}
