import type { Question } from './analyse.js';
import type { QaIndex } from './build.js';
import { type Language, termsOfList } from './language.js';

/** The terms of the lexicon's `qualificationAsks` ("hedge", "caveat"), as a question holds them. */
export function qualificationTerms(language: Language): ReadonlySet<string> {
  return termsOfList(language, language.words.qualificationAsks);
}

/**
 * "how does the Reg *soften* the final-nail line", "what *caveat* comes after it": whether a question
 * asks how the story qualifies what it reports. Not how someone else softens their own words ("how
 * did the citrix guy soften his view"): the story's qualification is its publication's.
 */
export function asksQualification(index: QaIndex, question: Pick<Question, 'terms' | 'subject' | 'entities'>): boolean {
  const publication = index.publication;
  if (question.subject !== null && (publication === null || !question.entities.includes(publication))) return false;
  const terms = qualificationTerms(index.language);
  return question.terms.some((t) => terms.has(t));
}
