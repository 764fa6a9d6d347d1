import type { Language } from './language.js';

/**
 * "what *phrase* does Warrilow *use*", "which *idiom* does the Gartner analyst *use* to sum up …": a
 * question word, a noun for wording (the lexicon's `wording.nouns`), an auxiliary, someone, then a verb
 * of using words (`wording.verbs`) asks what that someone said, in their words: the noun goes and the
 * verb reads as `wording.as` ("what does Warrilow say"). "which words does the template use" reads
 * the same, as what the template says.
 */
export function withWordingAsSaid(
  language: Pick<Language, 'wording' | 'interrogatives' | 'yesNoStarts'>,
  words: string[],
): string[] {
  const { nouns, verbs, as, reach } = language.wording;
  const at = words.findIndex(
    (w, i) => language.interrogatives.has(w) && nouns.has(words[i + 1] ?? '') && language.yesNoStarts.has(words[i + 2] ?? ''),
  );
  if (at < 0) return words;
  for (let k = at + 4; k < words.length && k <= at + 3 + reach; k++)
    if (verbs.has(words[k] ?? '')) return [...words.slice(0, at + 1), ...words.slice(at + 2, k), as, ...words.slice(k + 1)];
  return words;
}
