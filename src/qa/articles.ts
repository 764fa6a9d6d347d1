/**
 * Questions about an article other than this one, or about this one by its headline: another outlet's
 * article, an earlier Register story, the page parts a question names.
 */
import type { QaIndex } from './build.js';
import { entityNamedAt, isStoryWord, type Language, stemmedTokens, stemOfWord, termsOf } from './language.js';
import { normalise, stem, tokenise } from './text.js';
import { tuning } from './tuning.js';

/** The intents of the article's own page parts, which another outlet's article does not share. */
const pageIntents: ReadonlySet<string> = new Set(['i:headline', 'i:standfirst', 'i:byline', 'i:footer', 'i:published']);

/** The page parts that name or credit an article, which another outlet's article has its own of. */
const namingIntents: ReadonlySet<string> = new Set(['i:headline', 'i:standfirst', 'i:byline']);

const outletIdsByIndex = new WeakMap<QaIndex, ReadonlySet<string>>();

/** The organisations the story data describes as publications (a noun of `outletNouns` in their role), once per index. */
export function outletIds(index: QaIndex): ReadonlySet<string> {
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
 * "did Amazon answer *the newspaper's* email", "how long did *the site* wait": "the" or "this" before a
 * singular noun for an outlet is the story's own publication, and stands for its name. Not where the
 * outlet is another: one told or asked for ("AWS told *the outlet*", "talked *to the site*", "name *the
 * outlet* Amazon spoke to"), or given something ("who sent *the paper* the statement").
 */
export function withOwnOutletNamed(index: QaIndex, words: readonly string[]): readonly string[] {
  const { language } = index;
  const toldOrAsked = (before: string) =>
    language.recipientVerbs.has(before) || language.directionPrepositions.has(before) || language.requests.verbs.has(before);
  // A clause or a second object after the noun describes which outlet, or is what it was given.
  const described = (after: number) =>
    language.articleDeterminers.has(words[after] ?? '') ||
    language.indefiniteArticles.has(words[after] ?? '') ||
    language.relativePronouns.has(words[after] ?? '') ||
    entityNamedAt(language, stemmedTokens(language, words.slice(after, after + 3).join(' ')), 0) !== null;
  const at = words.findIndex(
    (w, i) =>
      language.articleDeterminers.has(w) &&
      language.outletNouns.has(words[i + 1] ?? '') &&
      !/s$/.test(words[i + 1] ?? '') &&
      !toldOrAsked(words[i - 1] ?? '') &&
      !described(i + 2),
  );
  if (at < 0) return words;
  return [...words.slice(0, at), ...stemmedTokens(language, index.story.meta.publication), ...words.slice(at + 2)];
}

/**
 * "what did AWS tell *the other tech site*": "other" or "another" (the lexicon's `otherDeterminers`)
 * and up to `maxPartDescribingWords` words before a noun for an outlet describe the one outlet the
 * story names besides its own publication, and stand for its name. Where the story names none or
 * several, or the noun is a modifier itself ("another blog post"), the words are left as they are.
 */
export function otherOutletNamed(index: QaIndex, words: readonly string[]): readonly string[] {
  const { language } = index;
  const at = words.findIndex((w) => language.otherDeterminers.has(w));
  if (at < 0) return words;
  const publication = publicationTerms(index);
  const others = index.story.organisations.filter((o) => outletIds(index).has(o.id) && !publication.includes(`e:${o.id}`));
  const only = others.length === 1 ? others[0] : undefined;
  if (!only) return words;
  for (let j = at + 1; j <= at + 1 + tuning.maxPartDescribingWords && j < words.length; j++) {
    if (!language.outletNouns.has(words[j] ?? '')) continue;
    if (language.articleNouns.has(words[j + 1] ?? '')) return words;
    return [...words.slice(0, at), ...stemmedTokens(language, only.name), ...words.slice(j + 1)];
  }
  return words;
}

/**
 * "the headline of *the TechTarget article*": a page part asked for of an article an outlet
 * other than the story's publication owns (its name right before a noun for the article) is that
 * article's, which the story does not give. Returns the article as the question names it.
 */
export function otherOutletsArticle(index: QaIndex, words: readonly string[], terms: readonly string[]): string | null {
  const { language } = index;
  if (!terms.some((t) => pageIntents.has(t))) return null;
  const publication = publicationTerms(index);
  for (let i = 1; i < words.length; i++) {
    // "TechTarget's story", or the page part itself owned: "*TechTarget's headline*".
    const part = termsOf(language, [stemOfWord(language, words[i] ?? '')], false).some((t) => pageIntents.has(t));
    if (!language.articleNouns.has(words[i] ?? '') && !part) continue;
    const owner = termsOf(language, [stem(words[i - 1] ?? '', language.stems)], false).find((t) => t.startsWith('e:'));
    if (!owner || publication.includes(owner)) continue;
    if (!outletIds(index).has(owner.slice(2))) continue;
    return `${words[i - 1]}'s ${words[i]}`;
  }
  // "what headline did TechTarget give its piece": another outlet, and neither the publication nor
  // this article named, asks for that outlet's headline, standfirst or byline; the story's own names
  // none of them. Its date ("published") may be asked beside another outlet's deed, so it does not count.
  if (!terms.some((t) => namingIntents.has(t)) || terms.some((t) => publication.includes(t))) return null;
  if (words.some((w) => language.articlePronouns.has(w))) return null;
  const other = terms.find((t) => t.startsWith('e:') && outletIds(index).has(t.slice(2)));
  return other ? `${index.story.organisations.find((o) => `e:${o.id}` === other)?.name ?? other.slice(2)}'s article` : null;
}

/**
 * "the name of *the TechTarget article*", "the headline *on* the reg piece": a noun for what an
 * article is called, a preposition linking a page part to its article (`partPrepositions`), a
 * determiner and up to `maxTitleWords` words before an article noun
 * ask for that article's headline, whatever the headline noun. Words naming the publication say the
 * article is this one, so they are dropped; a word naming another outlet is kept, and that outlet's
 * article is then not this one (`otherOutletsArticle`). A pronoun for the article instead ("the title
 * of *this*") asks for this one's (`titlesThis`). Other words leave the question as it is.
 */
export function titledArticle(index: QaIndex, words: readonly string[]): readonly string[] {
  const { language } = index;
  for (let t = 0; t + 2 < words.length; t++) {
    if (!language.headlineNouns.has(words[t] ?? '') || !language.partPrepositions.has(words[t + 1] ?? '')) continue;
    if (titlesThis(language, words, t)) return [...words.slice(0, t), 'headline'];
    if (!language.articleDeterminers.has(words[t + 2] ?? '')) continue;
    const start = t + 3;
    for (let j = start + 1; j <= start + tuning.maxTitleWords && j < words.length; j++) {
      if (!language.articleNouns.has(words[j] ?? '')) continue;
      // "the title of the follow-up story": an earlier article's title is its headline, not a job title.
      if (priorAdjectiveStart(language, words, j - 1) !== null && !words.slice(start, j).includes('related'))
        return [...words.slice(0, t), 'headline', ...words.slice(t + 1)];
      const owners = words.slice(start, j).map((w) => termsOf(language, [stem(w, language.stems)], false));
      if (!owners.every((terms) => terms.length === 1 && terms[0]?.startsWith('e:'))) return words;
      const publication = publicationTerms(index);
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
 * "what's the title of *this*", "the heading of this one lol": at a noun for what an article is called
 * (not a stopword such as "name", which may be asked of anything) and a preposition of its parts, a
 * pronoun for the article (the lexicon's `articlePronouns`) with nothing but stopwords after it asks
 * for this article's headline.
 */
function titlesThis(language: QaIndex['language'], words: readonly string[], at: number): boolean {
  return (
    !language.stopwords.has(words[at] ?? '') &&
    language.articlePronouns.has(words[at + 2] ?? '') &&
    words.slice(at + 3).every((w) => language.stopwords.has(w))
  );
}

/**
 * "when was *the first Register story* published", "the headline of *the earlier piece*": an
 * adjective placing an article before this one, with at most the publication's words between it and
 * the article noun, names an article the story only mentions, whose page parts (headline, date,
 * byline) are not this article's. Not among the related stories ("the first related story" is a
 * teaser); what the story says of that article ("what did the first story quote") still answers.
 */
export function priorArticle(
  index: QaIndex,
  words: readonly string[],
  terms: readonly string[],
  asksWhen: boolean,
): string | null {
  const { language } = index;
  const asksPart = terms.some((t) => pageIntents.has(t));
  if (terms.includes('i:related') || (!asksPart && !asksWhen)) return null;
  for (let i = 1; i < words.length; i++) {
    if (!language.articleNouns.has(words[i] ?? '')) continue;
    const publication = publicationTerms(index);
    // "the headline of the reg's first *aws kvm* story": the publication's name, and where a part of
    // the page is asked for, words naming what the article is about, may stand between the adjective
    // and the noun. A "when" question keeps them as what it searches: the story dates what came after
    // that article ("12 days after the first story"), which says what it can.
    const between = (word: string) =>
      namesPublication(index, word) ||
      (asksPart && isStoryWord(language, word) && !language.stopwords.has(word) && !language.priorArticleAdjectives.has(word));
    let j = i - 1;
    while (j > 0 && between(words[j] ?? '')) j--;
    const start = priorAdjectiveStart(language, words, j);
    if (start === null) continue;
    const named = `the ${words.slice(start, i + 1).join(' ')}`;
    if (asksPart) return named;
    // "when was the first Register story published": a "when" question searching nothing but that
    // article and words of publishing asks its date, which is not this article's. A word of first
    // appearance right before the noun ("the *original* article") may mean this article as first
    // published, as against its update; with the publication's name between, it is one of the
    // publication's stories. Not the word the story itself puts before its earlier article ("our
    // *first* story"): its readers name that one by it.
    const adjective = words.slice(start, i).join(' ');
    if (j === i - 1 && language.words.firstAppearance.includes(adjective) && !storyPriorWords(index).includes(adjective))
      continue;
    const own = new Set(termsOf(language, stemmedTokens(language, words.slice(start, i + 1).join(' ')), false));
    return terms.every((t) => own.has(t) || publication.includes(t) || language.publishingTerms.has(t)) ? named : null;
  }
  return null;
}

const publicationTermsByIndex = new WeakMap<QaIndex, readonly string[]>();

/** The terms of the story's publication's name ("The Register"), once per index. */
export function publicationTerms(index: QaIndex): readonly string[] {
  let terms = publicationTermsByIndex.get(index);
  if (!terms) {
    terms = termsOf(index.language, stemmedTokens(index.language, index.story.meta.publication), false);
    publicationTermsByIndex.set(index, terms);
  }
  return terms;
}

/** Whether a word is (part of) the story's publication's name: "reg", "register". */
function namesPublication(index: QaIndex, word: string): boolean {
  return publicationTerms(index).includes(termsOf(index.language, [stem(word, index.language.stems)], false)[0] ?? '');
}

const storyPriorWordsByIndex = new WeakMap<QaIndex, readonly string[]>();

/** The prior-article adjectives the story itself puts before an article noun ("our *first* story"), once per index. */
function storyPriorWords(index: QaIndex): readonly string[] {
  let found = storyPriorWordsByIndex.get(index);
  if (!found) {
    const { language } = index;
    const used = new Set<string>();
    for (const paragraph of index.story.paragraphs) {
      const words = tokenise(normalise(paragraph.text, language.contractions));
      words.forEach((word, i) => {
        if (language.priorArticleAdjectives.has(word) && language.articleNouns.has(words[i + 1] ?? '')) used.add(word);
      });
    }
    found = [...used];
    storyPriorWordsByIndex.set(index, found);
  }
  return found;
}

/**
 * "what did the reg's *original* report say", "the *earlier* story": an adjective placing an article
 * before this one reads as the one the story itself uses for it ("our *first* story"), which is how
 * its facts name that article. Left alone where a word of first appearance stands right before the
 * noun with the publication neither before nor after it ("the *original* article" may be this one as
 * first published), or where the story puts none before an article noun.
 */
export function withStoryPriorWording(index: QaIndex, words: readonly string[]): readonly string[] {
  const { language } = index;
  const own = storyPriorWords(index);
  const replacement = own[0];
  if (replacement === undefined) return words;
  let out: string[] | null = null;
  for (let i = 1; i < words.length; i++) {
    if (!language.articleNouns.has(words[i] ?? '')) continue;
    const ofPublication = (at: number) => namesPublication(index, words[at] ?? '');
    let j = i - 1;
    while (j > 0 && ofPublication(j)) j--;
    const word = words[j] ?? '';
    if (!language.priorArticleAdjectives.has(word) || own.includes(word)) continue;
    // "the *reg's* original report", "the original *Register* story": one of the publication's stories.
    if (language.words.firstAppearance.includes(word) && j === i - 1 && !ofPublication(j - 1)) continue;
    out ??= [...words];
    out[j] = replacement;
  }
  return out ?? words;
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
 * "what year is *the xen/kvm story* from", "what is *the xen* article about": a determiner, words of
 * the article's own headline or standfirst naming its terms, and a noun for the article name the
 * article itself; the title's words say which story, not what about it, so they are dropped and the
 * phrase reads as "the story". One term is enough before a noun only a news article is called
 * ("story", "article"); before a noun of a document too ("post", "report") it takes two: "the Xen
 * Project post" is the Linux Foundation's post, not the article.
 */
export function withoutTitleWords(index: QaIndex, words: readonly string[]): readonly string[] {
  const { language } = index;
  const title = headlineTerms(index);
  for (let i = 0; i < words.length; i++) {
    if (!language.articleDeterminers.has(words[i] ?? '')) continue;
    for (let j = i + 2; j <= i + 1 + tuning.maxTitleWords && j < words.length; j++) {
      if (!language.articleNouns.has(words[j] ?? '')) continue;
      const between = words.slice(i + 1, j);
      // "the 'cloud colossus' *in the* article": a phrase before another noun phrase, not the article's name.
      if (between.some((w) => language.articleDeterminers.has(w) || language.interrogativePrepositions.has(w))) break;
      const terms = termsOf(
        language,
        between.map((w) => stem(w, language.stems)),
        false,
      );
      // "the *xen* article": one term is enough before a noun only a news article is called.
      const enough = language.documentNouns.some((d) => d.words.length === 1 && d.words[0] === words[j]) ? 2 : 1;
      if (new Set(terms).size >= enough && terms.every((t) => title.has(t))) return [...words.slice(0, i + 1), ...words.slice(j)];
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
