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
  language: Pick<Language, 'quotingManner' | 'articleDeterminers' | 'firstPerson' | 'words' | 'yesNoStarts'>,
  words: readonly string[],
): readonly string[] {
  const { verbs, manners, as } = language.quotingManner;
  // "bulpin's *quote* word for word", "the *quote*": after a possessive or a determiner it is a noun, the
  // thing asked for, whose exact words are wanted.
  const noun = (at: number) => words[at - 1] === possessiveMark || language.articleDeterminers.has(words[at - 1] ?? '');
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

/**
 * "whats the hed on the reg piece, verbatim", "amazon's statement to the trade press, verbatim if
 * possible": where nothing asks how something was quoted, a manner closing the message is how the asker
 * wants the reply, not a word to find in the story (which says "verbatim" of the first story's quotes).
 * A yes/no question keeps it: "was the template posted verbatim" asks the manner itself.
 */
function withoutClosingManner(
  language: Pick<Language, 'quotingManner' | 'yesNoStarts'>,
  words: readonly string[],
): readonly string[] {
  if (language.yesNoStarts.has(words[0] ?? '')) return words;
  const { manners, requestTails } = language.quotingManner;
  for (let at = 1; at < words.length; at++) {
    const manner = manners.find((m) => standsAt(words, at, m));
    if (manner && closesRequest(words.slice(at + manner.length), requestTails)) return words.slice(0, at);
  }
  return words;
}

/** Whether `rest` is nothing but courtesies ("if possible", "pls"). */
function closesRequest(rest: readonly string[], tails: readonly (readonly string[])[]): boolean {
  for (let at = 0; at < rest.length; ) {
    const tail = tails.find((t) => standsAt(rest, at, t));
    if (!tail) return false;
    at += tail.length;
  }
  return true;
}
