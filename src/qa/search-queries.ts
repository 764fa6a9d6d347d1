import { type Language, stemOfWord, typedTermsOf } from './language.js';
import type { AnswerTypeName } from './lexicon.js';
import { standsAt } from './text.js';

/**
 * "advisory board call exact day", "capstone launch date moon", "date article": a message typed as a
 * search query (see {@link isSearchQuery}) asks for the value its first value noun names, as "what
 * day" or "what date" does. Null for any other message, or one without a value noun.
 */
export function searchQueryWants(language: Language, words: readonly string[]): AnswerTypeName | null {
  if (!isSearchQuery(language, words)) return null;
  for (const word of words) {
    const wanted = language.queryValueNouns.get(word);
    if (wanted !== undefined) return wanted;
  }
  return null;
}

/**
 * "exact day of the advisory board call", "launch date for capstone": a noun phrase asked as a
 * question, its nouns joined only by a preposition of part or direction ("of", "for", "to", each with
 * a determiner or none), is read as the search query of its words. Null for any other message.
 */
export function nounPhraseQuery(language: Language, words: readonly string[]): readonly string[] | null {
  const phrase = words.slice(requestedAt(language, words));
  const kept: string[] = [];
  for (const [i, word] of phrase.entries()) {
    const joiner = joinedAt(language, phrase, i);
    const determined =
      joinedAt(language, phrase, i - 1) && (language.articleDeterminers.has(word) || language.indefiniteArticles.has(word));
    if (joiner && i > 0 && i < phrase.length - 1) continue;
    if (determined) continue;
    if (opensClause(language, word)) return null;
    kept.push(word);
  }
  return kept.length >= 2 && kept.length < phrase.length ? kept : null;
}

/** Whether the word at the index joins nouns ("day *of* the call"). */
function joinedAt(language: Language, words: readonly string[], at: number): boolean {
  const word = words[at] ?? '';
  return language.partPrepositions.has(word) || language.directionPrepositions.has(word);
}

/** Where the words past a request opening ("give me", "need", "pls") start: what is asked for. */
function requestedAt(language: Language, words: readonly string[]): number {
  let at = 0;
  while (
    at < words.length &&
    (language.requests.verbs.has(words[at] ?? '') ||
      language.requests.recipients.has(words[at] ?? '') ||
      language.requests.politeness.has(words[at] ?? '') ||
      language.requests.summaries.has(words[at] ?? '') ||
      (at === 0 && language.quotingVerbs.has(words[at] ?? '')) ||
      language.askerVerbs.has(words[at] ?? ''))
  )
    at++;
  return language.articleDeterminers.has(words[at] ?? '') || language.indefiniteArticles.has(words[at] ?? '') ? at + 1 : at;
}

/**
 * "give me the LF statement word for word", "the Linux Foundation's statement to El Reg": a noun phrase
 * naming someone's saying, past a request, asks what they said; only one of the story's recipients of
 * a quote (`recipients`, entity terms) and words of no content ("word for word", "pls") may follow the
 * noun. The words naming the sayer and where the noun stands, or null.
 */
export function namedSayingAsked(
  language: Language,
  words: readonly string[],
  recipients: ReadonlySet<string>,
): { sayer: string[]; noun: number } | null {
  const start = requestedAt(language, words);
  // "citrix ppl *quoted* in story": a participle of saying is no noun of it.
  const noun = words.findIndex((w, i) => i > start && language.speechActs.nounWords.has(w));
  if (noun < 0) return null;
  const sayer = words.slice(start, noun);
  if (
    !isSearchQuery(language, [...sayer, words[noun] ?? '']) ||
    !typedTermsOf(language, sayer.join(' ')).some((t) => t.startsWith('e:'))
  )
    return null;
  // "… statement *to El Reg*": whom a quote was given to; "response *to aws*" is a reaction to something.
  // "… in full", "… word for word": how it is to be quoted is no content.
  const tail = withoutPhrases(words.slice(noun + 1), language.quotingManner.manners);
  const content = tail.filter((w) => !language.stopwords.has(w) && !language.directionPrepositions.has(w));
  return content.length === 0 || typedTermsOf(language, content.join(' ')).every((t) => recipients.has(t))
    ? { sayer, noun }
    : null;
}

/**
 * "gartner quote", "linux foundation statement": a search-style query ending on a noun of saying asks
 * what the names before it said, as "what did Gartner say" does.
 */
export function searchQueryAsksSaid(language: Language, words: readonly string[]): boolean {
  return isSearchQuery(language, words) && language.speechActs.nouns.has(stemOfWord(language, words[words.length - 1] ?? ''));
}

/**
 * "assured open source languages", "citrix products": a search-style query ending on a plural noun of
 * a kind the lexicons list asks which ones, as "which languages …" does. The words with the kind
 * opener and the noun first; as they were otherwise.
 */
export function asKindQuery(language: Language, words: readonly string[]): readonly string[] {
  const last = words[words.length - 1] ?? '';
  const opener = language.kindOpeners.values().next().value;
  if (opener === undefined || words.length < 2 || !/s$/.test(last) || !isSearchQuery(language, words)) return words;
  return language.kinds.has(stemOfWord(language, last)) ? [opener, last, ...words.slice(0, -1)] : words;
}

/**
 * Whether the message is a string of keywords: two words or more, with no question word, auxiliary,
 * copula, preposition, determiner, pronoun or request verb, which only a sentence or a question has.
 */
export function isSearchQuery(language: Language, words: readonly string[]): boolean {
  return words.length >= 2 && !words.some((w) => opensClause(language, w));
}

/** A word only a sentence or a question has, never a string of keywords. */
function opensClause(language: Language, word: string): boolean {
  return (
    language.interrogatives.has(word) ||
    language.copulas.has(word) ||
    language.yesNoStarts.has(word) ||
    language.readerAuxiliaries.has(word) ||
    language.placePrepositions.has(word) ||
    language.directionPrepositions.has(word) ||
    language.articlePronouns.has(word) ||
    language.articleDeterminers.has(word) ||
    language.indefiniteArticles.has(word) ||
    language.personalPronouns.has(word) ||
    language.firstPerson.has(word) ||
    language.secondPerson.has(word) ||
    language.requests.verbs.has(word) ||
    language.requests.recipients.has(word)
  );
}

/** Words without any occurrence of the phrases (as word sequences). */
function withoutPhrases(words: readonly string[], phrases: readonly (readonly string[])[]): readonly string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const phrase = phrases.find((p) => p.length > 0 && standsAt(words, i, p));
    if (phrase) i += phrase.length;
    else out.push(words[i++] ?? '');
  }
  return out;
}
