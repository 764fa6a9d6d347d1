/**
 * Opposed modifiers of one noun: "the *existing* instances" and "all *new* instance types" are not
 * the same instances, so a text about the new ones does not answer a question about the existing ones.
 */
import type { Lexicon } from './lexicon.js';
import { stem } from './text.js';
import { tuning } from './tuning.js';

/** The feature of a text whose modifier of class `side` (an index into the lexicon's pairs) stands before a noun stem. */
export const modifiedFeature = '@modified:';

/**
 * The nouns a text's opposed modifiers stand before, as `<pair>.<side>:<noun stem>`: each of the
 * `tuning.modifiedReach` words after a modifier of the lexicon's `opposedModifiers` ("all *new* EC2
 * *instance* types": new before "ec2" and "instanc"), up to the next modifier of the same pair.
 */
export function modifiedNouns(
  pairs: Lexicon['opposedModifiers'],
  stems: ReadonlyMap<string, string>,
  stopwords: ReadonlySet<string>,
  words: readonly string[],
): string[] {
  const sides = sidesOf(pairs);
  let out: string[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const side = sides.get(words[i] ?? '');
    if (side === undefined) continue;
    out ??= [];
    for (let k = i + 1; k <= i + tuning.modifiedReach && k < words.length; k++) {
      const next = words[k] ?? '';
      if (sides.get(next)?.pair === side.pair) break;
      if (!stopwords.has(next)) out.push(`${side.pair}.${side.side}:${stem(next, stems)}`);
    }
  }
  return out ?? none;
}

const none: string[] = [];
const sidesByPairs = new WeakMap<Lexicon['opposedModifiers'], ReadonlyMap<string, { pair: number; side: number }>>();

/** Each modifier's pair and side, once per lexicon: a question's words are looked up, not searched for. */
function sidesOf(pairs: Lexicon['opposedModifiers']): ReadonlyMap<string, { pair: number; side: number }> {
  let sides = sidesByPairs.get(pairs);
  if (!sides) {
    const found = new Map<string, { pair: number; side: number }>();
    pairs.forEach((sidesOfPair, pair) => {
      sidesOfPair.forEach((modifiers, side) => {
        for (const modifier of modifiers) found.set(modifier, { pair, side });
      });
    });
    sides = found;
    sidesByPairs.set(pairs, sides);
  }
  return sides;
}

/** A question's modified nouns as pairs of fact features: its own side's, and the other side's. */
export interface OpposedFeatures {
  own: string;
  opposite: string;
}

/** The features to look up for a question's modified nouns, worked out once per question. */
export function opposedFeatures(asked: readonly string[]): readonly OpposedFeatures[] {
  return asked.map((key) => {
    const [pairSide, noun] = key.split(':');
    const [pair, side] = (pairSide ?? '').split('.');
    return {
      own: `${modifiedFeature}${key}`,
      opposite: `${modifiedFeature}${pair}.${side === '0' ? 1 : 0}:${noun}`,
    };
  });
}

const idsByFeature = new WeakMap<
  readonly { id: number; features: ReadonlySet<string> }[],
  ReadonlyMap<string, readonly number[]>
>();

/** The ids of the facts holding each modified-noun feature, once per fact list: a question looks up its few. */
function factIdsByModifiedFeature(
  facts: readonly { id: number; features: ReadonlySet<string> }[],
): ReadonlyMap<string, readonly number[]> {
  let found = idsByFeature.get(facts);
  if (!found) {
    const byFeature = new Map<string, number[]>();
    for (const fact of facts)
      for (const feature of fact.features)
        if (feature.startsWith(modifiedFeature)) {
          const ids = byFeature.get(feature);
          if (ids) ids.push(fact.id);
          else byFeature.set(feature, [fact.id]);
        }
    found = byFeature;
    idsByFeature.set(facts, found);
  }
  return found;
}

const noIds: ReadonlySet<number> = new Set();

/**
 * The facts speaking of the opposite of what the question's modifiers pick out: the question's
 * "existing instances" against a fact holding "new instance types" and no "existing instance".
 * Found once per question from the facts' features, so ranking looks each fact up.
 */
export function factsOpposingModifiers(
  facts: readonly { id: number; features: ReadonlySet<string> }[],
  asked: readonly OpposedFeatures[],
): ReadonlySet<number> {
  if (asked.length === 0) return noIds;
  const byFeature = factIdsByModifiedFeature(facts);
  const opposing = new Set<number>();
  for (const { own, opposite } of asked) {
    const owning = byFeature.get(own);
    for (const id of byFeature.get(opposite) ?? []) if (!owning?.includes(id)) opposing.add(id);
  }
  return opposing;
}
