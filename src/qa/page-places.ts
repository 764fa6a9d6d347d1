import type { Language } from './language.js';
import { intentTerm } from './language.js';
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
    if (footerNames.some((name) => standsAt(words, i, name) && !places.some((p) => standsAt(words, i, p)))) return terms;
    if (places.some((p) => standsAt(words, i, p))) placed = true;
  }
  return placed ? terms.filter((t) => t !== footerIntent) : terms;
}

/** The parts of the page a phrase of place may place, besides the footer. */
const placedParts: ReadonlySet<string> = new Set(
  ['headline', 'standfirst', 'update', 'related', 'template', 'byline'].map(intentTerm),
);
