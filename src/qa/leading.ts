/**
 * Who leads what: "who *runs* XenServer product management at Citrix", "Cottingham *heads* what at
 * Citrix". A story states who leads a thing by a title in a profile ("director for XenServer product
 * management"), not by the verb, so a verb of leading asks for that role.
 */
import { type Language, stemOfWord, termsOf } from './language.js';
import { phraseAt } from './text.js';

/** A term naming a story thing rather than a name, an intent or a stand-in (`e:`, `i:`, `o:`, `x:`). */
const isContentTerm = (term: string) => !/^[eiox]:/.test(term);

/** A stopword that is no question word or auxiliary: an adverb ("actually", "really") between a doer and its verb. */
function skippable(language: Language, word: string): boolean {
  return language.stopwords.has(word) && !language.interrogatives.has(word) && !language.yesNoStarts.has(word);
}

/**
 * "*what area* does Warrilow cover", "*which part* does she run": the words between an opening question
 * word and the auxiliary name the kind of answer asked for, not what is led.
 */
function askedNounTerms(language: Language, words: readonly string[]): ReadonlySet<string> {
  if (!language.interrogatives.has(words[0] ?? '')) return noTerms;
  const end = words.findIndex((w, k) => k > 0 && language.yesNoStarts.has(w));
  if (end <= 1) return noTerms;
  return new Set(
    termsOf(
      language,
      words.slice(1, end).map((w) => stemOfWord(language, w)),
      false,
    ),
  );
}

const noTerms: ReadonlySet<string> = new Set();

/** Most words an organisation's name takes between "who at" and the verb: "the Linux Foundation". */
const maxOrganisationWords = 3;

/**
 * "who *at Citrix* runs XenServer product management": an affiliation said between "who" and its verb
 * says whose person is asked for, as it does after the verb ("who runs … at Citrix"). Whether the
 * words before `verb` are a person question word, a preposition of affiliation and an organisation's
 * name (with its article).
 */
function afterAffiliatedWho(language: Language, words: readonly string[], verb: number): boolean {
  for (let start = verb - 1; start >= Math.max(2, verb - maxOrganisationWords); start--) {
    const named = termsOf(
      language,
      words.slice(start, verb).map((w) => stemOfWord(language, w)),
      false,
    );
    if (!named.some((t) => t.startsWith('e:') && language.entities.get(t.slice(2))?.kind === 'organisation')) continue;
    const preposition = language.articleDeterminers.has(words[start - 1] ?? '') ? start - 2 : start - 1;
    if (!language.affiliationPrepositions.has(words[preposition] ?? '')) continue;
    return language.personQuestionWords.has(words[preposition - 1] ?? '');
  }
  return false;
}

/**
 * The term of a verb of leading (the lexicon's `leadingVerbs`) standing right after "who" or after a
 * person's name, when it is a search term of the question; null otherwise. What is led must be said
 * in words of the story's job titles (`titleTerms`): "who heads marketing at Citrix" or "who ran the
 * board call" asks for a leader the story never names, and a profile naming Citrix or the call is not
 * one. After "who" it must be said at all ("who runs the Xen Project" names no function), after a
 * person's name it need not: the profile asked about is that person's; but a yes/no question asks
 * whether they lead it, which a title does not settle. The kind asked for ("… for *which product*") is
 * the answer's, not what is led.
 */
export function leadingVerbTerm(
  language: Language,
  words: readonly string[],
  terms: readonly string[],
  titleTerms: ReadonlySet<string>,
  yesNo: boolean,
  kindTerm: string | null,
): string | null {
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? '';
    if (!language.leadingVerbs.has(word)) continue;
    const stemmed = stemOfWord(language, word);
    const [term] = termsOf(language, [stemmed], false);
    if (term === undefined || !terms.includes(term)) continue;
    const asked = askedNounTerms(language, words);
    const led = terms.filter((t) => t !== term && t !== kindTerm && !asked.has(t) && isContentTerm(t));
    if (!led.every((t) => titleTerms.has(t))) return null;
    // "what does Cottingham *actually* run": an adverb the lexicon counts a stopword stands between the doer and the verb.
    let at = i - 1;
    while (at > 0 && skippable(language, words[at] ?? '')) at--;
    const before = words[at] ?? '';
    if (language.personQuestionWords.has(before) || afterAffiliatedWho(language, words, i)) return led.length > 0 ? term : null;
    const named = termsOf(language, [stemOfWord(language, before)], false);
    if (!yesNo && named.some((t) => t.startsWith('e:') && language.entities.get(t.slice(2))?.kind === 'person')) return term;
  }
  return null;
}

/**
 * "what does Cottingham *look after*", "who *is in charge of* XenServer product management": the words
 * with each phrasal verb of having something in one's care (the lexicon's `caring`) read as one verb of
 * leading (`caring.as`), which asks for a role where the verb would.
 */
export function caredAsLeading(language: Language, words: readonly string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const match = phraseAt(language.caring.phrases, words, i);
    if (!match) {
      out?.push(words[i] ?? '');
      continue;
    }
    out ??= words.slice(0, i);
    out.push(language.caring.as);
    i += match.length - 1;
  }
  return out ?? [...words];
}

/**
 * "who runs *XenServer* at Citrix", "who looks after XenServer": the term of a verb of leading right
 * after "who" whose object is named by a word of a job title ("director for XenServer product
 * management") while its term is a name's (XenServer is Citrix's): the verb is then no search term, and
 * the name's profile, listing its people's titles, answers. Null otherwise.
 */
export function leaderOfTitledName(
  language: Language,
  words: readonly string[],
  terms: readonly string[],
  titleStems: ReadonlySet<string>,
): string | null {
  const at = words.findIndex(
    (w, k) =>
      k > 0 &&
      (language.personQuestionWords.has(words[k - 1] ?? '') || afterAffiliatedWho(language, words, k)) &&
      language.leadingVerbs.has(w),
  );
  if (at < 0) return null;
  const [term] = termsOf(language, [stemOfWord(language, words[at] ?? '')], false);
  if (term === undefined || !terms.includes(term)) return null;
  const named = words.slice(at + 1).find((w) => !language.stopwords.has(w));
  if (named === undefined || !titleStems.has(stemOfWord(language, named))) return null;
  const namedTerms = termsOf(language, [stemOfWord(language, named)], false);
  return namedTerms.length > 0 && namedTerms.every((t) => t.startsWith('e:')) ? term : null;
}
