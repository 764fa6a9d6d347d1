import type { Story } from './load.js';
import type { Quote } from './schema.js';

/** Someone the bot can quote: a person, or an organisation with all of its speakers. */
export interface QuoteSource {
  id: string;
  isPerson: boolean;
  /** What the autocomplete list shows: "Michael Warrilow (Gartner)". */
  label: string;
  /** How a sentence names it: "Michael Warrilow", "the Linux Foundation". */
  name: string;
  /** Lower-cased name and aliases, for matching what the user typed. */
  keys: string[];
  quotes: Quote[];
}

/** Lower-case, straight apostrophes, no possessive "'s", words separated by single spaces. */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}@_]+/gu, ' ')
    .trim();
}

const cache = new WeakMap<Story, QuoteSource[]>();

/** Every person and organisation with at least one quote in the story, people first. */
export function listQuoteSources(story: Story): QuoteSource[] {
  const cached = cache.get(story);
  if (cached) return cached;
  const people = story.people
    .map((person): QuoteSource => {
      const organisation = story.organisationById.get(person.organisation)?.name ?? person.organisation;
      return {
        id: person.id,
        isPerson: true,
        label: `${person.name} (${organisation})`,
        name: person.name,
        keys: [person.name, ...person.aliases].map(normaliseName),
        quotes: story.quotes.filter((quote) => quote.speaker === person.id),
      };
    })
    .filter((source) => source.quotes.length > 0);
  const organisations = story.organisations
    .map(
      (organisation): QuoteSource => ({
        id: organisation.id,
        isPerson: false,
        label: organisation.name,
        name: organisation.fullName.replace(/^The /, 'the '),
        keys: [organisation.name, organisation.fullName, ...organisation.aliases].map(normaliseName),
        quotes: story.quotes.filter((quote) => quote.organisation === organisation.id),
      }),
    )
    .filter((source) => source.quotes.length > 0);
  const sources = [...people, ...organisations];
  cache.set(story, sources);
  return sources;
}

/**
 * Finds the source a user means by an id, a name or an alias ("gartner", "warrilow", "the LF",
 * "amazon web services"). Exact matches win over partial ones; null when nothing or several fit.
 */
export function resolveQuoteSource(story: Story, typed: string): QuoteSource | null {
  const wanted = normaliseName(typed);
  if (!wanted) return null;
  const sources = listQuoteSources(story);
  const exact = sources.find((source) => source.id === typed.trim().toLowerCase() || source.keys.includes(wanted));
  if (exact) return exact;
  const partial = sources.filter((source) =>
    source.keys.some((key) => key.split(' ').includes(wanted) || (wanted.length >= 4 && key.startsWith(wanted))),
  );
  return partial.length === 1 ? (partial[0] ?? null) : null;
}

/** Sources whose name or alias contains what was typed so far, best first; all of them for an empty query. */
export function suggestQuoteSources(story: Story, typed: string): QuoteSource[] {
  const wanted = normaliseName(typed);
  const sources = listQuoteSources(story);
  if (!wanted) return sources;
  // The name itself (keys[0]) beats an alias, and a prefix beats a match inside a word.
  const rank = (source: QuoteSource) => {
    if (source.keys[0]?.startsWith(wanted)) return 0;
    if (source.keys.some((key) => key.startsWith(wanted) || key.split(' ').some((word) => word.startsWith(wanted)))) return 1;
    return source.keys.some((key) => key.includes(wanted)) ? 2 : 3;
  };
  return sources
    .map((source) => ({ source, rank: rank(source) }))
    .filter(({ rank }) => rank < 3)
    .sort((a, b) => a.rank - b.rank)
    .map(({ source }) => source);
}
