import type { LabelKey, LabelValues } from '../i18n/strings.js';
import { label } from '../i18n/strings.js';

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
