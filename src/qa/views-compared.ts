/**
 * "do Cottingham and Warrilow agree on Xen", "gartner vs the LF on aws", "how does the LF's take differ
 * from Gartner's": two of the story's sources set side by side by a word of agreeing or differing ask
 * what each of them said. The question is asked of each ("what did Michael Warrilow say about Xen"),
 * and the two answers side by side are the comparison; the story's view is the reader's to draw.
 */
import type { QaIndex } from './build.js';
import { entityNamedAt, type Language, spelledWords, stemOfWord } from './language.js';
import { escapeRegExp } from './text.js';

interface Side {
  id: string;
  name: string;
  from: number;
  to: number;
}

/** The story's sources: whoever a quote is by, the organisations they speak for, and the publication itself. */
function sourcesOf(index: QaIndex): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const quote of index.story.quotes) {
    if (quote.speaker) ids.add(quote.speaker);
    ids.add(quote.organisation);
  }
  if (index.publication) ids.add(index.publication);
  return ids;
}

function nameOf(index: QaIndex, id: string): string {
  return index.story.personById.get(id)?.name ?? index.story.organisationById.get(id)?.name ?? id;
}

/** One side per source, a person standing for their organisation where both are named ("Citrix's Cottingham"). */
function sidesOf(index: QaIndex, stems: readonly string[]): Side[] {
  const sources = sourcesOf(index);
  const sides: Side[] = [];
  for (let at = 0; at < stems.length; at++) {
    const named = entityNamedAt(index.language, stems, at);
    if (!named) continue;
    const span = { from: at, to: at + named.length };
    at += named.length - 1;
    if (!sources.has(named.id)) continue;
    const organisation = index.story.personById.get(named.id)?.organisation;
    const same = sides.findIndex(
      (side) =>
        side.id === named.id || side.id === organisation || index.story.personById.get(side.id)?.organisation === named.id,
    );
    if (same < 0) sides.push({ id: named.id, name: nameOf(index, named.id), ...span });
    else if (index.story.personById.has(named.id))
      sides[same] = { ...(sides[same] as Side), id: named.id, name: nameOf(index, named.id) };
  }
  return sides;
}

/** Where what the sides are compared on lies: after the first topic preposition ("agree *on AWS*"), up to a cue. */
interface TopicSpan {
  from: number;
  to: number;
}

function topicSpanOf(language: Language, words: readonly string[], inCue: ReadonlySet<number>): TopicSpan | null {
  const opens = words.findIndex((w, at) => language.words.comparison.topicPrepositions.includes(w) && !inCue.has(at));
  if (opens < 0) return null;
  let to = opens + 1;
  while (to < words.length && !inCue.has(to)) to++;
  return { from: opens + 1, to };
}

/**
 * The two sides compared: sources named outside what they are compared on, next to each other with
 * only a joiner or a word of differing between them ("*Citrix and Gartner*", "*Gartner vs the LF*",
 * "*the LF's* take on AWS *differ from the Reg's*"); "did AWS agree with the Reg" asks of AWS alone.
 * Null where no two are.
 */
function pairCompared(
  language: Language,
  words: readonly string[],
  stems: readonly string[],
  named: readonly Side[],
  inCue: ReadonlySet<number>,
  topic: TopicSpan | null,
): [Side, Side] | null {
  const { contrastJoiners, choiceJoiners, differing } = language.words.comparison;
  const inTopic = (at: number) => topic !== null && at >= topic.from && at < topic.to;
  const sides = named.filter((side) => !inTopic(side.from));
  const joiner = (word: string) => contrastJoiners.includes(word) || choiceJoiners.includes(word);
  // Between the two, only what joins or sets them apart, the views' nouns ("take") and what they are compared on.
  const sideBySide = (left: Side, right: Side) => {
    const between = words
      .map((word, at) => ({ word, at }))
      .filter(({ word, at }) => at >= left.to && at < right.from && (joiner(word) || !language.stopwords.has(word)))
      .filter(({ at }) => !language.speechActs.nouns.has(stems[at] ?? '') && !inTopic(at));
    const sets = between.some(({ word, at }) => joiner(word) || (inCue.has(at) && differing.includes(word)));
    return sets && between.every(({ word, at }) => joiner(word) || inCue.has(at));
  };
  for (let k = 0; k + 1 < sides.length; k++) {
    const [left, right] = [sides[k] as Side, sides[k + 1] as Side];
    if (sideBySide(left, right)) return [left, right];
  }
  return null;
}

const compiledCues = new WeakMap<readonly string[], { phrases: readonly (readonly string[])[]; pattern: RegExp }>();

/** The lexicon's cues as lower-case word sequences, and a pattern finding any, once per lexicon. */
function viewCuesOf(cues: readonly string[]): { phrases: readonly (readonly string[])[]; pattern: RegExp } {
  let compiled = compiledCues.get(cues);
  if (!compiled) {
    const phrases = cues.map((cue) => cue.toLowerCase().split(/\s+/));
    const alternation = phrases.map((phrase) => phrase.map(escapeRegExp).join('\\s+')).join('|');
    compiled = { phrases, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'iu') };
    compiledCues.set(cues, compiled);
  }
  return compiled;
}

export function viewsComparedParts(index: QaIndex, text: string): [string, string] | null {
  const { language } = index;
  const { phrases, pattern } = viewCuesOf(language.words.comparison.viewCues);
  // Most questions hold no word of agreeing or differing: no words to read.
  if (!pattern.test(text)) return null;
  const words = spelledWords(language, text);
  const inCue = new Set<number>();
  for (const phrase of phrases)
    for (let at = 0; at < words.length; at++)
      if (phrase.every((w, k) => words[at + k] === w)) for (let k = 0; k < phrase.length; k++) inCue.add(at + k);
  if (inCue.size === 0) return null;
  const stems = words.map((w) => stemOfWord(language, w));
  const topic = topicSpanOf(language, words, inCue);
  const sides = pairCompared(language, words, stems, sidesOf(index, stems), inCue, topic);
  if (!sides) return null;
  const named = (at: number) => sides.some((side) => at >= side.from && at < side.to);
  // What they are compared on: the topic's words, or else the words naming neither side nor asking.
  const asked = (w: string, at: number) =>
    !named(at) &&
    !inCue.has(at) &&
    !language.stopwords.has(w) &&
    !language.interrogatives.has(w) &&
    !language.yesNoStarts.has(w) &&
    !language.speechActs.nouns.has(stems[at] ?? '');
  const topicWords = words.filter((w, at) => asked(w, at) && (topic === null || (at >= topic.from && at < topic.to)));
  const about = topicWords.length > 0 ? ` about ${topicWords.join(' ')}` : '';
  const [first, second] = sides;
  return [`what did ${first.name} say${about}`, `what did ${second.name} say${about}`];
}
