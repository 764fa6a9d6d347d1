import type { Lexicon } from './lexicon.js';

/** Most words between a verb of stopping and the harm it stops: "stop *relay* attacks". */
const harmReach = 2;

/**
 * "how is the tesla supposed to *stop relay attacks*": a verb of stopping (the lexicon's
 * `preventing.verbs`) before a harm (`preventing.harms`: an attack, a theft) keeps it from happening,
 * and is read as the lexicon's verb of preventing (`preventing.as`), the story's "prevents relayed
 * signals from working". "Will AWS stop investing" stops a doing, and stays a verb of ceasing.
 */
export function withPreventingRead(preventing: Lexicon['preventing'], words: readonly string[]): readonly string[] {
  const verbs = new Set(preventing.verbs);
  if (!words.some((w) => verbs.has(w))) return words;
  const harms = new Set(preventing.harms);
  return words.map((w, at) =>
    verbs.has(w) && words.slice(at + 1, at + 2 + harmReach).some((next) => harms.has(next)) ? preventing.as : w,
  );
}
