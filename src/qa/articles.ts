/**
 * Questions about an article other than this one, or about this one by its headline: another outlet's
 * article, an earlier Register story, the page parts a question names.
 */
import type { QaIndex } from './build.js';
import { type Language, stemmedTokens, stemOfWord, termsOf } from './language.js';
import { normalise, stem, tokenise } from './text.js';
import { tuning } from './tuning.js';

/** The intents of the article's own page parts, which another outlet's article does not share. */
const pageIntents: ReadonlySet<string> = new Set(['i:headline', 'i:standfirst', 'i:byline', 'i:footer', 'i:published']);

const outletIdsByIndex = new WeakMap<QaIndex, ReadonlySet<string>>();

/** The organisations the story data describes as publications (a noun of `outletNouns` in their role), once per index. */
function outletIds(index: QaIndex): ReadonlySet<string> {
  let ids = outletIdsByIndex.get(index);
  if (!ids) {
    const nouns = index.language.outletNouns;
    ids = new Set(
      index.story.organisations
        .filter((o) =>
          (o.role ?? '')
            .toLowerCase()
            .split(/[^a-z]+/)
            .some((w) => nouns.has(w)),
        )
        .map((o) => o.id),
    );
    outletIdsByIndex.set(index, ids);
  }
  return ids;
}

/**
 * "the headline of *the TechTarget article*": a page part asked for of an article an outlet
 * other than the story's publication owns (its name right before a noun for the article) is that
 * article's, which the story does not give. Returns the article as the question names it.
 */
export function otherOutletsArticle(index: QaIndex, words: readonly string[], terms: readonly string[]): string | null {
  const { language } = index;
  if (!terms.some((t) => pageIntents.has(t))) return null;
  const publication = termsOf(language, stemmedTokens(language, index.story.meta.publication), false);
  for (let i = 1; i < words.length; i++) {
    if (!language.articleNouns.has(words[i] ?? '')) continue;
    const owner = termsOf(language, [stem(words[i - 1] ?? '', language.stems)], false).find((t) => t.startsWith('e:'));
    if (!owner || publication.includes(owner)) continue;
    if (!outletIds(index).has(owner.slice(2))) continue;
    return `${words[i - 1]}'s ${words[i]}`;
  }
  return null;
}

/**
 * "the name of *the TechTarget article*", "the headline of *the Register article*": a noun for what
 * an article is called, "of", a determiner and up to `maxTitleWords` words before an article noun
 * ask for that article's headline, whatever the headline noun. Words naming the publication say the
 * article is this one, so they are dropped; a word naming another outlet is kept, and that outlet's
 * article is then not this one (`otherOutletsArticle`). Other words leave the question as it is.
 */
export function titledArticle(index: QaIndex, words: readonly string[]): readonly string[] {
  const { language } = index;
  for (let t = 0; t + 3 < words.length; t++) {
    if (!language.headlineNouns.has(words[t] ?? '') || words[t + 1] !== 'of') continue;
    if (!language.articleDeterminers.has(words[t + 2] ?? '')) continue;
    const start = t + 3;
    for (let j = start + 1; j <= start + tuning.maxTitleWords && j < words.length; j++) {
      if (!language.articleNouns.has(words[j] ?? '')) continue;
      // "the title of the follow-up story": an earlier article's title is its headline, not a job title.
      if (priorAdjectiveStart(language, words, j - 1) !== null && !words.slice(start, j).includes('related'))
        return [...words.slice(0, t), 'headline', ...words.slice(t + 1)];
      const owners = words.slice(start, j).map((w) => termsOf(language, [stem(w, language.stems)], false));
      if (!owners.every((terms) => terms.length === 1 && terms[0]?.startsWith('e:'))) return words;
      const publication = termsOf(language, stemmedTokens(language, index.story.meta.publication), false);
      const ownTitle = owners.every((terms) => publication.includes(terms[0] ?? ''));
      const otherOutlet = owners.some((terms) => outletIds(index).has((terms[0] ?? '').slice(2)));
      if (!ownTitle && !otherOutlet) return words;
      return [
        ...words.slice(0, t),
        'headline',
        ...words.slice(t + 1, start),
        ...(ownTitle ? [] : words.slice(start, j)),
        ...words.slice(j),
      ];
    }
  }
  return words;
}

/**
 * "when was *the first Register story* published", "the headline of *the earlier piece*": an
 * adjective placing an article before this one, with at most the publication's words between it and
 * the article noun, names an article the story only mentions, whose page parts (headline, date,
 * byline) are not this article's. Not among the related stories ("the first related story" is a
 * teaser); what the story says of that article ("what did the first story quote") still answers.
 */
export function priorArticle(index: QaIndex, words: readonly string[], terms: readonly string[]): string | null {
  const { language } = index;
  if (terms.includes('i:related') || !terms.some((t) => pageIntents.has(t))) return null;
  const publication = termsOf(language, stemmedTokens(language, index.story.meta.publication), false);
  for (let i = 1; i < words.length; i++) {
    if (!language.articleNouns.has(words[i] ?? '')) continue;
    let j = i - 1;
    while (j > 0 && publication.includes(termsOf(language, [stem(words[j] ?? '', language.stems)], false)[0] ?? '')) j--;
    const start = priorAdjectiveStart(language, words, j);
    if (start !== null) return `the ${words.slice(start, i + 1).join(' ')}`;
  }
  return null;
}

/** Where a prior-article adjective ending at `end` starts: one word ("first") or two ("follow up"). */
function priorAdjectiveStart(language: Language, words: readonly string[], end: number): number | null {
  if (language.priorArticleAdjectives.has(words[end] ?? '')) return end;
  if (end > 0 && language.priorArticleAdjectives.has(`${words[end - 1]} ${words[end]}`)) return end - 1;
  return null;
}

const headlineTermsByIndex = new WeakMap<QaIndex, ReadonlySet<string>>();

/** The terms of the article's headline and standfirst, once per index. */
function headlineTerms(index: QaIndex): ReadonlySet<string> {
  let found = headlineTermsByIndex.get(index);
  if (!found) {
    const headline = index.facts.find((fact) => fact.kind === 'headline');
    found = new Set([...(headline?.terms ?? [])].filter((t) => !t.startsWith('i:')));
    headlineTermsByIndex.set(index, found);
  }
  return found;
}

/**
 * "what year is *the xen/kvm story* from", "when did the Register run *the xen/aws embedded
 * story*": a determiner, words of the article's own headline or standfirst naming at least two of
 * its terms, and a noun for the article name the article itself; the title's words say which
 * story, not what about it, so they are dropped and the phrase reads as "the story". One term is
 * not enough: "the Xen Project post" is the Linux Foundation's post, not the article.
 */
export function withoutTitleWords(index: QaIndex, words: readonly string[]): readonly string[] {
  const { language } = index;
  const title = headlineTerms(index);
  for (let i = 0; i < words.length; i++) {
    if (!language.articleDeterminers.has(words[i] ?? '')) continue;
    for (let j = i + 2; j <= i + 1 + tuning.maxTitleWords && j < words.length; j++) {
      if (!language.articleNouns.has(words[j] ?? '')) continue;
      const between = words.slice(i + 1, j);
      const terms = termsOf(
        language,
        between.map((w) => stem(w, language.stems)),
        false,
      );
      if (new Set(terms).size >= 2 && terms.every((t) => title.has(t))) return [...words.slice(0, i + 1), ...words.slice(j)];
      break;
    }
  }
  return words;
}

/**
 * "the *little* blurb under the headline": words the story never uses between a determiner and a
 * noun naming a part of the page describe that part; they say which, not what is asked.
 */
export function partDescriptions(index: QaIndex, words: readonly string[]): string[] {
  const { language } = index;
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!language.articleDeterminers.has(words[i] ?? '')) continue;
    let j = i + 1;
    const between: string[] = [];
    while (j < words.length && j - i <= tuning.maxPartDescribingWords) {
      const stemmed = stemOfWord(language, words[j] ?? '');
      const terms = termsOf(language, [stemmed], false);
      if (terms.some((t) => t.startsWith('i:'))) {
        found.push(...between);
        break;
      }
      if (terms.length === 0 || terms.some((t) => index.documentFrequency.has(t))) break;
      between.push(stemmed);
      j++;
    }
  }
  return found;
}

/**
 * "what did Amazon tell *the other tech site*": a determiner setting one apart (`otherDeterminers`), at
 * most `tuning.maxOutletDescribingWords` words and a noun for a publication name the outlet other than
 * the story's own, where the story data describes exactly one; its name stands for the description.
 */
export function describedOutlet(index: QaIndex, words: readonly string[]): readonly string[] {
  const { language } = index;
  const others = [...outletIds(index)].filter((id) => id !== index.publication);
  if (others.length !== 1) return words;
  for (let i = 0; i < words.length; i++)
    for (const determiner of language.otherDeterminers) {
      if (!determiner.every((w, k) => words[i + k] === w)) continue;
      const after = i + determiner.length;
      for (let noun = after; noun <= after + tuning.maxOutletDescribingWords && noun < words.length; noun++) {
        if (!language.outletNouns.has(words[noun] ?? '')) continue;
        const name = index.story.organisationById.get(others[0] ?? '')?.name ?? '';
        return [...words.slice(0, i), ...tokenise(normalise(name, language.contractions)), ...words.slice(noun + 1)];
      }
    }
  return words;
}
