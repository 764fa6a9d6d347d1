import type { LocalizationMap } from 'discord-api-types/v10';
import { type LabelKey, label, localizations } from './strings.js';

/** A command or option described by a label, in English and every translated locale. */
export function describedAs<B extends { setDescription(text: string): B; setDescriptionLocalizations(map: LocalizationMap): B }>(
  builder: B,
  key: LabelKey,
): B {
  return builder.setDescription(label(undefined, key)).setDescriptionLocalizations(localizations(key));
}
