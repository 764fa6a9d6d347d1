/**
 * What a definite description by a kind's noun refers to: "the hypervisor may yet have a long and
 * happy future", in a paragraph naming no hypervisor, is the one named last before it.
 */
import { type Language, termsOf } from './language.js';
import { normalise, stem, tokenise } from './text.js';

/** A paragraph as the referents are worked out from it: its words and, in order, its terms. */
export interface ReferringParagraph {
  id: number;
  /** Paragraphs of one part of the page, or of one related story, share a scope; a referent is sought within it. */
  scope: string;
  text: string;
  terms: readonly string[];
}

/** Each single-word kind noun (the topic's and the lexicon's `kinds`) and the terms of its named members. */
function kindMembers(language: Language): Map<string, ReadonlySet<string>> {
  const out = new Map<string, ReadonlySet<string>>();
  for (const [noun, members] of language.kinds) {
    if (noun.includes(' ')) continue;
    const terms = members
      .filter((m) => !m.startsWith('@'))
      .map((m) => termsOf(language, m.split(' '), true))
      .filter((t) => t.length === 1)
      .map((t) => t[0] as string);
    if (terms.length > 0) out.set(noun, new Set(terms));
  }
  return out;
}

/**
 * For each paragraph holding a determiner and a kind's noun ("the hypervisor") but naming no member
 * of that kind, the term of the member named last before it in its scope (the body and the update
 * are one scope, each related story another). Worked out once per story, at index build.
 */
export function kindReferents(language: Language, paragraphs: readonly ReferringParagraph[]): Map<number, string[]> {
  const kinds = kindMembers(language);
  const out = new Map<number, string[]>();
  let scope: string | null = null;
  const last = new Map<string, string>();
  for (const paragraph of paragraphs) {
    if (paragraph.scope !== scope) {
      scope = paragraph.scope;
      last.clear();
    }
    const words = tokenise(normalise(paragraph.text, language.contractions));
    const held = new Set(paragraph.terms);
    const found: string[] = [];
    words.forEach((word, i) => {
      if (i === 0 || !language.articleDeterminers.has(words[i - 1] ?? '')) return;
      const members = kinds.get(stem(word, language.stems));
      if (!members || [...members].some((m) => held.has(m))) return;
      const referent = last.get(stem(word, language.stems));
      if (referent !== undefined && !found.includes(referent)) found.push(referent);
    });
    if (found.length > 0) out.set(paragraph.id, found);
    for (const term of paragraph.terms) for (const [noun, members] of kinds) if (members.has(term)) last.set(noun, term);
  }
  return out;
}
