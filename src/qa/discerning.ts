import type { Language } from './language.js';

/**
 * "how is the car supposed to *tell* a relayed signal *from* the real phone": a verb of saying with
 * a particle of separation after its object means telling things apart, so the verb reads as the
 * lexicon's verb of discerning ("distinguish") instead of a stopword. Not after a question word or
 * a pronoun object between ("tell us where it launched from" asks where).
 */
export function withDiscerning(
  language: Pick<Language, 'discerning' | 'interrogatives' | 'firstPerson' | 'secondPerson' | 'words'>,
  words: string[],
): string[] {
  const { verbs, particles, reach, as } = language.discerning;
  const at = words.findIndex((w) => verbs.has(w));
  if (at < 0) return words;
  const next = words[at + 1] ?? '';
  if (language.firstPerson.has(next) || language.words.firstPersonSingular.includes(next) || language.secondPerson.has(next))
    return words;
  for (let k = at + 1; k <= at + reach && k < words.length; k++) {
    const word = words[k] ?? '';
    if (language.interrogatives.has(word)) return words;
    if (particles.has(word)) return replaced(words, at, as);
  }
  return words;
}

function replaced(words: readonly string[], at: number, as: string): string[] {
  return [...words.slice(0, at), as, ...words.slice(at + 1)];
}
