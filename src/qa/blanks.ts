/**
 * Fill-in-the-blank prompts: "the reg calls AWS the 'cloud ____'", "now it is making inroads in the
 * ____, ____ and ____ space". The words around a blank (a run of underscores) are the story's own; the
 * fact showing them with the blank filled answers the prompt, found by the words, not by ranking.
 */
import type { Answer } from './answer.js';
import type { QaIndex } from './build.js';
import type { Fact } from './candidates.js';
import { escapeRegExp, straightQuotes } from './text.js';

const blankPattern = /_{2,}/;
/** A token of a prompt around its blanks: a blank, a word (with its inner apostrophes, hyphens, # or @), or a comma. */
const tokenPattern = /_{2,}|['’]s(?![\p{L}\p{N}])|[\p{L}\p{N}#@][\p{L}\p{N}'’\-.]*[\p{L}\p{N}]|[\p{L}\p{N}]|,/gu;
/** Most words of context taken on either side of the blanks. */
const maxContextWords = 4;
/** Fewest words of context in all: one word ("cloud ___") is found in too many places to say which. */
const minContextWords = 2;
/** What fills one blank: one to three words (an apostrophe ends one: "the ____'s new series"). */
const filler = '([\\p{L}\\p{N}#@][\\p{L}\\p{N}#@_\\-]*(?:\\s+[\\p{L}\\p{N}#@_\\-]+){0,2}?)';
/** The kinds of fact that show the story's words as written, in the order a blank is filled from. */
const wordedKinds = ['quote', 'template', 'sentence', 'headline', 'standfirst', 'teaser'] as const;

interface Prompt {
  before: string[];
  blanks: (string | null)[];
  after: string[];
}

/** The tokens of the stretch of the message holding its blanks: the words right before, between and after them. */
function promptOf(message: string): Prompt | null {
  const tokens = [...straightQuotes(message).matchAll(tokenPattern)].map((m) => m[0].replace(/\.$/, ''));
  const first = tokens.findIndex((t) => blankPattern.test(t));
  const last = tokens.findLastIndex((t) => blankPattern.test(t));
  if (first < 0) return null;
  const blanks = tokens.slice(first, last + 1).map((t) => (blankPattern.test(t) ? null : t));
  // Between two blanks only a few joining words stand ("____, ____ and ____"): more are two prompts.
  if (blanks.filter((t) => t !== null).length > 2 * blanks.filter((t) => t === null).length) return null;
  const before = tokens.slice(Math.max(0, first - maxContextWords), first).filter((t) => t !== ',');
  const after = tokens.slice(last + 1, last + 1 + maxContextWords).filter((t) => t !== ',');
  return { before, blanks, after };
}

/** A pattern matching the prompt with `left` words before its blanks and `right` after them, each blank a capture. */
function patternOf(prompt: Prompt, left: number, right: number): RegExp {
  const word = (w: string) => escapeRegExp(w).replace(/'/g, "['’]");
  const parts = [
    ...prompt.before.slice(prompt.before.length - left).map(word),
    ...prompt.blanks.map((t) => (t === null ? filler : t === ',' ? ',' : word(t))),
    ...prompt.after.slice(0, right).map(word),
  ];
  const joined = parts.join('\\s*').replace(/\\s\*,/g, ',');
  return new RegExp(`(?<![\\p{L}\\p{N}])${joined}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Whether a fill is a word of the story's own, not a stopword ("in the cloud *and* for …" fills nothing). */
function fillsWithContent(index: QaIndex, fills: readonly string[]): boolean {
  return fills.every((fill) => !index.language.stopwords.has(fill.split(/\s+/)[0]?.toLowerCase() ?? ''));
}

const wordedByIndex = new WeakMap<QaIndex, readonly { fact: Fact; text: string }[]>();

/**
 * The facts that show the story's words as written, in the order of `wordedKinds` (story order within
 * a kind), each with its text's quotes straightened: once per index, as a prompt tries many patterns.
 */
function wordedFacts(index: QaIndex): readonly { fact: Fact; text: string }[] {
  let found = wordedByIndex.get(index);
  if (!found) {
    found = wordedKinds.flatMap((kind) =>
      index.facts.filter((fact) => fact.kind === kind).map((fact) => ({ fact, text: straightQuotes(fact.answer) })),
    );
    wordedByIndex.set(index, found);
  }
  return found;
}

/** The facts whose words match a pattern with content in every blank, in the order of `wordedKinds`, and the fills they give. */
function factsMatching(index: QaIndex, pattern: RegExp): { facts: Fact[]; fills: Set<string> } {
  const facts: Fact[] = [];
  const fills = new Set<string>();
  for (const { fact, text } of wordedFacts(index)) {
    const filled = [...text.matchAll(pattern)].filter((match) => fillsWithContent(index, match.slice(1)));
    if (filled.length === 0) continue;
    facts.push(fact);
    for (const match of filled) fills.add(match.slice(1).join('|').toLowerCase());
  }
  return { facts, fills };
}

/**
 * The answer to a fill-in-the-blank prompt, or null where the message has no blank, its words are not
 * the story's, or they fill it two ways. The most context that matches is used; where the one fill
 * stands in more than one text, the first of the kinds that show the story's words as written.
 */
export function answerBlank(index: QaIndex, message: string): Answer | null {
  if (!blankPattern.test(message)) return null;
  const prompt = promptOf(message);
  if (prompt === null) return null;
  // Context of stopwords alone ("____ is a …") is found anywhere: at least one word must be a content word.
  const content = (words: readonly string[]) => words.some((w) => !index.language.stopwords.has(w.toLowerCase()));
  const sides: { left: number; right: number }[] = [];
  for (let left = prompt.before.length; left >= 0; left--)
    for (let right = prompt.after.length; right >= 0; right--) {
      const context = [...prompt.before.slice(prompt.before.length - left), ...prompt.after.slice(0, right)];
      if (context.length >= minContextWords && content(context)) sides.push({ left, right });
    }
  sides.sort((a, b) => b.left + b.right - (a.left + a.right));
  for (const { left, right } of sides) {
    const { facts, fills } = factsMatching(index, patternOf(prompt, left, right));
    const fact = facts[0];
    if (fact === undefined) continue;
    // The story's words around the blank fill it two ways: less context would not tell them apart, so
    // the question is left to the ranking, which reads its other words.
    if (fills.size > 1) return null;
    return { answered: true, answer: fact.answer, sources: fact.sources, suggestions: [] };
  }
  return null;
}
