/**
 * Questions about the story as a whole: "what happened?", "tl;dr", "what's this article about",
 * "who is quoted?", "source?", "what's the latest?". They name nothing the story holds, so no fact
 * covers their words; a cue of the whole story ("about", "quoted", "source", "latest") says the story
 * itself is asked about, and with the question word which answer: its key points, whom it quotes,
 * where it is from, or its update. "When did this happen?" is not one:
 * the story dates its events one by one, and its own date is not theirs (`publishing-words.test.ts`).
 */
import type { Question, QuestionType } from './analyse.js';
import { intentTerm, type Language } from './language.js';
import type { WholeStoryAnswer } from './lexicon.js';
import { phraseAt } from './text.js';

/** The question type each answer is given as: whom the story quotes as a "who", the rest as a "what" ("how many" stays). */
const answeredAs: Record<WholeStoryAnswer, QuestionType> = {
  publication: 'what',
  address: 'what',
  update: 'what',
  quoted: 'who',
  gist: 'what',
};

/**
 * For a question about the story as a whole, the one term it is searched by and the type it is
 * answered as: the first answer asked by the question's word whose cue the question holds. Null for
 * any question holding a term other than a cue's ("what happened *to Schlaeger*"), holding no cue
 * ("what time is it"), or asked with a word no whole-story answer fits ("why?").
 */
export function wholeStoryQuestion(
  language: Language,
  words: readonly string[],
  type: Question['type'],
  terms: readonly string[],
): { term: string; type: QuestionType } | null {
  const { answers, cueTerms, cueWords } = language.wholeStory;
  if (terms.some((t) => !cueTerms.has(t))) return null;
  // A word the analysis let go ("the *bit.ly* link") still names something: only stop words and cues may stand.
  if (words.some((w) => !cueWords.has(w) && !language.stopwords.has(w))) return null;
  for (const { answer, asks, cues } of answers) {
    if (!asks.has(type)) continue;
    if (words.some((_, at) => phraseAt(cues, words, at) !== undefined))
      return { term: intentTerm(answer), type: type === 'howmany' ? type : answeredAs[answer] };
  }
  return null;
}

const framingCuesByLanguage = new WeakMap<Language, { cues: readonly (readonly string[])[]; firstWords: ReadonlySet<string> }>();

/**
 * "bottom line for us: should we worry", "what did gartner say, bottom line": a cue of the story's
 * gist of more than one word, not all stopwords, beside a question of its own asks for that answer in
 * short; it names nothing to search. The words without such cues, or as they were where nothing else
 * is asked ("bottom line?" asks the gist).
 */
export function withoutGistFraming(language: Language, words: readonly string[]): readonly string[] {
  let framing = framingCuesByLanguage.get(language);
  if (!framing) {
    const gist = language.wholeStory.answers.find(({ answer }) => answer === 'gist')?.cues ?? [];
    const cues = gist.filter((cue) => cue.length > 1 && cue.some((w) => !language.stopwords.has(w)));
    framing = { cues, firstWords: new Set(cues.map((cue) => cue[0] ?? '')) };
    framingCuesByLanguage.set(language, framing);
  }
  const { cues, firstWords } = framing;
  // Most messages hold no cue's first word: they are passed on whole.
  if (!words.some((w) => firstWords.has(w))) return words;
  const rest: string[] = [];
  for (let at = 0; at < words.length; at++) {
    const cue = phraseAt(cues, words, at);
    if (cue) at += cue.length - 1;
    else rest.push(words[at] ?? '');
  }
  const asksMore = rest.some((w) => !language.stopwords.has(w) && !language.wholeStory.cueWords.has(w));
  return rest.length < words.length && asksMore ? rest : words;
}
