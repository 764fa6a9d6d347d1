/**
 * "the board call was in October?", "AWS is dropping Xen, right?", "the update was dated November 23,
 * wasn't it?": a statement asked as a question (ending in a question mark, with or without a tag
 * question) is a yes/no question. Its auxiliary goes before its subject ("was the board call in October"),
 * so the yes/no readings (a date put to something, a claim checked) apply as to one asked the usual way.
 */
import { isStoryWord, type Language } from './language.js';
import { escapeRegExp } from './text.js';

/** Most words a subject before the auxiliary may have ("Google's Assured OSS", "the advisory board call"). */
const maxSubjectWords = 5;

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

interface Word {
  text: string;
  lower: string;
  at: number;
}

/** The words of a text, each lower-case as spelt in full ("wat" is "what"), where it stands. */
function wordsOf(language: Language, text: string): Word[] {
  return [...text.matchAll(wordPattern)].map((m) => {
    const typed = m[0].toLowerCase().replace(/’/g, "'");
    return { text: m[0], lower: language.spelling.get(typed)?.[0] ?? typed, at: m.index };
  });
}

/** Where a closing tag question starts ("…, wasn't it?", "…, right?"), or the text's length for none. */
function tagStart(language: Language, body: string, words: readonly Word[]): number {
  const comma = body.lastIndexOf(',');
  if (comma < 0) return body.length;
  const tag = words.filter((w) => w.at > comma).map((w) => w.lower);
  const [verb = '', pronoun = '', ...rest] = tag;
  const auxiliaryTag =
    rest.length === 0 &&
    (language.yesNoStarts.has(verb) || language.negatedAuxiliaries.has(verb)) &&
    language.tagPronouns.has(pronoun);
  const listed = language.tagEndings.some((ending) => ending.length === tag.length && ending.every((w, i) => w === tag[i]));
  return auxiliaryTag || listed ? comma : body.length;
}

export function withDeclarativeAsked(language: Language, message: string): string {
  const trimmed = withYesNoFrameDropped(language, message).trim();
  // Most messages open with a question word or an auxiliary, or end without a question mark.
  if (!trimmed.endsWith('?')) return message;
  const body = trimmed.replace(/[?\s]+$/, '');
  // One sentence only: "AWS is moving. why?" asks something else.
  if (/[.!?]\s/.test(body)) return message;
  const all = wordsOf(language, body);
  const end = tagStart(language, body, all);
  const words = all.filter((w) => w.at < end);
  let first = 0;
  while (first < words.length && language.discourseMarkers.has(words[first]?.lower ?? '')) first++;
  const opening = words[first]?.lower ?? '';
  if (language.interrogatives.has(opening) || language.yesNoStarts.has(opening) || language.requests.verbs.has(opening))
    return message;
  // "Woh is Gartner's analyst?": a word neither English nor the story's is a mistyped question word, not a subject.
  const bare = opening.replace(/'s?$/, '');
  if (!language.stopwords.has(bare) && !isStoryWord(language, bare)) return message;
  for (let at = first + 1; at <= first + maxSubjectWords && at < words.length - 1; at++) {
    const word = words[at] as Word;
    if (!language.yesNoStarts.has(word.lower)) continue;
    const subject = words.slice(first, at);
    const from = subject[0]?.at ?? 0;
    if (!subject.every((w) => subjectWord(language, w.lower)) || /[,:;]/.test(body.slice(from, word.at))) return message;
    // "aws is ditching xen for *which* hv": a question word in place asks that, not yes or no.
    if (words.slice(at + 1).some((w) => language.interrogatives.has(w.lower))) return message;
    const afterVerb = word.at + word.text.length;
    // Discourse markers before it ("so AWS is …") ask nothing: the question opens with its auxiliary.
    return `${word.text} ${body.slice(from, word.at)}${body.slice(afterVerb, end).trimStart()}?`;
  }
  return message;
}

/** Most words an opening asking whether may have before its "if" ("I'd really like to know if"). */
const maxFrameWords = 6;

/**
 * "anyone know if AWS is still on the board", "I wonder whether …", "not sure if …": an opening of
 * the asker's (stopwords, words of knowing) ending in one of the lexicon's `yesNoComplementisers`
 * asks whether the clause after it holds; that clause, as a statement asked, is the question; so does
 * one asking the bot ("can *you* tell me whether …"). Not another opening with an auxiliary of its own
 * ("*does* anyone know if …", "do we know whether …", read as they stand), nor one with a question
 * word before the complementiser.
 */
function withYesNoFrameDropped(language: Language, message: string): string {
  // Most messages hold no "if" or "whether": nothing to read word by word.
  if (!complementiserPattern(language).test(message)) return message;
  const words = wordsOf(language, message);
  const at = words.findIndex((w) => language.yesNoComplementisers.has(w.lower));
  if (at < 1 || at > maxFrameWords) return message;
  // "i'd like to know if": a contracted auxiliary is the word's own.
  const frame = words.slice(0, at).map((w) => w.lower.replace(/'(?:d|m|ll|ve|re)$/, ''));
  const addressed = frame.some((w) => language.secondPerson.has(w));
  if ((language.yesNoStarts.has(frame[0] ?? '') && !addressed) || frame.some((w) => language.interrogatives.has(w)))
    return message;
  if (!frame.every((w) => language.stopwords.has(w) || language.knowing.has(w))) return message;
  const rest = message
    .slice((words[at] as Word).at + (words[at] as Word).text.length)
    .trim()
    .replace(/[?.!\s]+$/, '');
  return rest === '' ? message : `${rest}?`;
}

const complementiserPatterns = new WeakMap<Language, RegExp>();

/** Any complementiser as a word, or a slang spelling of one: a message without it has no frame to drop. */
function complementiserPattern(language: Language): RegExp {
  let pattern = complementiserPatterns.get(language);
  if (!pattern) {
    const spelt = [...language.spelling]
      .filter(([, words]) => language.yesNoComplementisers.has(words[0] ?? ''))
      .map(([typed]) => typed);
    pattern = new RegExp(`\\b(?:${[...language.yesNoComplementisers, ...spelt].map(escapeRegExp).join('|')})\\b`, 'i');
    complementiserPatterns.set(language, pattern);
  }
  return pattern;
}

/**
 * Whether a word may stand in a subject: a noun, name or adjective, a determiner, or a pronoun standing
 * for something before ("it"); not the asker ("I think AWS is …"), a question word or a subordinator
 * ("what AWS said is …"), nor a preposition ("per Citrix is …").
 */
function subjectWord(language: Language, word: string): boolean {
  if (language.interrogatives.has(word) || language.subordinators.has(word)) return false;
  if (!language.stopwords.has(word)) return true;
  return language.articleDeterminers.has(word) || language.indefiniteArticles.has(word) || language.anaphors.has(word);
}
