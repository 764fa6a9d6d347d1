import type { Question } from './analyse.js';
import { type Language, termsOfList } from './language.js';

/** The terms of the lexicon's `qualificationAsks` ("hedge", "caveat"), as a question holds them. */
export function qualificationTerms(language: Language): ReadonlySet<string> {
  return termsOfList(language, language.words.qualificationAsks);
}

/**
 * "how does the Reg *soften* the final-nail line", "what *caveat* comes after it": whether a question
 * asks how the story qualifies what it reports.
 */
export function asksQualification(language: Language, question: Pick<Question, 'terms'>): boolean {
  const terms = qualificationTerms(language);
  return question.terms.some((t) => terms.has(t));
}
