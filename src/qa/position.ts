import type { ArticlePosition, Language } from './language.js';
import { intentTerm, positionPrefixLength, stemOfWord, termsOf } from './language.js';
import { standsAt } from './text.js';
import { tuning } from './tuning.js';

/** The parts of the page a position may be in besides the article's body. */
export const positionedParts = ['update'] as const;
const partIntents: ReadonlySet<string> = new Set(positionedParts.map(intentTerm));

/**
 * The intent term a question pointing at a position in the article holds, and a fact sitting there:
 * "i:ending" in the body, "i:ending:update" in the update.
 */
export const positionTerm = (position: ArticlePosition, part?: string) =>
  intentTerm(part === undefined ? position : `${position}:${part}`);

/** The position term for a question's terms: in the part of the page it names, else in the body. */
export function positionTermIn(position: ArticlePosition, terms: readonly string[]): string {
  return positionTerm(
    position,
    positionedParts.find((part) => terms.includes(intentTerm(part))),
  );
}

const positions: readonly ArticlePosition[] = ['opening', 'ending'];

/** The most words a publication's name before a possessive is looked for in ("the el reg's"). */
const maxNameWords = 3;

/** What the tokeniser leaves of a possessive's "'s": "the reg's" is "the", "reg", "s". */
const possessiveMark = 's';

/**
 * Where in the article a question points, and its words without the ones saying so: "the *last
 * bit* before the update", "the *opening paragraph*" (an adjective before a noun for a stretch of
 * text), "at *the very end* of the update", "at *the end*" in a question naming the article (a
 * noun after a determiner, followed by "of" and the article or a part of it, or by nothing where a
 * noun for the article is in the question), "how does *the story end*", "how does the article
 * *wrap up* …" (a verb whose subject is the article or a part). "The end of Xen" and "will AWS end …" are not positions. Under a position, a part of the
 * page named as a boundary ("*before the update*") says where the position is not: its words go too.
 */
export function articlePosition(
  language: Language,
  words: readonly string[],
  publication: string | null = null,
): { words: readonly string[]; position: ArticlePosition | null } {
  // Most questions hold no position word: stemming every word to find out would cost more than the rest of the analysis.
  if (!words.some((w) => language.positionPrefixes.has(w.slice(0, positionPrefixLength)))) return { words, position: null };
  const stems = words.map((w) => stemOfWord(language, w));
  const namesPart = (i: number) => {
    const s = stems[i];
    return s !== undefined && termsOf(language, [s], false).some((t) => partIntents.has(t));
  };
  const namesArticle = (i: number) => language.articleNouns.has(words[i] ?? '') || namesPart(i);
  const describes = (i: number) => {
    const s = stems[i];
    return (
      s !== undefined &&
      !language.articleDeterminers.has(words[i] ?? '') &&
      !termsOf(language, [s], false).some((t) => t.startsWith('e:') || t.startsWith('i:') || t.startsWith('s:'))
    );
  };
  // A bare "at the end" places something in the article only where the question names the article:
  // "an update tacked on at the end" places the update, it asks nothing about the update's end.
  // "the *reg's* conclusion", "the *author's* closing": the article's, its writer's or its publication's
  // own ending or opening is a position in the article, whoever else the question names.
  // The word before the noun: the owner, the possessive's "s" before it or gone (a lone letter is dropped).
  const ownerBefore = (noun: number): number | null => {
    const owner = words[noun - 1] === possessiveMark ? noun - 2 : noun - 1;
    if (owner < 0) return null;
    if (language.articleNouns.has(words[owner] ?? '') || language.writerNouns.has(stems[owner] ?? '')) return owner;
    if (publication === null) return null;
    // The publication's name may be a phrase ("el reg"): the longest one ending at the owner.
    for (let start = Math.max(0, owner - maxNameWords + 1); start <= owner; start++) {
      const match = language.phrases.longestAt(stems, start);
      if (match && start + match.length === owner + 1 && match.values.includes(`e:${publication}`)) return start;
    }
    return null;
  };
  let referred: boolean | null = null;
  const refersToArticle = () => {
    referred ??= words.some((w) => language.articleNouns.has(w));
    return referred;
  };
  for (const position of positions) {
    const { adjectives, nouns, verbs, parts } = language.articlePositions[position];
    const spans: [number, number][] = [];
    for (let i = 0; i < words.length; i++) {
      const here = stems[i] ?? '';
      const next = stems[i + 1] ?? '';
      let span: [number, number] | null = null;
      if (adjectives.has(here) && language.textNouns.has(next)) span = [i, i + 2];
      else if (verbs.has(`${here} ${next}`) && i > 0 && namesArticle(i - 1)) span = [i, i + 2];
      else if (verbs.has(here) && i > 0 && namesArticle(i - 1)) span = [i, i + 1];
      else if (nouns.has(here)) {
        const from = language.positionIntensifiers.has(words[i - 1] ?? '') ? i - 1 : i;
        if (language.articleDeterminers.has(words[from - 1] ?? '')) {
          if (words[i + 1] === 'of') {
            const after = language.articleDeterminers.has(words[i + 2] ?? '') ? i + 3 : i + 2;
            // "the end of the *main* story", "the close of the *whole* piece": words naming nothing
            // the story holds may describe the article before its noun; they go with the position.
            let noun = after;
            while (noun - after < tuning.maxPartDescribingWords && !namesArticle(noun) && describes(noun)) noun++;
            if (namesArticle(noun)) span = [from, noun > after ? noun : i + 1];
          } else if (refersToArticle() || parts.has(here)) span = [from, i + 1];
        } else if (words[i + 1] !== 'of') {
          const owner = ownerBefore(from);
          if (owner !== null) span = [owner, i + 1];
        }
      }
      if (span) {
        spans.push(span);
        i = span[1] - 1;
      }
    }
    if (spans.length > 0) return { words: withoutBoundary(language, words, spans, namesPart), position };
  }
  return { words, position: null };
}

/** The words without the positions', and without a boundary part ("before the update") with its preposition. */
function withoutBoundary(
  language: Language,
  words: readonly string[],
  spans: readonly [number, number][],
  namesPart: (i: number) => boolean,
): readonly string[] {
  const dropped = new Set<number>();
  for (const [start, end] of spans) for (let i = start; i < end; i++) dropped.add(i);
  for (let i = 0; i < words.length; i++)
    for (const preposition of language.boundaryPrepositions) {
      if (!standsAt(words, i, preposition)) continue;
      let part = i + preposition.length;
      if (language.articleDeterminers.has(words[part] ?? '')) part++;
      if (part < words.length && namesPart(part)) for (let k = i; k <= part; k++) dropped.add(k);
    }
  return words.filter((_, i) => !dropped.has(i));
}
