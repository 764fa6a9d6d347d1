import type { Language } from './language.js';
import { standsAt, tokenise } from './text.js';

/**
 * Questions asking for advice: "should I worry about my Xen VMs", "do we need to migrate off Xen",
 * "is Xen still worth learning", "is Xen a safe bet for edge computing". The story reports what
 * happened and advises nobody, but it often says what bears on the choice (AWS's plan covers new
 * instance types, the Xen Project pitches embedded uses). Such a question is answered by what the
 * story says on the rest of the question, the words asking for advice set aside, under the
 * lexicon's `advice.reply` ("The story gives no advice …"); a question whose rest the story does not
 * cover ("should I buy Citrix stock") declines as any other.
 *
 * A question asks for advice when it holds a verdict ("worth", "a safe bet", "is it time to"), or a
 * modal of advice ("should", "shall", "ought"; a need in the present: "do customers *need to*") or a
 * judgement of the asker's ("worry", "need to", "matter") beside a word for the asker or the one
 * asked (first or second person: "should *I*", "does this matter to *me*"). "What should Xen members post" asks what the story says they should,
 * and "has Citrix heard from worried customers" what happened: neither names the asker.
 */
export interface AdviceAsked {
  /** The question's words without the words asking for advice, the asker's own actions and times ("learning", "today"), and the asker. */
  words: string[];
  advice: boolean;
  /** The words naming the asker's own things ("our Xen *workloads*"), kept in `words`: the story knows nothing of them, they weigh least. */
  askersThings: string[];
}

interface AdvicePhrases {
  modals: ReadonlySet<string>;
  presentAuxiliaries: ReadonlySet<string>;
  needs: readonly (readonly string[])[];
  judgements: readonly (readonly string[])[];
  verdicts: readonly (readonly string[])[];
  verdictsBeforeGerund: readonly (readonly string[])[];
  actions: readonly (readonly string[])[];
  askers: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  subjects: ReadonlySet<string>;
  /** Words that end the asker's set-up: prepositions ("we run workloads *on* xen"), auxiliaries ("should *we* …" asks). */
  boundaries: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
}

const phrasesByLanguage = new WeakMap<Language, AdvicePhrases>();

/** Longest first, so "worth it" is set aside whole before "worth". */
const phraseList = (list: readonly string[]) => list.map((p) => tokenise(p.toLowerCase())).sort((a, b) => b.length - a.length);

function advicePhrases(language: Language): AdvicePhrases {
  let found = phrasesByLanguage.get(language);
  if (!found) {
    const { advice } = language.words;
    found = {
      modals: new Set(advice.modals.map((w) => w.toLowerCase())),
      presentAuxiliaries: new Set(advice.presentAuxiliaries.map((w) => w.toLowerCase())),
      needs: phraseList(advice.needs),
      judgements: phraseList(advice.askerJudgements),
      verdicts: phraseList(advice.verdicts),
      verdictsBeforeGerund: phraseList(advice.verdictsBeforeGerund),
      actions: phraseList(advice.actions),
      askers: new Set([...language.words.firstPersonSingular, ...language.firstPerson, ...language.secondPerson]),
      possessives: new Set(advice.askerPossessives.map((w) => w.toLowerCase())),
      subjects: new Set(advice.askerSubjects.map((w) => w.toLowerCase())),
      boundaries: new Set([...language.placePrepositions, ...language.directionPrepositions]),
      auxiliaries: new Set([...advice.modals, ...language.readerAuxiliaries, ...language.copulas].map((w) => w.toLowerCase())),
      stopwords: language.stopwords,
    };
    phrasesByLanguage.set(language, found);
  }
  return found;
}

/** The start of each place `phrase` stands in `words`. */
function placesOf(words: readonly string[], phrase: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + phrase.length <= words.length; i++) if (standsAt(words, i, phrase)) out.push(i);
  return out;
}

/** A word in "-ing" after a verdict: "worth *learning*", "worth *switching to*". */
const gerund = /^[a-z]{2,}ing$/;

/**
 * Marks in `dropped` every place of the phrases in `words` (with `beforeGerund`, only where a gerund
 * follows, which is kept); whether any was found.
 */
function mark(
  words: readonly string[],
  phrases: readonly (readonly string[])[],
  dropped: boolean[],
  beforeGerund = false,
): boolean {
  let any = false;
  for (const phrase of phrases) {
    // Most phrases' first word is not in the question: skip them before looking for a place.
    if (!words.includes(phrase[0] ?? '')) continue;
    for (const at of placesOf(words, phrase)) {
      if (phrase.some((_, k) => dropped[at + k])) continue;
      if (beforeGerund && !gerund.test(words[at + phrase.length] ?? '')) continue;
      for (let k = 0; k < phrase.length; k++) dropped[at + k] = true;
      any = true;
    }
  }
  return any;
}

/** Whether the question asks for advice, and its words without those asking it (see {@link AdviceAsked}). */
export function withoutAdvice(language: Language, words: readonly string[]): AdviceAsked {
  const phrases = advicePhrases(language);
  const asker = words.some((w) => phrases.askers.has(w));
  // "do AWS customers *need to* do anything": need asked in the present is a modal of advice ("did Capstone have to …" is not).
  const modal =
    words.some((w) => phrases.modals.has(w)) ||
    (phrases.presentAuxiliaries.has(words[0] ?? '') &&
      phrases.needs.some((need) => words.includes(need[0] ?? '') && placesOf(words, need).length > 0));
  const dropped = words.map(() => false);
  const verdict = mark(words, phrases.verdicts, dropped) || mark(words, phrases.verdictsBeforeGerund, dropped, true);
  const judged = (asker || modal) && mark(words, phrases.judgements, dropped);
  const advice = verdict || judged || (modal && asker);
  if (!advice) return { words: [...words], advice: false, askersThings: [] };
  mark(words, phrases.actions, dropped);
  // "should *we* pick KVM": the asker, not the writer's "we" (the publication), nor "you" the bot.
  return {
    words: words.filter((w, i) => !dropped[i] && !phrases.askers.has(w)),
    advice: true,
    askersThings: askersThings(words, phrases, dropped),
  };
}

/**
 * The asker's own things, of which the story knows nothing, though their modifiers ("xen") it may cover:
 * - "should we worry about *our xen workloads*": the noun after the asker's possessive, the last word
 *   of the run of words after it that are no stopwords;
 * - "*we still run a pile of workloads* on xen, should we worry": the words of a set-up the asker
 *   opens as subject (not after an auxiliary, which asks), up to a preposition.
 */
function askersThings(words: readonly string[], phrases: AdvicePhrases, dropped: readonly boolean[]): string[] {
  const things: string[] = [];
  const content = (at: number) => !phrases.stopwords.has(words[at] ?? '') && !dropped[at];
  words.forEach((word, at) => {
    if (phrases.possessives.has(word)) {
      let end = at + 1;
      while (end < words.length && content(end)) end++;
      if (end > at + 1) things.push(words[end - 1] ?? '');
    } else if (phrases.subjects.has(word) && !phrases.auxiliaries.has(words[at - 1] ?? '')) {
      for (let k = at + 1; k < words.length && !phrases.boundaries.has(words[k] ?? ''); k++)
        if (content(k)) things.push(words[k] ?? '');
    }
  });
  return things;
}
