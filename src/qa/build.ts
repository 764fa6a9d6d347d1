import MiniSearch from 'minisearch';
import type { Story } from '../story/load.js';
import { buildFacts, type Fact } from './candidates.js';
import { compileLanguage, type Language } from './language.js';
import { getLexicon, type Lexicon, type LexiconDataError } from './lexicon.js';
import { prebuiltIndexFile, prebuiltIndexUnusable, readPrebuiltIndex } from './prebuilt.js';

/** Everything the engine needs for one story, built once: facts, their search index, term weights. */
export interface QaIndex {
  story: Story;
  language: Language;
  facts: readonly Fact[];
  /** How many facts contain each term. */
  documentFrequency: ReadonlyMap<string, number>;
  /** The organisation that published the story: its own reporting counts as what it "said". */
  publication: string | null;
  /** MiniSearch's BM25+ scores of one term, by fact id; memoised, since a story has a few thousand terms at most. */
  postings(term: string): ReadonlyMap<number, number>;
  /** The weight of a term no fact contains: more than any real term, so an unknown word costs the most. */
  unknownWeight: number;
}

function storyTexts(story: Story): string[] {
  return [
    story.meta.headline,
    story.meta.standfirst,
    story.meta.update.note,
    // The page's own lines are facts too ("the footer says 2022"): their words are the story's.
    story.meta.article.footer,
    // "is the article from 2017": the years the page gives its dates in are the story's words too.
    story.meta.article.published.slice(0, 4),
    story.meta.article.updated.slice(0, 4),
    ...story.paragraphs.map((p) => p.text),
    ...story.people.flatMap((p) => [p.name, ...p.aliases, p.title ?? '', p.role]),
    ...story.organisations.flatMap((o) => [o.name, o.fullName, ...o.aliases, o.role]),
    ...story.quotes.flatMap((q) => [q.context, q.saidTo]),
    ...story.claims.map((c) => c.text),
    ...story.timeline.flatMap((e) => [e.title, e.text, e.when]),
    ...story.templates.map((t) => t.label),
    ...story.related.flatMap((r) => [r.title, r.standfirst, ...r.facts]),
  ];
}

/** Builds the index for a story with a given lexicon (tests use their own lexicons). */
export function buildIndex(story: Story, lexicon: Lexicon): QaIndex {
  const language = compileLanguage(story, lexicon, storyTexts(story));
  const facts = buildFacts(story, language);
  const documentFrequency = new Map<string, number>();
  for (const fact of facts) for (const term of fact.terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  // The text is already analysed into terms, so MiniSearch only splits on spaces and ranks (BM25+).
  const search = new MiniSearch<{ id: number; terms: string }>({
    fields: ['terms'],
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
    searchOptions: { combineWith: 'OR', prefix: false, fuzzy: false },
  });
  search.addAll(facts.map((fact) => ({ id: fact.id, terms: [...fact.terms].join(' ') })));
  const publication =
    story.organisations.find((o) => o.name === story.meta.publication || o.fullName === story.meta.publication)?.id ?? null;
  // A question's score is the sum of its terms' scores (MiniSearch's OR), so each term is searched
  // once and remembered: only terms some fact contains are searched, which bounds the memo.
  const memo = new Map<string, ReadonlyMap<number, number>>();
  const none: ReadonlyMap<number, number> = new Map();
  const postings = (term: string) => {
    if (!documentFrequency.has(term)) return none;
    let found = memo.get(term);
    if (!found) {
      found = new Map(search.search(term).map((r) => [r.id as number, r.score]));
      memo.set(term, found);
    }
    return found;
  };
  return {
    story,
    language,
    facts,
    documentFrequency,
    publication,
    postings,
    unknownWeight: Math.log(1 + facts.length) + 1,
  };
}

/** Where a story's index came from: the build's prebuilt file, or built in this process (and why). */
export type IndexOrigin = { from: 'prebuilt'; file: string } | { from: 'built'; reason: string };

const cache = new WeakMap<Story, { index: QaIndex; origin: IndexOrigin }>();

function indexed(story: Story): { index: QaIndex; origin: IndexOrigin } {
  let entry = cache.get(story);
  if (!entry) {
    // The build stores the index of the shipped data (scripts/build.ts); it is used only when built
    // from these very data, language files and engine code, so reading it gives what building would.
    const prebuilt = readPrebuiltIndex(story, prebuiltIndexFile);
    entry =
      'index' in prebuilt
        ? { index: prebuilt.index, origin: { from: 'prebuilt', file: prebuiltIndexFile } }
        : { index: buildIndex(story, getLexicon(story.dataDir)), origin: { from: 'built', reason: prebuilt.reason } };
    cache.set(story, entry);
  }
  return entry;
}

/**
 * The index for a story with the shipped lexicon, made on first use and kept as long as the story:
 * read from the build's prebuilt index when that was built from the same data, language files and
 * engine code, built here otherwise (which validates the language files).
 */
export function getIndex(story: Story): QaIndex {
  return indexed(story).index;
}

/** Whether the story's index was read from the build's prebuilt file or built at start, and why. */
export function indexOrigin(story: Story): IndexOrigin {
  return indexed(story).origin;
}

/**
 * Throws {@link LexiconDataError} for a broken language or topic file, so a start stops at once: the
 * files the prebuilt index was built from passed this check in the build, others are validated now.
 */
export function checkLanguageFiles(story: Story): void {
  if (prebuiltIndexUnusable(story, prebuiltIndexFile) !== null) getLexicon(story.dataDir);
}
