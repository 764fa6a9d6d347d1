import type { Lexicon } from './lexicon.js';

type Purpose = Lexicon['purpose'];

/** The feature of a fact stating a purpose. */
export const purposeFeature = '@purpose';

/** Most words between a verb of creation and the infinitive or preposition of its purpose: "created a new offering, which aligns with …, *to* power". */
const purposeReach = 12;

/**
 * Whether a question asks what something was made for: "what did AWS build KVM for", "what was the
 * new hypervisor designed for". A question word stands before a verb of creation or intending, and
 * the question ends in a purpose preposition (an adverb after it, "for exactly", is the asker's).
 * Returns those verbs, which the question does not search: they ask for the purpose, as "work" in
 * "how does X work" asks for a process. Empty when it asks no purpose.
 */
export function purposeVerbsAsked(purpose: Purpose, interrogatives: ReadonlySet<string>, words: readonly string[]): string[] {
  const opening = words.findIndex((w) => interrogatives.has(w));
  if (opening < 0) return [];
  // "*why* did AWS *build* the KVM thing": asking why something was made asks what it was made for.
  if (purpose.asking.includes(words[opening] ?? ''))
    return words.slice(opening + 1).filter((w) => purpose.verbs.includes(w) && !purpose.idiomatic.includes(w));
  let end = words.length - 1;
  while (end > 0 && (words[end] ?? '').endsWith('ly')) end--;
  if (!purpose.prepositions.includes(words[end] ?? '')) return [];
  const verbs = new Set([...purpose.verbs, ...purpose.intending]);
  return words.slice(opening + 1, end).filter((w) => verbs.has(w));
}

/**
 * Whether a text (its lower-cased words, in order) states a purpose: a verb of creation followed by
 * an infinitive or a purpose preposition ("was created *to* run on", "built *for* NVMe-enabled
 * servers"), a verb of intending by the preposition ("meant *for*"), or a marker phrase ("in order to").
 */
export function statesPurpose(purpose: Purpose, words: readonly string[]): boolean {
  const creating = new Set(purpose.verbs);
  const intending = new Set(purpose.intending);
  const afterCreating = new Set([...purpose.infinitive, ...purpose.prepositions]);
  const afterIntending = new Set(purpose.prepositions);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const after = creating.has(word) ? afterCreating : intending.has(word) ? afterIntending : null;
    if (after === null) continue;
    for (let j = i + 1; j <= i + purposeReach && j < words.length; j++) if (after.has(words[j] ?? '')) return true;
  }
  const joined = ` ${words.join(' ')} `;
  return purpose.markers.some((marker) => joined.includes(` ${marker} `));
}
