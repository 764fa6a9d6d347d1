/**
 * What a message says beside its question: sentences after it ("I need it for my piece.") and clauses
 * about the asker ("need it for a citation"), dropped before analysis.
 */
import { type Language, typedTermsOf } from './language.js';
import { escapeRegExp, normalise, tokenise } from './text.js';

/**
 * "What is Warrilow's title? I need it for my piece.", "Which three? Please list them all.": sentences
 * after a message's last question (two words or more, ending in a full stop or an exclamation mark)
 * say how to answer or why it is asked, not what, and are dropped. Sentences before it may set up
 * what it asks ("The article says AWS had plenty of time. How much …?") and stay.
 */
export function withoutAfterthoughts(message: string): string {
  const end = message.lastIndexOf('?');
  if (end < 0) return message;
  const after = message.slice(end + 1).split(/(?<=[.!])\s+/);
  const statement = (sentence: string) => /[.!]\s*$/.test(sentence) && sentence.trim().split(/\s+/).length >= 2;
  return after.every((sentence) => !sentence.trim() || statement(sentence)) ? message.slice(0, end + 1) : message;
}

/**
 * "what year is this story from? *need it for a citation*", "*I'm writing a follow-up for our
 * newsletter and want to get this right*: in the November update, what …": a clause about the asker
 * (its subject the asker or none, its verb one of wanting, needing or the asker's own work: the
 * lexicon's `askerAsides`; or "for my …") says why the question is asked, not what, and is dropped.
 * Such a clause holds no question word and names nothing of the story ("I want to know about
 * Warrilow, …" keeps Warrilow), and something else in the message must still ask.
 */
const clauseBoundary = /([,:;()]|\s[-\u2013\u2014]+\s|[.?!]+(?=\s|$))/;

const asidePatterns = new WeakMap<Language, RegExp>();

/** Any asker verb, or a purpose preposition before a first-person word: to skip the split in most questions. */
function asidePattern(language: Language): RegExp {
  let pattern = asidePatterns.get(language);
  if (!pattern) {
    const alternation = (ws: Iterable<string>) => [...ws].map(escapeRegExp).join('|') || '(?!)';
    pattern = new RegExp(
      `\\b(?:${alternation(language.askerVerbs)})\\b|\\b(?:${alternation(language.purposePrepositions)})\\s+(?:${alternation(language.words.firstPersonSingular)})\\b`,
      'i',
    );
    asidePatterns.set(language, pattern);
  }
  return pattern;
}

export function withoutAsides(language: Language, message: string): string {
  if (!asidePattern(language).test(message)) return message;
  const pieces = message.split(clauseBoundary);
  let dropped = false;
  const kept: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const clause = pieces[i] ?? '';
    const delimiter = pieces[i + 1] ?? '';
    if (isAside(language, clause)) {
      dropped = true;
      continue;
    }
    kept.push(clause, delimiter);
  }
  if (!dropped) return message;
  const rest = kept.join('').replace(/^[\s,:;)]+/, '');
  const tokens = tokenise(normalise(rest, language.contractions));
  const asks =
    tokens.some((t) => language.interrogatives.has(t)) || language.yesNoStarts.has(tokens[0] ?? '') || rest.includes('?');
  return asks && tokens.length >= 2 ? rest : message;
}

function isAside(language: Language, clause: string): boolean {
  // "im writing …": the lexicon's slang spellings ("im" → "i am") as the analysis reads them.
  const tokens = tokenise(normalise(clause, language.contractions)).flatMap((t) => language.spelling.get(t) ?? [t]);
  if (tokens.length < 2 || language.yesNoStarts.has(tokens[0] ?? '')) return false;
  if (tokens.some((t) => language.interrogatives.has(t))) return false;
  const first = language.words.firstPersonSingular;
  const opening = tokens[0] ?? '';
  const aboutAsker =
    language.askerVerbs.has(opening) ||
    tokens.some((t, i) => language.purposePrepositions.has(t) && first.includes(tokens[i + 1] ?? '')) ||
    (tokens.some((t) => first.includes(t)) && tokens.some((t) => language.askerVerbs.has(t)));
  return aboutAsker && !typedTermsOf(language, clause).some((t) => t.startsWith('e:'));
}
