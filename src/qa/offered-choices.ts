import { openingWord, opensQuestion } from './asides.js';
import { type Language, spelledWords } from './language.js';
import { alternationOf } from './text.js';

/** Most words one offered choice may have: "gaming", "the Linux Foundation", "edge computing devices". */
const maxChoiceWords = 4;

/**
 * "Which of these companies does Warrilow say is going to KVM: Oracle, IBM or Microsoft?": a question
 * that offers its own choices after a colon or a dash is answered by what the story says, which
 * names the right one; a choice the story never names (IBM) is no name it lacks. The question
 * without its choices, and without the words pointing at them ("which *of these* companies" →
 * "which companies"). Choices are two or more short items, listed with commas or a coordinator
 * before the last, none asking anything itself, after a question asking for one ("which", "what",
 * "who") or pointing at them; anything else ("how does it end re: Xen and edge devices") is left as it is.
 */
export function withoutOfferedChoices(language: Language, message: string): string {
  const boundary = lastChoiceBoundary(message);
  if (boundary === null) return message;
  const question = message.slice(0, boundary.start);
  // "…? *like* a board thing or a dev summit": a hedge before the choices offers them loosely.
  const offered = message
    .slice(boundary.end)
    .replace(/[?.!\s]+$/, '')
    .replace(new RegExp(`^(?:${alternationOf(language.words.choiceHedges)})\\s+`, 'i'), '');
  const coordinators = alternationOf(language.words.coordinators);
  const items = offered.split(new RegExp(`\\s*,\\s*(?:(?:${coordinators})\\s+)?|\\s+(?:${coordinators})\\s+|\\s*/\\s*`, 'i'));
  const listed = new RegExp(`\\s(?:${coordinators})\\s|/`, 'i').test(offered);
  const choices = items.map((item) => spelledWords(language, item));
  if (
    !listed ||
    choices.length < 2 ||
    choices.some((words) => words.length === 0 || words.length > maxChoiceWords || opensQuestion(language, words)) ||
    !(boundary.afterQuestion ? asksWh(language, question) : asksForOne(language, question))
  )
    return message;
  return `${question.replace(new RegExp(choicePointers(language), 'gi'), '').trim()}?`;
}

/** Whether the words before the choices ask for one of something: "which …", "who …", "… of these". */
function asksForOne(language: Language, question: string): boolean {
  const words = spelledWords(language, question);
  if (!opensQuestion(language, words)) return false;
  const opening = openingWord(language, words);
  return (
    language.kindOpeners.has(opening) ||
    language.personQuestionWords.has(opening) ||
    new RegExp(choicePointers(language), 'i').test(` ${question}`)
  );
}

/**
 * "where was bulpin quoted*?* in the reg or somewhere else": choices after a whole question asking
 * where, what, which, who or when are what the asker guesses; a yes/no question's ("is it new? or old")
 * are its own alternatives.
 */
function asksWh(language: Language, question: string): boolean {
  const words = spelledWords(language, question);
  const opening = openingWord(language, words);
  return language.interrogatives.has(opening);
}

/** Where the last colon, spaced dash or question mark followed by more stands, the choices after it. */
function lastChoiceBoundary(message: string): { start: number; end: number; afterQuestion: boolean } | null {
  let found: { start: number; end: number; afterQuestion: boolean } | null = null;
  for (const m of message.matchAll(/:\s+|\s[-\u2013\u2014]+\s|\?+\s+(?=\S)/g))
    found = { start: m.index, end: m.index + m[0].length, afterQuestion: m[0].startsWith('?') };
  return found;
}

const choicePointersMemo = new WeakMap<Language, string>();

/** The lexicon's words pointing at offered choices ("of these", "of the following"), as one pattern's source. */
function choicePointers(language: Language): string {
  let pattern = choicePointersMemo.get(language);
  if (pattern === undefined) {
    const pointers = alternationOf(language.words.choicePointers, { spaced: true });
    pattern = `\\s(?:${pointers})(?=\\s|$)`;
    choicePointersMemo.set(language, pattern);
  }
  return pattern;
}
