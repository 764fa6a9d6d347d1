/**
 * "name all the companies mentioned", "which hypervisors does the article mention", "list every
 * product named in the story": the whole of one kind the story names, asked for as a list. No one fact
 * holds the list (each names one or two members), so it is read off the story's own data: its
 * organisations, or the members the lexicons give a kind ("hypervisor": KVM, Xen) as the text names them.
 */
import type { AnswerSource } from './answer.js';
import { outletIds } from './articles.js';
import type { QaIndex } from './build.js';
import { type Language, spelledWords, stemmedTokens, stemOfWord } from './language.js';
import { escapeRegExp, regularPlural } from './text.js';

/** A kind asked for whole: its noun as asked, and its members (stemmed words), every organisation, or every news outlet. */
interface EnumeratedKind {
  noun: string;
  members: readonly string[] | 'organisations' | 'outlets';
}

/** Where the text names something first: its words as written there, and the paragraph. */
interface Naming {
  shown: string;
  paragraph: number;
  inBody: boolean;
}

const longestKindNoun = 3;

const mentionPatterns = new WeakMap<Language, RegExp>();

/** Any of the lexicon's words of mentioning as a whole word, in any case. */
function mentionPattern(language: Language): RegExp {
  let pattern = mentionPatterns.get(language);
  if (!pattern) {
    pattern = new RegExp(`\\b(?:${[...language.enumerations.mentionWords].map(escapeRegExp).join('|')})\\b`, 'i');
    mentionPatterns.set(language, pattern);
  }
  return pattern;
}

/**
 * The kind a question asks the story to list whole, or null. The question must say that what is named
 * in the story is asked ("mentioned", "named", "cited"), name a kind ("companies", "hypervisors"), and
 * ask nothing else: beside them only stop words, words of listing ("list", "name", "all"), and the
 * article's nouns with a word before them ("the *xen* article"). The kind is asked in the plural or
 * with a word of listing.
 */
export function enumeratedKind(language: Language, text: string): EnumeratedKind | null {
  const { mentionWords, listingWords, organisationNouns } = language.enumerations;
  // Most questions hold no word of mentioning: they skip the tokenising.
  if (!mentionPattern(language).test(text)) return null;
  const words = spelledWords(language, text);
  if (!words.some((w) => mentionWords.has(w))) return null;
  const stems = words.map((w) => stemOfWord(language, w));
  let found: { at: number; length: number; kind: EnumeratedKind } | null = null;
  for (let at = 0; at < stems.length && found === null; at++)
    for (let length = Math.min(longestKindNoun, stems.length - at); length > 0; length--) {
      const key = stems.slice(at, at + length).join(' ');
      // "every *hypervisor*" lists hypervisors.
      const noun = regularPlural(words.slice(at, at + length).join(' '));
      const members = language.kinds.get(key);
      if (organisationNouns.has(key))
        found = { at, length, kind: { noun: language.enumerations.organisationsNoun, members: 'organisations' } };
      // "every *news outlet* mentioned": a kind of organisation named by a noun for a publication.
      else if (members?.includes('@org') && words.slice(at, at + length).some((w) => language.outletNouns.has(w)))
        found = { at, length, kind: { noun, members: 'outlets' } };
      else if (members && members.length > 1 && members.every((m) => !m.startsWith('@')))
        found = { at, length, kind: { noun, members } };
      if (found !== null) break;
    }
  if (found === null) return null;
  const { at, length } = found;
  const asksNothingElse = words.every(
    (w, i) =>
      (i >= at && i < at + length) ||
      language.stopwords.has(w) ||
      mentionWords.has(w) ||
      listingWords.has(w) ||
      language.articleNouns.has(w) ||
      language.articleNouns.has(words[i + 1] ?? ''),
  );
  // "in which *publication* did this article appear" asks for one; a list is asked in the plural or by a word of listing.
  const asksList = /s$/.test(words[at + length - 1] ?? '') || words.some((w) => listingWords.has(w));
  return asksNothingElse && asksList ? found.kind : null;
}

/** A paragraph's words as written and stemmed, side by side. */
interface TokenisedParagraph {
  words: string[];
  stemmed: string[];
}

/** Where the story's paragraphs first name a run of stemmed words, body and update before the teasers. */
function firstNaming(index: QaIndex, stems: readonly string[], tokens: ReadonlyMap<number, TokenisedParagraph>): Naming | null {
  let teaser: Naming | null = null;
  for (const paragraph of index.story.paragraphs) {
    const tokenised = tokens.get(paragraph.id);
    if (!tokenised) continue;
    const { words, stemmed } = tokenised;
    for (let at = 0; at + stems.length <= stemmed.length; at++)
      if (stems.every((s, i) => stemmed[at + i] === s)) {
        const naming = { shown: words.slice(at, at + stems.length).join(' '), paragraph: paragraph.id };
        if (paragraph.part !== 'related') return { ...naming, inBody: true };
        teaser ??= { ...naming, inBody: false };
        break;
      }
  }
  return teaser;
}

const tokenisedByIndex = new WeakMap<QaIndex, ReadonlyMap<number, TokenisedParagraph>>();

/** Each paragraph's words as written (case kept, punctuation dropped) and stemmed, once per index. */
function tokenisedParagraphs(index: QaIndex): ReadonlyMap<number, TokenisedParagraph> {
  let found = tokenisedByIndex.get(index);
  if (!found) {
    const { language } = index;
    found = new Map(
      index.story.paragraphs.map((p) => {
        // Case kept (the list shows "KVM", "XenServer" as written), which the question tokeniser folds.
        const words = p.text.match(/[\p{L}\p{N}]+(?:[._'’-][\p{L}\p{N}]+)*/gu) ?? [];
        return [p.id, { words, stemmed: words.map((w) => stemmedTokens(language, w).join(' ')) }];
      }),
    );
    tokenisedByIndex.set(index, found);
  }
  return found;
}

/** One kind's members as the story names them: in its own body, and only in its related-story teasers. */
export interface NamedMembers {
  noun: string;
  inBody: readonly string[];
  inTeasers: readonly string[];
  sources: AnswerSource[];
}

/** What the story names of a kind, or null when it names fewer than two (no list to give). */
export function namedMembers(index: QaIndex, kind: EnumeratedKind): NamedMembers | null {
  const { language, story } = index;
  const tokens = tokenisedParagraphs(index);
  const { members } = kind;
  const named =
    members === 'organisations' || members === 'outlets'
      ? story.organisations
          .filter((org) => members === 'organisations' || outletIds(index).has(org.id))
          .map((org) => {
            const namings = [org.name, ...org.aliases]
              .map((name) => firstNaming(index, stemmedTokens(language, name), tokens))
              .filter((n) => n !== null);
            const first = namings.find((n) => n.inBody) ?? namings[0];
            return first ? { ...first, shown: org.name } : null;
          })
      : members.map((member) => firstNaming(index, member.split(' '), tokens));
  const found = named.filter((n) => n !== null);
  if (found.length < 2) return null;
  const paragraphs = [...new Set(found.map((n) => n.paragraph))].sort((a, b) => a - b);
  return {
    noun: kind.noun,
    inBody: found.filter((n) => n.inBody).map((n) => n.shown),
    inTeasers: found.filter((n) => !n.inBody).map((n) => n.shown),
    sources: paragraphs.map((paragraph) => ({ paragraph, speaker: null })),
  };
}

const listed = new Intl.ListFormat('en', { type: 'conjunction' });

/** The list as the lexicon's sentences say it: what the story's body names, then what only its teasers do. */
export function renderNamedMembers(language: Language, named: NamedMembers): string {
  const { inBody, inTeasers, onlyInTeasers } = language.enumerations;
  const fill = (template: string, members: readonly string[]) =>
    template.replace('{count}', String(members.length)).replace('{noun}', named.noun).replace('{list}', listed.format(members));
  if (named.inBody.length === 0) return fill(onlyInTeasers, named.inTeasers);
  return [fill(inBody, named.inBody), ...(named.inTeasers.length > 0 ? [fill(inTeasers, named.inTeasers)] : [])].join(' ');
}
