import type { QaIndex } from './build.js';
import type { Language } from './language.js';
import { intentTerm, stemmedTokens, stemOfWord, termsOf } from './language.js';
import { standsAt } from './text.js';

const footerIntent = intentTerm('footer');

/**
 * "how many teasers are *at the bottom of the page*", "the stories *at the foot of the page*": a
 * phrase placing something low on the page, beside another part of the page, says where that part
 * is; it does not ask for the footer, which only a name of it asks for ("the *footer* at the
 * bottom of the page", "the *slogan*"). Returns the terms without the footer's in that case.
 */
export function withoutPlacedFooter(language: Language, words: readonly string[], terms: readonly string[]): readonly string[] {
  if (!terms.includes(footerIntent) || !terms.some((t) => placedParts.has(t))) return terms;
  const { places, footerNames } = language.pagePlaces;
  let placed = false;
  for (let i = 0; i < words.length; i++) {
    const atPlace = places.some((p) => standsAt(words, i, p));
    if (!atPlace && footerNames.some((name) => standsAt(words, i, name))) return terms;
    if (atPlace) placed = true;
  }
  return placed ? terms.filter((t) => t !== footerIntent) : terms;
}

const standfirstIntent = intentTerm('standfirst');

/**
 * "the tagline on the Google teaser", "the Tesla story's slogan": a teaser has no footer of its own,
 * so a name of the footer asked of a related story asks for its strapline, the line under its headline.
 */
export function withTeaserStrapline(terms: readonly string[]): readonly string[] {
  if (!terms.includes(footerIntent) || !terms.includes(relatedIntent)) return terms;
  const strapline = terms.map((t) => (t === footerIntent ? standfirstIntent : t));
  return strapline.filter((t, at) => strapline.indexOf(t) === at);
}

/** The parts of the page a phrase of place may place, besides the footer. */
const placedParts: ReadonlySet<string> = new Set(
  ['headline', 'standfirst', 'update', 'related', 'template', 'byline'].map(intentTerm),
);

/**
 * "according to the headline, what is Xen going to hype", "where does Xen still have a shot
 * according to the very end of the story": a phrase of source naming a part of the page, or
 * a place in the article (`positioned`, its words already dropped), asks what that part says:
 * the part is where the answer is, and the question's other words are how the asker puts it.
 */
export function asksPartSays(language: Language, words: readonly string[], positioned: boolean): boolean {
  const stems = words.map((w) => stemOfWord(language, w));
  for (let i = 0; i < words.length; i++)
    for (const phrase of language.sourcePhrases) {
      if (!standsAt(stems, i, phrase)) continue;
      let after = i + phrase.length;
      if (language.articleDeterminers.has(words[after] ?? '')) after++;
      const named = termsOf(language, [stemOfWord(language, words[after] ?? '')], false);
      if (named.some((t) => placedParts.has(t) || t === footerIntent)) return true;
      // The place's own words are gone: the phrase now stands before the next clause or at the end.
      if (positioned && !named.some((t) => t.startsWith('e:'))) return true;
    }
  return false;
}

export const relatedIntent = intentTerm('related');

/**
 * "what are the stories at the bottom of the page", "the 3 unrelated articles tacked on at the
 * bottom": the page holds one story, so several of them, placed low on the page, are the other
 * stories listed there. A plural of one of the lexicon's `articleNouns` beside one of its
 * `pagePlaces` names the related stories; without the place ("the reg's earlier stories") it does not.
 */
export function namesPlacedStories(language: Language, words: readonly string[]): boolean {
  if (!words.some((w) => language.articlePlurals.has(w))) return false;
  const { places } = language.pagePlaces;
  return words.some((_, i) => places.some((p) => standsAt(words, i, p)));
}

/** The terms with the related stories' intent added where the question names them by place. */
export function withPlacedStories(language: Language, words: readonly string[], terms: readonly string[]): readonly string[] {
  if (terms.includes(relatedIntent) || !namesPlacedStories(language, words)) return terms;
  return [relatedIntent, ...terms];
}

const relatedTitleStemsMemo = new WeakMap<QaIndex, ReadonlySet<string>>();

/** The stems of the related stories' headlines, once per index. */
function relatedTitleStems(index: QaIndex): ReadonlySet<string> {
  let stems = relatedTitleStemsMemo.get(index);
  if (!stems) {
    stems = new Set(index.story.related.flatMap((r) => stemmedTokens(index.language, r.title)));
    relatedTitleStemsMemo.set(index, stems);
  }
  return stems;
}

/** Whether a word is one of a related story's headline ("tesla" in "the tesla story"). */
export function inRelatedTitle(index: QaIndex, word: string): boolean {
  return !index.language.stopwords.has(word) && relatedTitleStems(index).has(stemOfWord(index.language, word));
}

/**
 * "what does the google *one* say", "and the capstone *one*?": a pronoun standing for a noun (the
 * lexicon's `substitutePronouns`) after a determiner and a word of a related story's headline stands
 * for a story, as the teasers are the page's other stories. The words with it read as the lexicon's
 * first noun for an article; as they are otherwise.
 */
export function withStoryForPronoun(index: QaIndex, words: readonly string[]): readonly string[] {
  const { language } = index;
  const stands = (w: string, i: number) =>
    i >= 2 &&
    language.words.substitutePronouns.includes(w) &&
    inRelatedTitle(index, words[i - 1] ?? '') &&
    language.articleDeterminers.has(words[i - 2] ?? '');
  const story = language.articleNouns.values().next().value;
  return story !== undefined && words.some(stands) ? words.map((w, i) => (stands(w, i) ? story : w)) : words;
}

/**
 * "what's the *tesla story* about", "summarise the rocket lab piece": a noun for an article right
 * after a word of a related story's headline names that story, which its teaser answers for. A
 * word of this story's own ("the xen story") names this one. "Which stories are *related*": plural
 * articles said to be related (`relatedAdjectives`) are the related stories.
 */
export function withNamedRelatedStory(index: QaIndex, words: readonly string[], terms: readonly string[]): readonly string[] {
  const { language } = index;
  const asked = terms.includes(relatedIntent);
  const named =
    !asked && words.some((w, i) => i > 0 && language.articleNouns.has(w) && inRelatedTitle(index, words[i - 1] ?? ''));
  // "which stories are related": articles, in the plural, said to be related anywhere in the question.
  const related = words.some((w) => language.articlePlurals.has(w)) && words.some((w) => language.relatedAdjectives.has(w));
  if (named) return [relatedIntent, ...terms];
  if (!related) return terms;
  // "what stories are *linked* at the bottom": the word saying so is not searched, whatever else asked for them.
  const sayingStems = words.filter((w) => language.relatedAdjectives.has(w)).map((w) => stemOfWord(language, w));
  const saying = new Set([...sayingStems, ...termsOf(language, sayingStems, false)]);
  return [...(asked ? [] : [relatedIntent]), ...terms.filter((t) => !saying.has(t))];
}

/** The related story a question picks by its place on the page, the other related stories' paragraphs, and the word placing it. */
export interface OrderedRelatedStory {
  paragraphs: ReadonlySet<number>;
  others: ReadonlySet<number>;
  ordinal: string;
}

/**
 * "who is quoted in the *second teaser*", "what's the *last* related story about": an ordinal
 * (the lexicon's `ordinals`) a word or two before a name of the related stories picks one of them
 * by its place on the page, counted from the end where the ordinal is "last". Null where the
 * question names no related story so, or the place is past the list.
 */
export function relatedStoryByOrder(
  index: QaIndex,
  words: readonly string[],
  terms: readonly string[],
): OrderedRelatedStory | null {
  const { language } = index;
  if (!terms.includes(relatedIntent)) return null;
  const namesStory = (w: string) =>
    language.articleNouns.has(w) || termsOf(language, [stemOfWord(language, w)], false).includes(relatedIntent);
  for (let i = 0; i < words.length; i++) {
    const place = language.ordinals.get(words[i] ?? '');
    if (place === undefined || !words.slice(i + 1, i + 1 + maxOrdinalReach).some(namesStory)) continue;
    const { related } = index.story;
    const story = related[place > 0 ? place - 1 : related.length + place];
    if (!story) return null;
    const others = related.filter((r) => r !== story).flatMap((r) => r.paragraphs);
    return { paragraphs: new Set(story.paragraphs), others: new Set(others), ordinal: words[i] ?? '' };
  }
  return null;
}

/** Most words from an ordinal to the noun it places: "the second *related story*", "the last *teaser*". */
const maxOrdinalReach = 2;

/**
 * "what says the *small* line under the *big* title": an adjective of size right before a noun for a part
 * of the page or the text describes how it looks, and names no other part; it is not searched (the
 * story's "small footprint" is Bulpin's, not the standfirst's).
 */
export function withoutPartSizes(language: Pick<Language, 'partSizes'>, words: string[]): string[] {
  const { adjectives, nouns } = language.partSizes;
  if (!words.some((w) => adjectives.has(w))) return words;
  return words.filter((w, i) => !(adjectives.has(w) && nouns.has(words[i + 1] ?? '')));
}
