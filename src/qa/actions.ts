/**
 * The deed a "who" question asks the doer of ("who *built* the CAPSTONE spacecraft", "who *runs* the
 * mission"): the answer must say someone did it, not merely name someone beside the thing done.
 */
import { type Language, termsOf } from './language.js';
import { stem } from './text.js';

const sayingTermsByLanguage = new WeakMap<Language, ReadonlySet<string>>();

/**
 * The terms of saying and answering (the lexicon's attribution verbs and nouns of saying): who did
 * those is told by a quote or a lead-in ("sent us the following:"), whatever verb the text uses.
 */
function sayingTerms(language: Language): ReadonlySet<string> {
  let terms = sayingTermsByLanguage.get(language);
  if (!terms) {
    terms = new Set(
      [...language.attributionVerbs, ...language.speechActs.nouns, ...language.recipientVerbs].flatMap((w) =>
        termsOf(language, [stem(w, language.stems)], false),
      ),
    );
    sayingTermsByLanguage.set(language, terms);
  }
  return terms;
}

/**
 * The term of the verb right after "who", when it is a plain search term of the question: not a
 * stopword ("who *is* …"), a name, an intent, a WordNet stand-in, or a word of saying ("who
 * *answered* for the Xen Project").
 */
export function askedDeed(language: Language, words: readonly string[], terms: readonly string[]): string | null {
  const at = words.indexOf('who');
  const verb = at < 0 ? undefined : words[at + 1];
  if (verb === undefined || language.stopwords.has(verb)) return null;
  const [term] = termsOf(language, [stem(verb, language.stems)], false);
  if (term === undefined || !terms.includes(term) || /^[eiox]:/.test(term) || sayingTerms(language).has(term)) return null;
  return term;
}
