/**
 * Keeping on with something: "is Oracle still *sticking with* Xen", "will AWS *keep using* Xen". The story
 * says who turns from what ("Oracle is already going to KVM", "replace Xen"), seldom who stays, so a
 * yes/no question whether someone keeps on with a thing is answered by a fact that they keep on with it,
 * that they turn from it (the lexicon's `continuing.opposites`), or that they turn to another of its kind
 * (KVM for Xen, from the topic's `kinds`): each says yes or no.
 */
import type { QaIndex } from './build.js';
import { type Language, type Relation, stemOfWord, termsOf } from './language.js';
import { standsAt } from './text.js';

interface Continuing {
  /** The phrases, stemmed, longest first. */
  phrases: readonly (readonly string[])[];
  /** The terms of the words of turning from something. */
  opposites: readonly string[];
  /** For each term of a kind's member ("xen"), the terms of the kind's other members ("kvm"). */
  rivals: ReadonlyMap<string, readonly string[]>;
}

const continuingByLanguage = new WeakMap<Language, Continuing>();

function continuingOf(language: Language): Continuing {
  let found = continuingByLanguage.get(language);
  if (found) return found;
  const phrases = language.continuing.phrases.map((p) => p.map((w) => stemOfWord(language, w)));
  const opposites = language.continuing.opposites.flatMap((w) => termsOf(language, [stemOfWord(language, w)], false));
  const rivals = new Map<string, string[]>();
  for (const members of language.kinds.values()) {
    const named = members.filter((m) => !m.startsWith('@')).map((m) => termsOf(language, m.split(' '), false));
    named.forEach((terms, i) => {
      const others = named.filter((_, k) => k !== i).flat();
      for (const term of terms) rivals.set(term, [...new Set([...(rivals.get(term) ?? []), ...others])]);
    });
  }
  found = { phrases, opposites: [...new Set(opposites)], rivals };
  continuingByLanguage.set(language, found);
  return found;
}

/**
 * The stems with each phrase of keeping on read as one `x:` term standing for its own terms, the words of
 * turning from it and, where what is kept on with is a member of a kind, that kind's other members; with
 * those expansions. Only for a yes/no question ("what is Oracle sticking with" asks for the thing), and
 * only where what is kept on with is one of the story's names or a kind's member.
 */
export function withContinuing(
  index: QaIndex,
  stems: readonly string[],
  yesNo: boolean,
): { stems: readonly string[]; expansions: ReadonlyMap<string, { terms: string[]; relation: Relation }> } {
  const none = { stems, expansions: new Map() };
  if (!yesNo) return none;
  const { language } = index;
  const continuing = continuingOf(language);
  const expansions = new Map<string, { terms: string[]; relation: Relation }>();
  let out: string[] | null = null;
  for (let i = 0; i < stems.length; i++) {
    const phrase = continuing.phrases.find((p) => standsAt(stems, i, p));
    if (!phrase) {
      out?.push(stems[i] ?? '');
      continue;
    }
    const object = stems.slice(i + phrase.length).find((s) => !language.stopwords.has(s));
    const objectTerms = object === undefined ? [] : termsOf(language, [object], false);
    // "sticking to *one hypervisor*", "sticking with *cloud*": only a named thing is turned from by name.
    if (!objectTerms.some((t) => t.startsWith('e:') || continuing.rivals.has(t))) {
      out?.push(stems[i] ?? '');
      continue;
    }
    out ??= stems.slice(0, i);
    const key = `x:${phrase.join(' ')}`;
    const terms = [
      ...termsOf(language, phrase, false),
      ...continuing.opposites,
      ...objectTerms.flatMap((t) => continuing.rivals.get(t) ?? []),
    ].filter((t) => index.documentFrequency.has(t));
    out.push(key);
    expansions.set(key, { terms: [...new Set(terms)], relation: 'antonym' });
    i += phrase.length - 1;
  }
  return out ? { stems: out, expansions } : none;
}
