/**
 * "the amazon fellow that spoke to *the xen group*", "what are *the citrix team* saying": a collective
 * noun after one of the story's names ("group", "team", "camp", the lexicon's `collectiveNouns`) is the
 * organisation itself, and says nothing more; it is dropped. Not where the noun ends the name ("NCC
 * Group"), nor a verb with its particle ("Google *teams up* with Snyk").
 */
import { entityNamedAt, type Language, stemOfWord } from './language.js';

/** Most words of a name before the collective noun ("the *linux foundation* crowd"). */
const maxNameWords = 3;

export function withCollectivesDropped(language: Language, words: readonly string[]): string[] {
  // Most questions hold no collective noun: nothing to look up.
  if (!words.some((w) => language.collectiveNouns.has(w))) return [...words];
  const stems = words.map((w) => stemOfWord(language, w));
  const afterName = (at: number) => {
    for (let from = Math.max(0, at - maxNameWords); from < at; from++) {
      const named = entityNamedAt(language, stems, from);
      if (named && from + named.length === at) return true;
      if (named && from + named.length > at) return false;
    }
    return false;
  };
  // "did Google *team up* with Snyk": a verb with its particle, not a noun.
  const verb = (at: number) => language.compoundParticles.includes(words[at + 1] ?? '');
  return words.filter((w, at) => !(language.collectiveNouns.has(w) && afterName(at) && !verb(at)));
}
