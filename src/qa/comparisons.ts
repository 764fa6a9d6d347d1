/**
 * Comparisons: "is Xen more secure than KVM", "is KVM faster than Xen". A question comparing two
 * things is answered only by a text that compares ("better performance than Xen"); a text saying
 * something of one of them alone does not say which is more so.
 */
import type { Lexicon } from './lexicon.js';
import { tuning } from './tuning.js';

interface Comparison {
  than: ReadonlySet<string>;
  degreeWords: ReadonlySet<string>;
  irregular: ReadonlySet<string>;
  suffix: string;
  notComparative: ReadonlySet<string>;
  surpassing: ReadonlySet<string>;
  choiceOpeners: ReadonlySet<string>;
  choiceJoiners: ReadonlySet<string>;
  contrastNouns: ReadonlySet<string>;
  contrastPrepositions: ReadonlySet<string>;
  contrastJoiners: ReadonlySet<string>;
  contrastModifiers: ReadonlySet<string>;
  comparingPhrases: readonly (readonly string[])[];
  comparingOpeners: ReadonlySet<string>;
  obstacles: ReadonlySet<string>;
  obstaclePointers: ReadonlySet<string>;
}

const compiled = new WeakMap<Lexicon['comparison'], Comparison>();

/** The lexicon's lists as sets, once per lexicon: every question's words are looked up in them. */
function compile(comparison: Lexicon['comparison']): Comparison {
  let found = compiled.get(comparison);
  if (!found) {
    found = {
      than: new Set(comparison.than),
      degreeWords: new Set(comparison.degreeWords),
      irregular: new Set(comparison.irregular),
      suffix: comparison.suffix,
      notComparative: new Set(comparison.notComparative),
      surpassing: new Set(comparison.surpassing),
      choiceOpeners: new Set(comparison.choiceOpeners),
      choiceJoiners: new Set(comparison.choiceJoiners),
      contrastNouns: new Set(comparison.contrastNouns),
      contrastPrepositions: new Set(comparison.contrastPrepositions),
      contrastJoiners: new Set(comparison.contrastJoiners),
      contrastModifiers: new Set(comparison.contrastModifiers),
      comparingPhrases: comparison.comparingPhrases.map((p) => p.split(' ')),
      comparingOpeners: new Set(comparison.comparingOpeners),
      obstacles: new Set(comparison.obstacles),
      obstaclePointers: new Set(comparison.obstaclePointers),
    };
    compiled.set(comparison, found);
  }
  return found;
}

/** Most words between a verb of surpassing and the obstacle it gets past ("beat *tesla's latency* check"). */
const obstacleReach = 3;

/**
 * "how do the researchers *beat* the latency *check*": a verb of surpassing before an obstacle (the
 * lexicon's `obstacles`: a check, a defence, a lock) means getting past it, and compares nothing; so
 * does one before a pronoun standing for an obstacle named before it ("tesla has a *defence* against
 * relays, how do they *beat it*").
 */
function beatsObstacle(comparison: Comparison, words: readonly string[], at: number): boolean {
  if (words.slice(at + 1, at + 2 + obstacleReach).some((w) => comparison.obstacles.has(w))) return true;
  return comparison.obstaclePointers.has(words[at + 1] ?? '') && words.slice(0, at).some((w) => comparison.obstacles.has(w));
}

/** Whether a word is a comparative: "better", "more secure", "older" (not "other", "never"). */
function isComparative(comparison: Comparison, words: readonly string[], k: number, end: number): boolean {
  const word = words[k] ?? '';
  if (comparison.irregular.has(word)) return true;
  // "more secure than": a degree word compares the word after it; "more than 12 days" counts.
  if (comparison.degreeWords.has(word) && k + 1 < end) return true;
  return word.endsWith(comparison.suffix) && word.length > comparison.suffix.length + 2 && !comparison.notComparative.has(word);
}

/**
 * Whether lower-case words hold a comparative at most `tuning.comparativeReach` words before "than",
 * or a verb of surpassing, or open a choice with a comparative before two things joined by "or"
 * ("which is older, Xen or KVM", "who's better, Citrix or Gartner").
 */
export function compares(lexicon: Lexicon['comparison'], words: readonly string[]): boolean {
  const comparison = compile(lexicon);
  let than = false;
  for (const [at, word] of words.entries()) {
    if (comparison.surpassing.has(word) && !beatsObstacle(comparison, words, at)) return true;
    if (comparison.than.has(word)) than = true;
  }
  if (!than) return choosesByComparative(comparison, words);
  for (let i = 1; i < words.length; i++) {
    if (!comparison.than.has(words[i] ?? '')) continue;
    for (let k = Math.max(0, i - tuning.comparativeReach); k < i; k++) if (isComparative(comparison, words, k, i)) return true;
  }
  return false;
}

function choosesByComparative(comparison: Comparison, words: readonly string[]): boolean {
  const opener = words.findIndex((w) => comparison.choiceOpeners.has(w));
  if (opener < 0) return false;
  const joiner = words.findIndex((w, at) => at > opener && comparison.choiceJoiners.has(w));
  if (joiner < 0) return false;
  const end = Math.min(joiner, opener + 1 + tuning.comparativeReach);
  for (let k = opener + 1; k < end; k++) if (isComparative(comparison, words, k, joiner)) return true;
  return false;
}

/** A text's words, lower-case without punctuation, each with where it starts and ends in the text. */
function placedWords(text: string): { word: string; at: number; end: number }[] {
  return [...text.matchAll(/[^\s]+/g)].map((m) => ({
    word: m[0].toLowerCase().replace(/[^\p{L}\p{N}']+/gu, ''),
    at: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * "what's the difference between Launch Complex 1 and Launch Complex 2": the question asked of each
 * side, with what opens it ("what's"; the words modifying the noun dropped): "what's Launch
 * Complex 1", "what's Launch Complex 2". The two answers side by side show the difference; null
 * where no contrast noun names two things.
 */
export function contrastedParts(lexicon: Lexicon['comparison'], text: string): [string, string] | null {
  const comparison = compile(lexicon);
  // Most questions name no contrast: nothing to split.
  const lower = text.toLowerCase();
  let named = false;
  for (const preposition of comparison.contrastPrepositions) named ||= lower.includes(preposition);
  if (!named) return null;
  const words = placedWords(text);
  const noun = words.findIndex(
    (w, at) => comparison.contrastNouns.has(w.word) && comparison.contrastPrepositions.has(words[at + 1]?.word ?? ''),
  );
  if (noun < 0) return null;
  const joiner = words.findIndex((w, at) => at > noun + 2 && comparison.contrastJoiners.has(w.word));
  if (joiner < 0 || joiner === words.length - 1) return null;
  let opens = noun;
  while (opens > 0 && comparison.contrastModifiers.has(words[opens - 1]?.word ?? '')) opens--;
  const head = text.slice(0, words[opens]?.at ?? 0).trim();
  const side = (from: number, to: number) => text.slice(words[from]?.at ?? 0, words[to]?.end ?? text.length).trim();
  const first = side(noun + 2, joiner - 1).replace(/[,;:]+$/, '');
  const second = side(joiner + 1, words.length - 1);
  return [`${head} ${first}`.trim(), `${head} ${second}`.trim()];
}

/**
 * "how does Citrix's take on the move compare with what Gartner thinks": a phrase of comparing between
 * two things asks of each; the first without the words opening the question ("how does"). The two
 * answers side by side are the comparison. Null where no such phrase stands between two things.
 */
export function comparedParts(lexicon: Lexicon['comparison'], text: string): [string, string] | null {
  const comparison = compile(lexicon);
  // Most questions compare nothing: no splitting unless a phrase's first word is there.
  const lower = text.toLowerCase();
  if (!comparison.comparingPhrases.some((phrase) => lower.includes(phrase[0] ?? ''))) return null;
  const words = placedWords(text);
  for (let at = 1; at < words.length; at++) {
    const phrase = comparison.comparingPhrases.find((p) => p.every((w, k) => words[at + k]?.word === w));
    if (!phrase || at + phrase.length >= words.length) continue;
    let opens = 0;
    while (opens < at && comparison.comparingOpeners.has(words[opens]?.word ?? '')) opens++;
    if (opens === at) return null;
    const first = text.slice(words[opens]?.at ?? 0, words[at - 1]?.end ?? 0).trim();
    const second = text.slice(words[at + phrase.length]?.at ?? text.length).trim();
    return [first, second];
  }
  return null;
}

/**
 * "how do they *beat* tesla's distance check": a verb of surpassing before an obstacle is read as the
 * lexicon's verb of getting past one (`comparison.overcoming`), not as outperforming something.
 */
export function withObstaclesOvercome(comparisonWords: Lexicon['comparison'], words: readonly string[]): readonly string[] {
  const comparison = compile(comparisonWords);
  if (!words.some((w) => comparison.surpassing.has(w))) return words;
  return words.map((w, at) =>
    comparison.surpassing.has(w) && beatsObstacle(comparison, words, at) ? comparisonWords.overcoming : w,
  );
}
