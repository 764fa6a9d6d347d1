/**
 * The deed a "who" question asks the doer of ("who *built* the CAPSTONE spacecraft", "who *runs* the
 * mission"): the answer must say someone did it, not merely name someone beside the thing done.
 */
import { type Language, stemOfWord, termsOf } from './language.js';
import { stem } from './text.js';
import { tuning } from './tuning.js';

const sayingTermsByLanguage = new WeakMap<Language, ReadonlySet<string>>();

/**
 * The terms of saying and answering (the lexicon's attribution verbs, nouns of saying and speaking for): who did
 * those is told by a quote or a lead-in ("sent us the following:"), whatever verb the text uses.
 */
function sayingTerms(language: Language): ReadonlySet<string> {
  let terms = sayingTermsByLanguage.get(language);
  if (!terms) {
    terms = new Set([
      ...[...language.attributionVerbs, ...language.speechActs.nouns, ...language.recipientVerbs].flatMap((w) =>
        termsOf(language, [stem(w, language.stems)], false),
      ),
      // "who *spoke for* AWS": speaking for someone is saying on their behalf, which lead-ins tell.
      ...termsOf(
        language,
        language.speechActs.speakingFor.map((w) => stem(w, language.stems)),
        false,
      ),
    ]);
    sayingTermsByLanguage.set(language, terms);
  }
  return terms;
}

/**
 * The term of the verb right after "who" (or after `doer`, the noun of a "which <organisation or
 * person>" question: "which company *built* CAPSTONE"), when it is a plain search term of the question: not a
 * stopword ("who *is* …"), a name, an intent, a WordNet stand-in, or a word of saying ("who
 * *answered* for the Xen Project").
 */
export function askedDeed(language: Language, words: readonly string[], terms: readonly string[], doer = 'who'): string | null {
  const at = words.indexOf(doer);
  const verb = at < 0 ? undefined : words[at + 1];
  if (verb === undefined) return null;
  // "which outfit *acts as* mouthpiece": a role, asked as "is" asks it.
  if (language.roleConnectives.has(words[at + 2] ?? '')) return null;
  const stemmed = stemOfWord(language, verb);
  const [single] = termsOf(language, [stemmed], false);
  if (single !== undefined && sayingTerms(language).has(single)) return null;
  // "who *took over* from Cottingham": a phrasal verb is one term in the question's terms.
  const phrase = language.phrases.longestAt(
    words.slice(at + 1, at + 1 + tuning.deedPhraseReach).map((w) => stemOfWord(language, w)),
    0,
  );
  const phrasal = phrase !== null && phrase.length > 1 ? phrase.values[0] : undefined;
  if (phrasal === undefined && language.stopwords.has(verb)) return null;
  const term = phrasal ?? single;
  if (term === undefined || !terms.includes(term) || /^[eiox]:/.test(term) || sayingTerms(language).has(term)) return null;
  return term;
}

/**
 * For "who <deed> X" ("who *replaced Schlaeger*", "who took over from Cottingham"): the entity the deed
 * is done to or stands in for, the first named after the deed among the question's terms, unless a
 * plain term follows it (then it names the owner of what the deed is done to). X's own
 * words or profile, or the profile of X's organisation listing X among its people, say what X or the
 * organisation did, not who did this to X.
 */
export function deedObject(deed: string | null, terms: readonly string[]): string | null {
  if (deed === null) return null;
  const at = terms.indexOf(deed);
  if (at < 0) return null;
  const after = terms.slice(at + 1);
  const first = after.findIndex((t) => t.startsWith('e:'));
  if (first < 0) return null;
  // "who offered *the Linux Foundation template*": a name before a noun modifies it, and is no object.
  const next = after[first + 1];
  if (next !== undefined && !next.startsWith('e:')) return null;
  return after[first]?.slice(2) ?? null;
}
