/** Where an answer comes from: a paragraph of the story and, when a person or organisation said it, who. */
export interface AnswerSource {
  paragraph: number;
  speaker: string | null;
}

/** The engine's result for one question. */
export interface Answer {
  answered: boolean;
  /** The answer text, or for an abstention what the story doesn't say. Quotes inside stay verbatim. */
  answer: string;
  sources: AnswerSource[];
  /** For an abstention: questions the story can answer. */
  suggestions: string[];
}
