import { type Language, stemOfWord } from './language.js';
import type { AnswerTypeName } from './lexicon.js';

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
