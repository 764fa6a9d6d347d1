/**
 * A claim the asker came across: "I heard (somewhere) that AWS is dropping Xen", "i've read xen is
 * used in cars, is that true?".
 */
import type { Language } from './language.js';

/** Words that may stand between the asker and a verb of hearsay: "I *have* read", "I *just* saw". */
const hearsayGap = 1;

/**
 * Where a message's words open with the asker saying they came across a claim (the lexicon's
 * `hearsay`: a verb, where, and "that"), the index the claim starts at; -1 otherwise.
 */
export function hearsayClaimAt(language: Language, words: readonly string[]): number {
  const { verbs, places, complementisers } = language.hearsay;
  if (!language.words.firstPersonSingular.includes(words[0] ?? '')) return -1;
  let at = 1;
  while (at <= hearsayGap && language.stopwords.has(words[at] ?? '') && !verbs.has(words[at] ?? '')) at++;
  if (!verbs.has(words[at] ?? '')) return -1;
  at++;
  while (places.has(words[at] ?? '') || complementisers.has(words[at] ?? '')) at++;
  return at;
}
