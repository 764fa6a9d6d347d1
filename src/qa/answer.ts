import type { AbstainReason } from './abstain.js';

/** Where an answer comes from: a paragraph of the story and, when a person or organisation said it, who. */
export interface AnswerSource {
  paragraph: number;
  speaker: string | null;
}

/** What the story does say when it lacks the value a question asks for (a year, a price, an exact date). */
export interface PartialAnswer {
  /** What is missing and what the story gives instead: "The story doesn't give the year. It says: …". */
  answer: string;
  sources: AnswerSource[];
}

/** The engine's result for one question. */
export interface Answer {
  answered: boolean;
  /** The answer text, or for an abstention what the story doesn't say. Quotes inside stay verbatim. */
  answer: string;
  sources: AnswerSource[];
  /** For an abstention: questions the story can answer. */
  suggestions: string[];
  /** For an abstention where the story holds a related but coarser value: what it does say. */
  partial?: PartialAnswer;
  /** For an abstention without a partial answer: why, so a reply can say it in the reader's language. */
  declined?: AbstainReason;
  /**
   * For an answer to only some of a message's questions: why the story does not answer the rest. The
   * answer's last paragraph says so in English; a reply says it in the reader's language.
   */
  unanswered?: AbstainReason;
}

/** The last paragraph of an answer's text: for an answer to some of a message's questions, what it does not answer. */
export function lastParagraph(text: string): string {
  return text.slice(text.lastIndexOf('\n\n') + 2);
}

/** An answer's text without its last paragraph. */
export function withoutLastParagraph(text: string): string {
  return text.slice(0, Math.max(0, text.lastIndexOf('\n\n')));
}
