import type { Language } from './language.js';
import { standsAt } from './text.js';

/**
 * "did the reg paraphrase the aws docs or quote them word for word", "did they quote them straight":
 * where a verb of quoting asks how something was quoted, a word of the manner of quoting (the
 * lexicon's `quotingManner.manners`: "word for word", "paraphrase", "straight") is read as the one word
 * a text saying how it quoted uses (`quotingManner.as`, "verbatim"); whichever manner is asked, that
 * text settles it. Without a verb of quoting, a manner closing the message ("the headline word for
 * word") is how the reply should be, and goes; one inside it stands as typed.
 */
export function withQuotingMannerRead(
  language: Pick<Language, 'quotingManner' | 'articleDeterminers' | 'firstPerson' | 'words' | 'yesNoStarts' | 'negations'>,
  words: readonly string[],
): readonly string[] {
  const { verbs, manners, as } = language.quotingManner;
  // "bulpin's *quote* word for word", "the *quote*": after a possessive or a determiner it is a noun, the
  // thing asked for, whose exact words are wanted.
  // "bulpin's closing *quote*, word for word", "*the* AWS *quote* TechTarget got": followed by the manner
  // closing the message or a word after a determiner, with no auxiliary before it ("whose docs *did* the
  // reg quote verbatim") and no verb's ending ("docs quoted verbatim"), it is the thing asked for too.
  const closedNoun = (at: number) =>
    !verbEnding.test(words[at] ?? '') &&
    !words.slice(0, at).some((w) => language.yesNoStarts.has(w)) &&
    (language.articleDeterminers.has(words[at - 2] ?? '') ||
      manners.some((m) => standsAt(words, at + 1, m) && closesRequest(language, words.slice(at + 1 + m.length))));
  const noun = (at: number) =>
    words[at - 1] === possessiveMark || language.articleDeterminers.has(words[at - 1] ?? '') || closedNoun(at);
  // "*quote me* Amazon's statement exactly", "quote the LF word for word": a request to quote, whose
  // manner is how the reply should put it, not a question of how something was quoted.
  const asker = (word: string) => language.firstPerson.has(word) || language.words.firstPersonSingular.includes(word);
  const request = (at: number) => at === 0 || asker(words[at + 1] ?? '');
  if (!words.some((w, at) => verbs.has(w) && !noun(at) && !request(at))) return withoutClosingManner(language, words);
  const out: string[] = [];
  for (let at = 0; at < words.length; ) {
    const manner = manners.find((m) => standsAt(words, at, m));
    if (manner) {
      if (out[out.length - 1] !== as) out.push(as);
      at += manner.length;
    } else out.push(words[at++] ?? '');
  }
  return out;
}

/** What the tokeniser leaves of a possessive "'s". */
const possessiveMark = 's';

/** A past or present participle's ending, which a noun of quoting ("quote", "quotes") never has. */
const verbEnding = /(?:ed|ing)$/;

/**
 * "whats the hed on the reg piece, verbatim", "amazon's statement to the trade press, verbatim if
 * possible": where nothing asks how something was quoted, a manner closing the message is how the asker
 * wants the reply, not a word to find in the story (which says "verbatim" of the first story's quotes).
 * A yes/no question keeps it: "was the template posted verbatim" asks the manner itself.
 */
function withoutClosingManner(
  language: Pick<Language, 'quotingManner' | 'yesNoStarts' | 'negations'>,
  words: readonly string[],
): readonly string[] {
  if (language.yesNoStarts.has(words[0] ?? '')) return words;
  const { manners } = language.quotingManner;
  for (let at = 1; at < words.length; at++) {
    const manner = manners.find((m) => standsAt(words, at, m));
    if (manner && closesRequest(language, words.slice(at + manner.length))) return words.slice(0, at);
  }
  return words;
}

/**
 * Whether `rest` is nothing but courtesies ("if possible", "pls") and more of the manner, asked or
 * refused ("verbatim*, no paraphrasing*").
 */
function closesRequest(language: Pick<Language, 'quotingManner' | 'negations'>, rest: readonly string[]): boolean {
  const { manners, requestTails } = language.quotingManner;
  for (let at = 0; at < rest.length; ) {
    const tail = requestTails.find((t) => standsAt(rest, at, t));
    if (tail) {
      at += tail.length;
      continue;
    }
    const from = language.negations.has(rest[at] ?? '') ? at + 1 : at;
    const manner = manners.find((m) => standsAt(rest, from, m));
    if (!manner) return false;
    at = from + manner.length;
  }
  return true;
}
