/**
 * A pronoun pointing at the news itself. "does *this* affect existing instances", "what are *they*
 * replacing *it* with", "is *this* confirmed": the question names nothing the pronoun could stand for,
 * so it stands for the story's main news, which the topic file names in a few words (`news`). Those
 * words' terms join the question as background, together weighing `tuning.newsWeight` of a term: a
 * fact about the news outranks one sharing only the question's words, and a question whose own words
 * no fact holds ("is it raining") still finds nothing on its topic.
 *
 * The verb the pronoun is the subject of, when an object follows it ("does this *affect* existing
 * instances"), is the news's bearing on that object, not what is asked: it weighs as background too,
 * so a fact holding only that verb (a teaser's "affected") no longer covers the question's topic.
 *
 * Not read: where the question names a person, organisation or part of the page, or has a word before
 * the pronoun that may be what it stands for; for a determiner ("this Register article"), a pronoun
 * saying or judging ("why do they think"), or a question with no words of its own, unless it is a
 * "who" with a word of doing ("who's behind it"). A yes/no question asking only whether the news is
 * so ("is it official") is asked of its lead actor (`analyse.ts`).
 */
import type { QuestionType } from './analyse.js';
import { kindMembers, type Language, stemOfWord, termsOf } from './language.js';
import { standsAt, tokenise } from './text.js';

export interface NewsReading {
  /** The news's terms the question did not hold already. */
  news: readonly string[];
  /** The question's terms of the verb whose subject is the pronoun, when an object follows it. */
  relation: readonly string[];
  /** The question's terms of its words of doing ("who's *behind* it"), which the news stands in for. */
  deeds: readonly string[];
}

const none: NewsReading = { news: [], relation: [], deeds: [] };

/**
 * How a question's pronoun reads as the news: not at all when the question holds no news pronoun,
 * names one of the story's people, organisations or parts of the page (the pronoun may stand for it),
 * or has no words of its own ("what is it", "who is this"), which asks about nothing the news holds.
 */
export function newsReading(
  language: Language,
  words: readonly string[],
  terms: readonly string[],
  type: QuestionType,
): NewsReading {
  if (language.newsTerms.length === 0) return none;
  // Most questions hold no news pronoun: nothing else need be worked out for them, unless something is
  // said to be affected by nothing named ("are existing instances *affected*").
  if (!words.some((w) => language.newsPronouns.has(w))) return type === 'yesno' ? agentlessEffect(language, words, terms) : none;
  // "who is *doing* this", "who's *behind* it": a word of doing asks for the news's doer, the news standing
  // for the word; without one, a question of no words of its own ("what is it") asks nothing. Nor does
  // any but "who": "why are they doing this" wants a reason and "what does it do" a thing's use, which
  // no fact about the news as a whole carries.
  const deeds = words.filter((w) => language.newsDeeds.has(w));
  const deedTerms = deeds.flatMap((w) => termsOf(language, [stemOfWord(language, w)], false)).filter((t) => terms.includes(t));
  const own = terms.filter((t) => !deedTerms.includes(t));
  if (own.length === 0 && (deeds.length === 0 || type !== 'who')) return none;
  // "why do *they* think Amazon will …": a pronoun saying or judging stands for people, not the news.
  // "is *this* confirmed": after "is", the verb is done to it, not by it.
  // "in *this* Register article": a determiner before a name or an article noun is no pronoun.
  const at = words.findIndex(
    (w, i) =>
      language.newsPronouns.has(w) &&
      !(
        language.viewVerbs.has(stemOfWord(language, words[i + 1] ?? '')) &&
        !language.words.passiveAuxiliaries.includes(words[i - 1] ?? '')
      ) &&
      !(language.articleDeterminers.has(w) && determines(language, words[i + 1] ?? '')),
  );
  if (at < 0) return none;
  if (terms.some((t) => t.startsWith('e:') || t.startsWith('i:'))) return none;
  // "was *this* published in 2017", "is this old": a word of publishing or age asks about the article.
  if (words.some((_, i) => language.publishingWords.some((phrase) => standsAt(words, i, phrase)))) return none;
  // "why did CAPSTONE get moved off the pad, what held *it* up": a word before the pronoun may be what
  // it stands for, unless it is a verb or a preposition ("who *announced* this", "who's *behind* it").
  const standsFor = (w: string) =>
    !language.stopwords.has(w) && !language.placePrepositions.has(w) && !language.verbs.has(stemOfWord(language, w));
  if (words.slice(0, at).some(standsFor)) return none;
  return {
    news: language.newsTerms.filter((t) => !terms.includes(t)),
    relation: relationAfter(language, words, at, own),
    deeds: deedTerms,
  };
}

/** Whether a word after a determiner makes it one: a name of the story's or an article noun ("this *story*"). */
function determines(language: Language, word: string): boolean {
  if (language.articleNouns.has(word)) return true;
  return termsOf(language, [stemOfWord(language, word)], false).some((t) => t.startsWith('e:'));
}

/** The question's terms read from its word at `i` alone. */
function termsAt(language: Language, words: readonly string[], i: number, terms: readonly string[]): readonly string[] {
  return termsOf(language, [stemOfWord(language, words[i] ?? '')], false).filter((t) => terms.includes(t));
}

/** The terms of the first word after the pronoun that is not a stop word, when a term of another word follows it. */
function relationAfter(language: Language, words: readonly string[], at: number, terms: readonly string[]): readonly string[] {
  const next = words.findIndex((w, i) => i > at && !language.stopwords.has(w) && !language.newsPronouns.has(w));
  if (next < 0) return [];
  const verb = termsAt(language, words, next, terms);
  // "why do they think *Amazon* will …": a name is no verb.
  if (verb.length === 0 || verb.some((t) => t.startsWith('e:'))) return [];
  const after = words.slice(next + 1).flatMap((_, k) => termsAt(language, words, next + 1 + k, terms));
  return after.some((t) => !verb.includes(t)) ? verb : [];
}

/**
 * "are you finished", "are you done for good", "were you sure": a yes/no question opening with a form
 * of "be" (`addresseeCopulas`) and a second-person word asks about the one asked, the bot, where what
 * follows names nothing of the story's (no person, organisation, part of the page, kind member, nor a
 * pronoun that may be the news): "are you sure AWS is dropping Xen" asks about AWS.
 */
export function asksAddressee(language: Language, words: readonly string[]): boolean {
  if (!language.addresseeCopulas.has(words[0] ?? '') || !language.secondPerson.has(words[1] ?? '')) return false;
  const rest = words.slice(2);
  if (rest.some((w) => language.newsPronouns.has(w))) return false;
  const members = kindMembers(language);
  const terms = termsOf(
    language,
    rest.map((w) => stemOfWord(language, w)),
    false,
  );
  return !terms.some((t) => t.startsWith('e:') || t.startsWith('i:') || members.has(t));
}

/**
 * Whether a yes/no question asks only whether the news is so: read as the news ("is it official"),
 * its own terms all words of confirming; or naming the news's lead actor as the one confirming ("is
 * this confirmed *by amazon*"), which keeps the pronoun from reading as the news. "is it true" has no
 * term of its own (a stop word and a stop phrase) and declines, as the whole-story questions decided.
 */
export function asksConfirmation(
  language: Language,
  words: readonly string[],
  terms: readonly string[],
  news: NewsReading | null,
): boolean {
  const confirming = (t: string) => language.newsConfirmations.has(t);
  if (news !== null && news.news.length > 0) return terms.every(confirming);
  if (language.newsActor === null || terms.length === 0 || !words.some((w) => language.newsPronouns.has(w))) return false;
  const actor = termsOf(
    language,
    tokenise(language.newsActor).map((w) => stemOfWord(language, w)),
    false,
  );
  return terms.some(confirming) && terms.every((t) => confirming(t) || actor.includes(t));
}

/**
 * "are existing instances *affected*", "will old instance types be *hit*": a yes/no question saying
 * something undergoes an effect (`newsEffects`, after a form of "be", no agent after it) by nothing it
 * names is asking about the news's effect, as "does *this* affect existing instances" does: the news's
 * terms join as background and the verb is the news's bearing on the thing, background too. Not where
 * the question names a person, organisation or part of the page ("are teslas affected"), or the thing
 * undergoing it is no word of its own.
 */
function agentlessEffect(language: Language, words: readonly string[], terms: readonly string[]): NewsReading {
  const at = words.findIndex((w) => language.newsEffects.has(w));
  if (at < 0 || !words.slice(0, at).some((w) => language.words.passiveAuxiliaries.includes(w))) return none;
  if (words.slice(at + 1).some((w) => language.words.agentPrepositions.includes(w))) return none;
  if (terms.some((t) => t.startsWith('e:') || t.startsWith('i:'))) return none;
  const verb = termsAt(language, words, at, terms);
  if (verb.length === 0 || !terms.some((t) => !verb.includes(t))) return none;
  return { news: language.newsTerms.filter((t) => !terms.includes(t)), relation: verb, deeds: [] };
}
