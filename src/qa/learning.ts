import type { Language } from './language.js';
import { standsAt } from './text.js';

/**
 * "*how did the reg find out* how the board plans to respond", "*where did people hear* what AWS told
 * the board": a question asking how or where someone learned something (the lexicon's `learning`
 * verbs, before a question word or "that" opening what was learned) asks what revealed it; whoever
 * learned it is not what is asked about. The words up to the verb read as "what" and the verb as the
 * lexicon's verb of revealing, which is how the story says such things came out ("messages on the
 * Mailing List *revealed* how the Board will respond"). "what did the reg learn about AWS" asks what
 * was learned, and stays.
 */
export function withLearningAsRevealed(
  language: Pick<Language, 'learning' | 'interrogatives' | 'yesNoStarts'>,
  words: string[],
): string[] {
  const { askingWords, verbs, contentOpeners, as } = language.learning;
  // "ok bot, settle this: *where did* the reg …": the question word before an auxiliary, wherever the question starts.
  const opening = words.findIndex((w, i) => askingWords.has(w) && language.yesNoStarts.has(words[i + 1] ?? ''));
  if (opening < 0) return words;
  for (let at = opening + 2; at < words.length; at++) {
    const verb = verbs.find((phrase) => standsAt(words, at, phrase));
    if (!verb) continue;
    const next = words[at + verb.length] ?? '';
    if (!language.interrogatives.has(next) && !contentOpeners.has(next)) return words;
    return [...words.slice(0, opening), as.what, as.verb, ...words.slice(at + verb.length)];
  }
  return words;
}
