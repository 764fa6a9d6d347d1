/**
 * Membership said by a preposition: "is AWS still *in* the Xen Project" asks whether AWS is a member,
 * as "part of" does, though "in" alone is too common a word to search.
 */
import { entityNamedAt, kindMembers, type Language, stemOfWord, termsOf } from './language.js';

const roleIntent = 'i:role';

/** How many words (stopwords: "still", "even"; a noun of role) may stand between the member organisation and the preposition. */
const maxWordsBetween = 2;

/** The entity id named by the phrase of `stems` ending at `end`, or null. */
function entityEndingAt(language: Language, stems: readonly string[], end: number): string | null {
  for (let start = Math.max(0, end - 3); start <= end; start++) {
    const entity = entityNamedAt(language, stems, start);
    if (entity && start + entity.length - 1 === end) return entity.id;
  }
  return null;
}

/**
 * The term of the membership noun (the lexicon's `membership.noun`) when a preposition of membership
 * (`membership.prepositions`: in, within …) stands between two organisations' names, the second
 * ending the phrase: "is AWS still in the Xen Project", not "is AWS in the Xen Project call" (a noun
 * follows), "what did AWS say in the minutes" (no organisation) nor "is Warrilow in Gartner" (a person
 * works at a firm). Null otherwise, or when the question already searches it.
 */
export function membershipTerm(language: Language, words: readonly string[], terms: readonly string[]): string | null {
  const { prepositions, noun } = language.membership;
  let stems: string[] | null = null;
  for (let i = 1; i < words.length - 1; i++) {
    if (!prepositions.has(words[i] ?? '')) continue;
    stems ??= words.map((w) => stemOfWord(language, w));
    let before = i - 1;
    // "what's AWS's *role* in the Xen Project": a noun of role between them asks the membership too.
    const between = (w: string) =>
      language.stopwords.has(w) || termsOf(language, [stemOfWord(language, w)], false).includes(roleIntent);
    while (
      before > 0 &&
      i - before <= maxWordsBetween &&
      between(words[before] ?? '') &&
      !entityEndingAt(language, stems, before)
    )
      before--;
    // A person "in" a firm works there, which their profile says: only an organisation is a member here.
    const member = entityEndingAt(language, stems, before);
    if (member === null || language.entities.get(member)?.kind !== 'organisation') continue;
    const from = language.articleDeterminers.has(words[i + 1] ?? '') ? i + 2 : i + 1;
    const found = language.phrases.longestAt(stems, from);
    const organisation = found?.values.find(
      (v) => v.startsWith('e:') && language.entities.get(v.slice(2))?.kind === 'organisation',
    );
    if (!found || !organisation) continue;
    const next = words[from + found.length];
    if (next !== undefined && !language.stopwords.has(next)) continue;
    const [term] = termsOf(language, [stemOfWord(language, noun)], false);
    return term === undefined || terms.includes(term) ? null : term;
  }
  return null;
}

/** What a verb of leaving reads as where its object is an organisation: its own terms, and the membership noun's. */
export interface LeftMembership {
  verbTerms: readonly string[];
  memberTerm: string;
}

/**
 * "is AWS gonna *quit the Xen Project board*", "is Amazon *ditching the Xen Project*": a verb of leaving
 * (the lexicon's `continuing.leaving`) whose object, after its articles, is an organisation leaves a
 * membership, as "leave" does. Not where the organisation is named by a kind member's own words ("quit
 * Xen" leaves the hypervisor). Null where no such verb stands.
 */
export function leftMembership(language: Language, words: readonly string[]): LeftMembership | null {
  const [memberTerm] = termsOf(language, [stemOfWord(language, language.membership.noun)], false);
  if (memberTerm === undefined) return null;
  for (let i = 1; i < words.length - 1; i++) {
    if (!language.continuing.leaving.has(words[i] ?? '')) continue;
    const from = language.articleDeterminers.has(words[i + 1] ?? '') ? i + 2 : i + 1;
    const stems = words.slice(from).map((w) => stemOfWord(language, w));
    const named = entityNamedAt(language, stems, 0);
    if (named === null || language.entities.get(named.id)?.kind !== 'organisation') continue;
    if (kindMembers(language).has(words.slice(from, from + named.length).join(' '))) continue;
    return { verbTerms: termsOf(language, [stemOfWord(language, words[i] ?? '')], false), memberTerm };
  }
  return null;
}
