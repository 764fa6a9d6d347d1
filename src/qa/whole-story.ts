/**
 * Questions about the story as a whole: "what happened?", "tl;dr", "what's this article about",
 * "who is quoted?". They name nothing the story holds, so no fact covers their words; a cue of the
 * whole story ("about", "summary", "quoted") says the story itself is asked about, and the question
 * word says which answer: its key points, or whom it quotes. "When did this happen?" is not one:
 * the story dates its events one by one, and its own date is not theirs (`publishing-words.test.ts`).
 */
import type { Question, QuestionType } from './analyse.js';
import { intentTerm, type Language } from './language.js';
import type { WholeStoryAnswer } from './lexicon.js';
import { phrasesByFirstWord, standsAt } from './text.js';

/** The question type each answer is given as: the gist as a "what", whom it quotes as a "who". */
const answeredAs: Record<WholeStoryAnswer, QuestionType> = { gist: 'what', quoted: 'who' };

/**
 * For a question about the story as a whole, the one term it is searched by and the type it is
 * answered as; null for any question holding a term other than a cue's ("what happened *to
 * Schlaeger*"), holding no cue ("what time is it"), or asked with a word no whole-story answer fits ("why?").
 */
export function wholeStoryQuestion(
  language: Language,
  words: readonly string[],
  type: Question['type'],
  terms: readonly string[],
): { term: string; type: QuestionType } | null {
  const { cues, cueTerms, asks } = language.wholeStory;
  const answer = asks[type];
  if (answer === undefined || terms.some((t) => !cueTerms.has(t))) return null;
  const byFirst = phrasesByFirstWord(cues);
  const cued = words.some((word, at) => byFirst.get(word)?.some((cue) => standsAt(words, at, cue)) ?? false);
  return cued ? { term: intentTerm(answer), type: answeredAs[answer] } : null;
}
