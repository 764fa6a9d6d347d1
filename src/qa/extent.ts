/**
 * How far the news goes: "are they dropping Xen *completely*", "is AWS done with Xen *for good*", "does
 * AWS *still* use Xen", "is *every* EC2 instance moving to KVM", "is this *permanent*". A yes/no question
 * about the news holding a word of extent or permanence (the lexicon's `extent.words`) asks whether the
 * change is total. The story's answer is what bounds it: who keeps on, what stays, what it does not say
 * will stop ("AWS hasn't said it will stop investing in Xen", "will keep launching platforms on both Xen
 * and its new hypervisor", "expected to stay involved"). So such a question is answered first by a fact
 * stating a bound (`@bounds`: a word of continuing or limit, `extent.limits`, or a negation before a
 * verb of ending or leaving), then by what the question's words find as ever, which gives the other
 * side ("all new instance types will use KVM"), and the story's own qualification.
 *
 * The word of extent is not searched (most are stop words already; "for good", "forever",
 * "permanent" are not, and no fact holds them). A question of extent about nothing the news names
 * ("will the moon still be there", "is Tesla done with Bluetooth for good") is left as it was.
 */
import { type Language, stemOfWord, termsOf } from './language.js';
import { normalise, phraseAt, tokenise } from './text.js';

/** The feature of a fact stating a bound on a change: something continues, stays, or is not said to stop. */
export const boundsFeature = '@bounds';

/** A question's words without its phrases of extent, whether it held one, and the words of those it held as typed. */
export interface ExtentAsked {
  words: string[];
  found: boolean;
  /** The words of the phrases of extent in the question as typed ("100", "percent"): no names it asks about. */
  phrased: ReadonlySet<string>;
}

/**
 * The question's words without the lexicon's phrases of extent ("for good", "all"), and whether it held
 * one, in them or in its tokens as typed: an adverb the story never uses ("completely") is gone from the
 * words already.
 */
export function withoutExtent(language: Language, words: readonly string[], typed: readonly string[]): ExtentAsked {
  const out: string[] = [];
  const phrased = new Set<string>();
  typed.forEach((_, at) => {
    for (const word of phraseAt(language.extent.words, typed, at) ?? []) phrased.add(word);
  });
  let found = phrased.size > 0;
  for (let i = 0; i < words.length; ) {
    const phrase = phraseAt(language.extent.words, words, i);
    // "is Xen *dead*": a word of finality the story's own groups hold names the state asked, and is searched.
    if (phrase && storyTerm(language, phrase)) found = true;
    else if (phrase) {
      found = true;
      i += phrase.length;
      continue;
    }
    out.push(words[i] ?? '');
    i++;
  }
  return { words: out, found, phrased };
}

/**
 * Whether a text states a bound on a change: a phrase of continuing or limit ("keep launching", "remain
 * involved", "both Xen and …", "at least"), or a negation at most `extent.reach` words before a verb of
 * ending or leaving in the same sentence ("haven't said … stop investing", "nor replace Xen").
 */
export function statesBound(language: Language, text: string): boolean {
  const { limits, ending, reach } = language.extent;
  for (const sentence of text.split(/[.!?;:]\s/u)) {
    const words = tokenise(normalise(sentence, language.contractions));
    let negatedAt = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? '';
      if (phraseAt(limits, words, i)) return true;
      if (language.negations.has(word)) negatedAt = i;
      else if ((phraseAt(ending, words, i) || language.continuing.leaving.has(word)) && i - negatedAt <= reach) return true;
    }
  }
  return false;
}

/**
 * Whether a question's words speak of the news: they hold one of its terms ("dropping *Xen*") or a
 * pronoun that may stand for it ("is *this* permanent"). A phrase of extent elsewhere ("is Tesla done
 * with Bluetooth *for good*") is left to be searched as it was.
 */
export function speaksOfNews(language: Language, words: readonly string[]): boolean {
  if (words.some((w) => language.newsPronouns.has(w))) return true;
  const terms = termsOf(
    language,
    words.map((w) => stemOfWord(language, w)),
    false,
  );
  return terms.some((t) => language.newsTerms.includes(t));
}

/** Whether a phrase is, as a whole, one of the story's synonym groups ("dead" is the doom group's). */
function storyTerm(language: Language, phrase: readonly string[]): boolean {
  const stems = phrase.map((w) => stemOfWord(language, w));
  const match = language.phrases.longestAt(stems, 0);
  return match !== null && match.length === stems.length && match.values.some((v) => v.startsWith('s:'));
}
