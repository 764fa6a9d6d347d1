import type { QaIndex } from './build.js';
import { type Language, matchCue, termsOf } from './language.js';
import type { QuestionTypeName } from './lexicon.js';
import { normalise, stem, tokenise } from './text.js';

export type QuestionType = QuestionTypeName | 'what';

/** What the engine understood of a question. */
export interface Question {
  type: QuestionType;
  /** Search terms, each once: words, e:entity, i:intent, s:synonym group. */
  terms: string[];
  /** Entity ids named, in order. */
  entities: string[];
  /** Whom the question is about: for "what did X say", X. */
  subject: string | null;
  /** Terms that describe the subject ("the Gartner veep") rather than ask about something. */
  subjectTerms: string[];
  /** For "which <noun>": what the answer must contain, and the term of that noun. */
  kind: { members: string[]; term: string | null } | null;
  /** Names and figures the story never mentions ("IBM", "5.0"): the question cannot be answered. */
  unknownNames: string[];
  /** For "what does CAPSTONE stand for?": the abbreviation, lower case. */
  abbreviation: string | null;
}

const originalToken = /[@#]?[\p{L}\p{N}]+(?:[._'’][\p{L}\p{N}]+)*/gu;

/** Words that look like names or figures (capitalised, acronyms, digits) and that neither the story nor the lexicon knows. */
function unknownNames(language: Language, question: string): string[] {
  const tokens = (question.normalize('NFKC').match(originalToken) ?? []).map((t) => t.replace(/['’]s$/i, ''));
  const capitalised = tokens.filter((t) => /^\p{Lu}/u.test(t)).length;
  const titleCase = tokens.length >= 3 && capitalised >= tokens.length * 0.6;
  const out: string[] = [];
  tokens.forEach((token, i) => {
    const lower = token.toLowerCase();
    const digits = /\d/.test(token);
    const acronym = /^[\p{Lu}\d]{2,}$/u.test(token) && /\p{L}/u.test(token);
    const mixed = /\p{Ll}\p{Lu}/u.test(token);
    const name = /^\p{Lu}/u.test(token) && i > 0 && !titleCase;
    if (!(digits || acronym || mixed || name)) return;
    if (language.spelling.has(lower) || language.vocabulary.has(lower)) return;
    for (const part of tokenise(normalise(token))) {
      if (language.vocabulary.has(part)) continue;
      if (!digits && language.spell.correct(part)) continue;
      out.push(token);
      return;
    }
  });
  return out;
}

/** The question's type and, for cues like "what did * say", the words standing for the subject. */
function detectType(language: Language, words: readonly string[]): { type: QuestionType; subjectWords: string[] } {
  for (const cue of language.typeCues) {
    const subjectWords = matchCue(cue, words);
    if (subjectWords) return { type: cue.type, subjectWords };
  }
  if (words[0] && language.yesNoStarts.has(words[0])) return { type: 'yesno', subjectWords: [] };
  return { type: 'what', subjectWords: [] };
}

const kindSkips = new Set(['the', 'a', 'an', 'kind', 'type', 'sort', 'of', 'other', 'another']);

function detectKind(language: Language, words: readonly string[]): Question['kind'] {
  const at = words.findIndex((w) => w === 'which' || w === 'what');
  if (at < 0) return null;
  let i = at + 1;
  while (i < words.length && kindSkips.has(words[i] ?? '')) i++;
  // A kind the lexicon names in two words ("programming languages") before one word: "which cloud
  // company" must not read as "which company", a question about a company the story may never name.
  const first = stem(words[i] ?? '', language.stems);
  const second = words[i + 1] === undefined ? undefined : stem(words[i + 1] ?? '', language.stems);
  for (const noun of second === undefined ? [[first]] : [[first, second], [first]]) {
    const members = language.kinds.get(noun.join(' '));
    if (members) return { members, term: termsOf(language, noun, false)[0] ?? null };
  }
  return null;
}

/** Types, entities and terms of a question, with typos corrected against the story's own words. */
export function analyseQuestion(index: QaIndex, question: string): Question {
  const { language } = index;
  const words: string[] = [];
  for (const token of tokenise(normalise(question))) {
    const rewritten = language.spelling.get(token);
    if (rewritten) {
      words.push(...rewritten);
      continue;
    }
    words.push(language.vocabulary.has(token) ? token : (language.spell.correct(token) ?? token));
  }
  const { type, subjectWords } = detectType(language, words);
  const stems = words.map((w) => stem(w, language.stems));
  const all = termsOf(language, stems, false);
  const names = unknownNames(language, question);
  for (const term of all) {
    const outsider = term.startsWith('o:') ? term.slice(2) : null;
    if (outsider && !names.some((n) => n.toLowerCase() === outsider)) names.push(outsider);
  }
  // "Which publication did X talk to?" asks whom X told, not about the story's publication: a
  // recipient question's cue words name no part of the story.
  const terms = [...new Set(all.filter((t) => !t.startsWith('o:') && !(type === 'recipient' && t.startsWith('i:'))))];
  const entities = terms.filter((t) => t.startsWith('e:')).map((t) => t.slice(2));
  const people = entities.filter((id) => language.entities.get(id)?.kind === 'person');
  const speakers =
    type === 'said' ? entities.filter((id) => index.story.quotes.some((q) => q.speaker === id || q.organisation === id)) : [];
  const subjectTerms = termsOf(
    language,
    subjectWords.map((w) => stem(w, language.stems)),
    false,
  );
  const named = subjectTerms.find((t) => t.startsWith('e:'));
  const subject = named?.slice(2) ?? people[0] ?? speakers[0] ?? entities[0] ?? null;
  return {
    type,
    terms,
    entities,
    subject,
    subjectTerms: named ? subjectTerms : [],
    kind: detectKind(language, words),
    unknownNames: [...new Set(names)],
    abbreviation: type === 'expansion' && subjectWords.length === 1 ? (subjectWords[0] ?? null) : null,
  };
}
