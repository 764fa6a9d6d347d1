import type { Question } from './analyse.js';
import type { Language } from './language.js';

/** Whether a kind is a document the lexicon's `documentNouns` name ("which *report*"). */
export function isDocumentKind(kind: Question['kind']): boolean {
  return kind?.members.some((m) => m.startsWith('@document:')) ?? false;
}

/**
 * A document kind only where the question asks it: its opener starts the question, after nothing
 * but stopwords that open no yes/no question ("so *which* report", "in *which* white paper"), or
 * ends it with its noun ("the minutes referenced *which report*"). In "does the comment line up
 * with *what* AWS's docs said", "what" opens a clause, not the question.
 */
export function documentKindAsked(language: Language, words: readonly string[], kind: Question['kind']): Question['kind'] {
  if (!isDocumentKind(kind)) return kind;
  const at = words.findIndex((w) => language.kindOpeners.has(w));
  if (at === words.length - 2) return kind;
  for (let k = 0; k < at; k++) {
    const word = words[k] ?? '';
    if (!language.stopwords.has(word) || language.yesNoStarts.has(word)) return null;
  }
  return kind;
}
