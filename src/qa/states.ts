/**
 * A state said of a thing: "is *Xen* *dead*", "is *KVM* *dead*", "is *the Register* *dead*". A yes/no
 * question opening with a form of "be" (the lexicon's `copulas`), its subject, and words all of one of
 * the story's synonym groups ("dead", "finished in the cloud") asks whether that state is said of that
 * subject. A fact holding both in different clauses says it of something else: "With Oracle already
 * going to KVM, AWS's move puts the final nail in the coffin of Xen" dooms Xen, not KVM; a claim the
 * Register makes is not said of the Register. So such a question is answered only by a fact with a
 * clause holding the subject and the state together, and declines where none has one.
 */
import type { Fact } from './candidates.js';
import { kindMembers, type Language, stemmedTokens, stemOfWord, termsOf } from './language.js';
import { normalise, tokenise } from './text.js';

/** What a question of a state asks: whether a state (its terms) is said of a subject (its terms). */
export interface StateAsked {
  subject: readonly string[];
  state: readonly string[];
}

/** An article or a possessive determiner before the subject: "is *the* Register dead". */
const determines = (language: Language, word: string) =>
  language.articleDeterminers.has(word) || language.indefiniteArticles.has(word);

/**
 * For a yes/no question "<be> <subject> <state>": the subject's terms (the one name or word after the
 * copula and any determiner) and the state's (every other term, all of the story's synonym groups);
 * null for any other question ("is AWS done with Xen" says no state of a group; "is it dead" has no subject).
 */
export function stateAsked(language: Language, words: readonly string[], terms: readonly string[]): StateAsked | null {
  if (!language.copulas.has(words[0] ?? '')) return null;
  let at = 1;
  while (at < words.length && determines(language, words[at] ?? '')) at++;
  const stems = words.map((w) => stemOfWord(language, w));
  const length = language.phrases.longestAt(stems, at)?.length ?? 1;
  const subject = termsOf(language, stems.slice(at, at + length), false).filter((t) => terms.includes(t));
  if (subject.length !== 1) return null;
  const state = terms.filter((t) => !subject.includes(t));
  if (state.length === 0 || !state.every((t) => t.startsWith('s:'))) return null;
  return { subject, state };
}

const clausesByFact = new WeakMap<Fact, readonly ReadonlySet<string>[]>();

/**
 * The terms of each clause of a fact's reply (its sentences cut at commas, colons, semicolons and spaced
 * dashes), once per fact. A clause naming nothing speaks of what is named before it: with a pronoun
 * ("While Xen had Oracle and Amazon in their court, *it* was viable"), of what its sentence names, and
 * holds the sentence's terms; without one, it goes on with the clause before ("in embedded, security
 * and automotive uses"), and holds that clause's terms too.
 */
function clausesOf(language: Language, fact: Fact): readonly ReadonlySet<string>[] {
  let clauses = clausesByFact.get(fact);
  if (!clauses) {
    const found: ReadonlySet<string>[] = [];
    const members = kindMembers(language);
    const names = (terms: ReadonlySet<string>) => [...terms].some((t) => t.startsWith('e:') || members.has(t));
    for (const sentence of fact.answer.split(/[.!?]\s/u)) {
      const parts = sentence.split(/[;:,]\s|\s[-\u2013\u2014]\s/u).map((clause) => {
        const words = tokenise(normalise(clause, language.contractions));
        return {
          terms: new Set(termsOf(language, stemmedTokens(language, words.join(' ')), false)),
          pointing: words.some((w) => language.newsPronouns.has(w)),
        };
      });
      const all = new Set(parts.flatMap((part) => [...part.terms]));
      let before: ReadonlySet<string> = new Set();
      for (const part of parts) {
        const own = names(part.terms) ? part.terms : part.pointing ? all : new Set([...before, ...part.terms]);
        found.push(own);
        before = own;
      }
    }
    clauses = found;
    clausesByFact.set(fact, clauses);
  }
  return clauses;
}

/** Whether one clause of a fact's reply holds the subject asked about and a term of the state asked. */
export function statesOf(language: Language, asked: StateAsked, fact: Fact): boolean {
  return clausesOf(language, fact).some(
    (clause) => asked.subject.every((t) => clause.has(t)) && asked.state.some((t) => clause.has(t)),
  );
}
