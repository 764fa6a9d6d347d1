import { speakerOf } from '../render/attribution.js';
import type { Story } from '../story/load.js';
import type { RelatedStory } from '../story/schema.js';
import { abbreviationsIntroduced, abbreviationsSpelledOut } from './abbreviations.js';
import { kindReferents } from './anaphora.js';
import type { AnswerSource } from './answer.js';
import { compares } from './comparisons.js';
import { boundsFeature, statesBound } from './extent.js';
import { unknownClauses } from './ignorance.js';
import { entityTerm, intentTerm, type Language, stemmedTokens, termsOf } from './language.js';
import { modifiedFeature, modifiedNouns } from './opposites.js';
import { positionedParts, positionTerm } from './position.js';
import { purposeFeature, statesPurpose } from './purpose.js';
import { escapeRegExp, normalise, standsAt, straightQuotes, tokenise } from './text.js';
import { tuning } from './tuning.js';
import { turnTerm, valenceOf } from './turns.js';
import { dateValueKinds, type ValueKind } from './values.js';

export type FactKind =
  | 'quote'
  | 'person'
  | 'organisation'
  | 'claim'
  | 'event'
  | 'sentence'
  | 'template'
  | 'related-fact'
  | 'related-list'
  | 'teaser'
  | 'headline'
  | 'standfirst'
  | 'update'
  | 'publication'
  | 'published'
  | 'address'
  | 'footer'
  | 'byline'
  | 'gist'
  | 'quoted';

/** A sentence of the story that can back a summarised fact with the article's own words. */
export interface Support {
  text: string;
  paragraph: number;
  /** Who said it, when the support is a quote. */
  speaker: string | null;
  terms: ReadonlySet<string>;
  /** For a lead-in ("sent us the following:"): the paragraphs it announces, which belong to its answer. */
  introduces?: { text: string; paragraphs: number[] };
}

/** A support sentence as the reply shows it: a lead-in together with what it introduces. */
export function supportText(support: Support): string {
  return support.introduces ? `${support.text} ${support.introduces.text}` : support.text;
}

/** A sentence or paragraph of the article another one leans on: its text, where it stands, and its terms. */
export interface Passage {
  text: string;
  paragraph: number;
  terms: ReadonlySet<string>;
}

/** One thing the engine can answer with: a quote, a profile, a claim, a dated event, a sentence... */
export interface Fact {
  id: number;
  kind: FactKind;
  /** What the reply says. Quotes inside are verbatim. */
  answer: string;
  sources: AnswerSource[];
  terms: ReadonlySet<string>;
  /** Entities the fact is about, including its context (the speaker, the paragraph, the related story). */
  entities: ReadonlySet<string>;
  /** Entities its own words name: what a "who" answer must offer. */
  named: ReadonlySet<string>;
  /** For a quote: who said it (person id, else organisation id). For a profile: whom it describes. */
  about: string | null;
  isDefault: boolean;
  /** People and organisations a claim is by, or an event's actors. */
  by: readonly string[];
  /** A fact saying the story lacks something ("no byline"): it declines, with itself as the partial answer. */
  absence?: boolean;
  /** A claim the story data marks as one of its key points. */
  keyPoint?: boolean;
  /** For a lead-in ("sent us the following:"): the paragraphs it introduces, whose statements it carries. */
  introduces?: readonly number[];
  /** For a quote: the people and organisations it was said to ("to TechTarget"). */
  saidTo?: ReadonlySet<string>;
  /**
   * Intents the fact answers in part (earning `tuning.partlyShare` of their weight): the part of the
   * page it sits in ("in the Tesla *teaser*", "at the end of the *update*"), or, for the publication,
   * the date it also gives.
   */
  partly: ReadonlySet<string>;
  /** The entity its own words name first ("*AWS* documents revealed …"): whom it is about, before any other. */
  opensWith: string | null;
  /** Whether it gives a date, an amount, and which kinds of value its answer states. */
  valueKinds: ValueKinds;
  /** @org, @person, @mention, @link, @hashtag: what kind of thing the answer contains. */
  features: ReadonlySet<string>;
  /** Sentences of the cited paragraphs, for summaries that quote the article. */
  support: readonly Support[];
  /**
   * The story's own qualification of the fact: the sentence right after it that opens with a
   * contrast ("But …", "AWS did, however, …"), with the sentences before it in its paragraph.
   */
  qualifiedBy?: Qualification;
  /**
   * For a sentence opening with a contrast ("However, delays … pushed the move"): the terms of what
   * it turns from (the plan or state before it), which a "why" question restates as its premise.
   */
  overturns?: ReadonlySet<string>;
  /**
   * For a sentence opening with a pronoun ("It will initially focus …", "These two languages …"):
   * the sentence before it, which the pronoun stands for, and the terms of it the sentence lacks.
   */
  refersBack?: Passage;
  /**
   * For a sentence pointing back by a noun phrase ("the unequivocal statements *recorded above*"):
   * that phrase's terms, and the paragraph before the sentence, where what it points at stands.
   */
  pointsBack?: Passage;
}

/** Sentences of the article that qualify what comes before them. */
export interface Qualification {
  text: string;
  /** The sentence that opens with the contrast (the last of `text`). */
  turn: string;
  paragraph: number;
}

/**
 * A fact's feature naming a term of what its text says is not known, after the question word it
 * is asked by: `@unknown:what:board` for "we don't know *what he told the Board*".
 */
export const unknownFeature = '@unknown:';

/** A fact's feature saying something went without a reply: "That email went *unanswered* for 12 days". */
export const unansweredFeature = '@unanswered';

/** A quote's feature naming someone its own words name ("AWS haven't said …" names AWS, not the speaker's Citrix). */
export const quoteNamesFeature = '@quote-names:';
/** A term of the document a quote was said in ("in AWS's earlier posts"), not to whom: `@venue:<term>`. */
export const venueFeature = '@venue:';

/** A fact's feature naming a verb its text uses in the passive without an agent ("KVM was *created*"). */
export const agentlessFeature = '@agentless:';
/** A fact naming a version of a thing ("a custom cut of KVM"): `@variant:<term of the thing>`. */
export const variantFeature = '@variant:';
/** A fact comparing two things ("better performance than Xen"). */
export const comparesFeature = '@compares';
/** A fact going beyond something ("not just X but Y"). */
export const beyondFeature = '@beyond';
/** A fact setting something aside ("rather than cloud servers"): it speaks of what lies beyond that. */
export const setsAsideFeature = '@sets-aside';

/** A fact's feature saying it states how many there are of a part of the page ("3 other stories"): `@count-of:i:related`. */
export const countOfFeature = (intent: string) => `@count-of:${intent}`;

/** How many words after a passive verb its agent may come ("built on both Xen *by* …" is too far). */
const passiveAgentWindow = 4;

/** How many words may stand between a speaker's name and their verb ("AWS did, however, say"). */
const reportWindow = 3;
/** Opening and closing quotation marks: a verb of saying inside a quotation is not reported of a name outside it. */
const quotationMarks = /[“”"]/;

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The kinds of value a fact states, read when a question first asks for one ("when", "how many",
 * "what year"), not at start-up: most questions never do.
 */
export class ValueKinds {
  private valuesFound: ReadonlySet<ValueKind> | undefined;
  private dateFound: boolean | undefined;
  private quantityFound: boolean | undefined;

  constructor(
    private readonly readValues: () => ReadonlySet<ValueKind>,
    private readonly readDate: () => boolean,
    private readonly readQuantity: () => boolean,
  ) {}

  /** The kinds of value the answer states: a year, a price, an exact date... */
  get values(): ReadonlySet<ValueKind> {
    this.valuesFound ??= this.readValues();
    return this.valuesFound;
  }

  /** Whether it gives a date or a time span (what "when" needs). */
  get hasDate(): boolean {
    this.dateFound ??= this.readDate();
    return this.dateFound;
  }

  /** Whether it states an amount (what "how many" needs). */
  get hasQuantity(): boolean {
    this.quantityFound ??= this.readQuantity();
    return this.quantityFound;
  }
}

/** "2017-11-22" as "November 22, 2017", with the language's month names. */
export function formatDate(iso: string, months: readonly string[]): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${capitalised(months[(month ?? 1) - 1] ?? '')} ${day}, ${year}`;
}

/**
 * A date the text gives without a year ("November 24", "November") with the year of publication:
 * the article's dates are of its own year (its data says where that comes from).
 */
export function withYear(when: string, publishedIso: string, months: readonly string[]): string {
  const year = publishedIso.slice(0, 4);
  const month = months.find((m) => new RegExp(`^${m}\\b`, 'i').test(when.trim()));
  if (!month || /\b\d{4}\b/.test(when)) return when;
  const day = when
    .trim()
    .slice(month.length)
    .match(/^\s*(\d{1,2})(?:st|nd|rd|th)?\s*$/);
  if (day) return `${capitalised(month)} ${day[1]}, ${year}`;
  if (when.trim().length === month.length) return `${capitalised(month)} ${year}`;
  return when;
}

/** Splits a paragraph into sentences without touching their text. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?][”"’]?)\s+(?=[“"‘(]?[\p{Lu}\d])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** Whether a teaser's headline, standfirst or paragraphs name the story's topic ("Xen"): the list says so when none does. */
function teaserNamesTopic(story: Story, related: RelatedStory): boolean {
  const words = (text: string): string => ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;
  const topic = words(story.meta.topic);
  const texts = [
    related.title,
    related.standfirst,
    ...story.paragraphs.filter((p) => related.paragraphs.includes(p.id)).map((p) => p.text),
  ];
  return texts.some((text) => words(text).includes(topic));
}

/** Every fact the engine can answer with, built once per story. */
export function buildFacts(story: Story, language: Language): Fact[] {
  const facts: Fact[] = [];
  // Texts recur (quotes back several claims), so each is analysed once.
  const analysed = new Map<string, string[]>();
  // The parts of the story a text names ("offers the following as a *template*"): it partly answers
  // them ("the recent AWS *headlines*" partly answers a question using the word). Only parts of the
  // page: "Xen's *role*" is not a job title.
  const mentions = new Map<string, string[]>();
  const pageParts = new Set(['template', 'update', 'related', 'headline', 'standfirst', 'footer'].map(intentTerm));
  const analyseOne = (text: string) => {
    let terms = analysed.get(text);
    if (!terms) {
      const mentioned: string[] = [];
      terms = termsOf(language, stemmedTokens(language, text, language.stemCache), true, mentioned);
      analysed.set(text, terms);
      const parts = mentioned.filter((intent) => pageParts.has(intent));
      if (parts.length > 0) mentions.set(text, parts);
    }
    return terms;
  };
  const analyse = (texts: readonly string[]) => texts.flatMap(analyseOne);
  const entitiesIn = (terms: Iterable<string>) => {
    const out = new Set<string>();
    for (const term of terms) if (term.startsWith('e:')) out.add(term.slice(2));
    return out;
  };
  /** Whether a text holds one of the phrases as whole words, whatever its case and punctuation. */
  const holdsPhrase = (phrases: readonly string[]) => {
    const padded = phrases.map((m) => ` ${m.toLowerCase()} `);
    return (text: string) => {
      const words = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
      return padded.some((phrase) => words.includes(phrase));
    };
  };
  const describesProcess = holdsPhrase(language.words.processMarkers);
  const statesPlan = holdsPhrase(language.words.planMarkers);
  const goesBeyond = holdsPhrase(language.words.additiveMarkers);
  // "rather than cloud servers": a fact setting something aside speaks of the rest.
  // "the world's biggest cloud *and beyond*": a text going past a topic does not set it aside.
  const setsAside = holdsPhrase(
    language.exclusions.filter((m) => !m.startsWith(',') && !language.settingAsideExclusions.has(m)).map((m) => m.trim()),
  );
  const meansPhrase = holdsPhrase(language.words.meansMarkers.phrases);
  const gerundPrepositions = new Set(language.words.meansMarkers.gerundPrepositions);
  // "based on measuring …", "by (simply) cutting …": the means something is done by.
  const givesMeans = (text: string) => {
    if (meansPhrase(text)) return true;
    const words = text.toLowerCase().split(/[^\p{L}]+/u);
    return words.some(
      (w, i) =>
        gerundPrepositions.has(w) &&
        [words[i + 1], words[i + 2]].some((next) => next !== undefined && /^[a-z]{2,}ing$/.test(next)),
    );
  };
  // "a defense mechanism – based on measuring transmission latency": a phrase of means before a
  // gerund says how something works, as a process does.
  const workingsPatterns = language.words.meansMarkers.phrases.map(
    (phrase) => new RegExp(`\\b${phrase.split(/\s+/).map(escapeRegExp).join('\\s+')}\\s+(?:\\w+\\s+)?[a-z]{2,}ing\\b`, 'i'),
  );
  const givesWorkings = (text: string) => workingsPatterns.some((pattern) => pattern.test(text));
  // "AWS did, however, say that …": a sentence reporting what someone said.
  // "AWS did, however, say that …", "AWS haven't said …": whom a text reports as saying something,
  // an entity named at most a few words before a verb of saying ("the Xen Project will tell the
  // world" reports the Xen Project, not the AWS named before it).
  // A quotation is its own span: "Warrilow, to The Register: “I think …”" reports Warrilow's word, and
  // the Register named before the quotation mark is not the one thinking.
  const reportedSpeakers = (text: string): string[] => {
    if (!language.attributionPattern.test(text)) return [];
    const out: string[] = [];
    for (const span of text.split(quotationMarks)) {
      const tokens = stemmedTokens(language, span, language.stemCache);
      const named: { id: string; end: number }[] = [];
      for (let i = 0; i < tokens.length; ) {
        const match = language.phrases.longestAt(tokens, i);
        const entity = match?.values.find((v) => v.startsWith('e:'));
        if (match && entity) named.push({ id: entity.slice(2), end: i + match.length });
        if (language.attributionVerbs.has(tokens[i] ?? ''))
          for (const { id, end } of named) if (i - end <= reportWindow && !out.includes(id)) out.push(id);
        i += match?.length ?? 1;
      }
    }
    return out;
  };
  const firstPerson = new Set([...language.firstPerson, ...language.words.firstPersonSingular]);
  const speaksInFirstPerson = (text: string) => tokenise(normalise(text, language.contractions)).some((w) => firstPerson.has(w));
  // "its cut of KVM was created to run on …" says what was done, not who did it.
  const auxiliaries = new Set(language.words.passiveAuxiliaries);
  const agentPrepositions = new Set(language.words.agentPrepositions);
  const agentlessPassives = (text: string): string[] => {
    const words = tokenise(normalise(text, language.contractions));
    const out: string[] = [];
    words.forEach((word, i) => {
      const previous = words[i - 1] ?? '';
      // One adverb or "not" may stand between: "was originally created", "was not built".
      const auxiliary =
        auxiliaries.has(previous) || ((previous === 'not' || previous.endsWith('ly')) && auxiliaries.has(words[i - 2] ?? ''));
      if (!auxiliary || !/(?:ed|en|t|wn)$/.test(word)) return;
      if (words.slice(i + 1, i + 1 + passiveAgentWindow).some((w) => agentPrepositions.has(w))) return;
      out.push(...stemmedTokens(language, word, language.stemCache));
    });
    return out;
  };
  // "a custom cut of KVM", "their own KVM derivative": a noun for a version beside a name gives a
  // version of that thing (`@variant:kvm`), what "what version of KVM" asks for.
  const variantsNamed = (text: string): string[] => {
    const tokens = stemmedTokens(language, text, language.stemCache);
    const out: string[] = [];
    const termsAt = (at: number) => {
      const token = tokens[at] ?? '';
      if (token === '' || language.stopwords.has(token) || language.variantNouns.has(token)) return [];
      return termsOf(language, [token], false);
    };
    tokens.forEach((token, i) => {
      if (!language.variantNouns.has(token)) return;
      out.push(...termsAt(i - 1));
      if (language.variantPrepositions.has(tokens[i + 1] ?? '')) out.push(...termsAt(i + 2));
    });
    return out;
  };
  const unansweredPhrases = language.words.unanswered.map((phrase) => phrase.split(' '));
  const featuresOf = (entities: ReadonlySet<string>, text: string) => {
    const out = new Set<string>();
    for (const id of entities) {
      const info = language.entities.get(id);
      if (info?.kind === 'organisation') out.add('@org');
      if (info?.kind === 'person') out.add('@person');
    }
    if (/@\w/.test(text)) out.add('@mention');
    if (/https?:\/\//.test(text)) out.add('@link');
    if (/#\w/.test(text)) out.add('@hashtag');
    for (const short of abbreviationsSpelledOut(text, language.words.abbreviationJoiners)) out.add(`@spells-out:${short}`);
    for (const short of abbreviationsIntroduced(text, language.words.abbreviationJoiners)) out.add(`@introduces:${short}`);
    if (describesProcess(text)) out.add('@process');
    if (statesPlan(text)) out.add('@plan');
    if (givesMeans(text)) out.add('@means');
    if (givesWorkings(text)) out.add('@workings');
    if (goesBeyond(text)) out.add(beyondFeature);
    if (setsAside(text)) out.add(setsAsideFeature);
    // "AWS hasn't said it will stop investing in Xen", "will keep launching platforms on both …": a bound on a change.
    if (statesBound(language, text)) out.add(boundsFeature);
    const words = tokenise(normalise(text, language.contractions));
    if (compares(language.words.comparison, words)) out.add(comparesFeature);
    if (unansweredPhrases.some((phrase) => words.some((_, at) => standsAt(words, at, phrase)))) out.add(unansweredFeature);
    if (statesPurpose(language.words.purpose, words)) out.add(purposeFeature);
    for (const noun of language.documentNouns) if (words.some((_, at) => standsAt(words, at, noun.words))) out.add(noun.member);
    for (const key of modifiedNouns(language.words.opposedModifiers, language.stems, language.stopwords, words))
      out.add(`${modifiedFeature}${key}`);
    for (const id of reportedSpeakers(text)) out.add(`@reported:${id}`);
    for (const term of variantsNamed(text)) out.add(`${variantFeature}${term}`);
    for (const verb of agentlessPassives(text)) out.add(`${agentlessFeature}${verb}`);
    // "so we don't know what he told the Board": the terms of what the text says is not known.
    for (const clause of unknownClauses(text, language.words.ignorance, language.interrogatives))
      for (const term of analyseOne(clause.text)) out.add(`${unknownFeature}${clause.asks}:${term}`);
    return out;
  };

  const contrasts = language.words.contrasts.map((c) => c.toLowerCase());
  const isContrast = (text: string) => {
    const lower = text.toLowerCase();
    return contrasts.some((c) => lower.startsWith(`${c} `) || lower.startsWith(`${c},`) || lower.includes(`, ${c},`));
  };
  // A contrast sentence turning toward the hopeful or the unwelcome answers "any silver lining?", "the downside?".
  const turnTags = (text: string): string[] => {
    const valence = isContrast(text) ? valenceOf(tokenise(normalise(text, language.contractions))) : undefined;
    return valence ? [turnTerm(valence)] : [];
  };
  const paragraphSentences = new Map<number, Support[]>();
  const paragraphEntities = new Map<number, Set<string>>();
  for (const paragraph of story.paragraphs) {
    const sentences: Support[] = sentencesOf(paragraph.text).map((text) => ({
      text,
      paragraph: paragraph.id,
      speaker: null,
      terms: new Set(analyse([text])),
    }));
    paragraphSentences.set(paragraph.id, sentences);
    paragraphEntities.set(paragraph.id, entitiesIn(sentences.flatMap((s) => [...s.terms])));
  }
  // "the hypervisor may yet have a long and happy future": the hypervisor named last before it (Xen).
  const referents = kindReferents(
    language,
    story.paragraphs.map((paragraph) => ({
      id: paragraph.id,
      scope: paragraph.part === 'related' ? `related:${paragraph.related ?? ''}` : 'article',
      text: paragraph.text,
      terms: (paragraphSentences.get(paragraph.id) ?? []).flatMap((s) => [...s.terms]),
    })),
  );
  const referentsIn = (paragraphs: readonly number[]) =>
    paragraphs.flatMap((p) => referents.get(p) ?? []).filter((t) => t.startsWith('e:'));
  // A sentence announcing content ("sent us the following:", "revealed how …" closing its
  // paragraph) holds no answer itself: it carries the paragraphs it introduces, up to two, in its
  // answer, while questions still find it by its own words.
  const leadIns = language.words.leadIns.map((w) => w.toLowerCase());
  const isLeadIn = (text: string, last: boolean) =>
    /:["”’]?$/.test(text.trim()) || (last && leadIns.some((cue) => text.toLowerCase().includes(cue)));
  story.paragraphs.forEach((paragraph, at) => {
    const sentences = paragraphSentences.get(paragraph.id) ?? [];
    sentences.forEach((sentence, i) => {
      if (!isLeadIn(sentence.text, i === sentences.length - 1)) return;
      if (i < sentences.length - 1) {
        const next = sentences.slice(i + 1).map((s) => s.text);
        sentence.introduces = { text: next.join(' '), paragraphs: [] };
      } else {
        const introduced: (typeof story.paragraphs)[number][] = [];
        for (let j = at + 1; j < story.paragraphs.length && introduced.length < 2; j++) {
          const next = story.paragraphs[j];
          if (!next || next.part !== paragraph.part) break;
          introduced.push(next);
          const nextSentences = sentencesOf(next.text);
          if (!isLeadIn(nextSentences[nextSentences.length - 1] ?? '', true)) break;
        }
        if (introduced.length === 0) return;
        sentence.introduces = { text: introduced.map((p) => p.text).join(' '), paragraphs: introduced.map((p) => p.id) };
      }
    });
  });
  // A sentence opening with a contrast ("But …", "Yet …", "AWS did, however, …") qualifies what
  // comes right before it: the sentence before it, or, within a paragraph's first two sentences,
  // the paragraph before it. A yes/no answer carries the story's qualification.
  const qualificationAfter = new Map<number, Qualification>();
  story.paragraphs.forEach((paragraph, at) => {
    const next = story.paragraphs[at + 1];
    if (!next || next.part !== paragraph.part) return;
    const opening = (paragraphSentences.get(next.id) ?? []).slice(0, 2);
    const turn = opening.findIndex((s) => isContrast(s.text));
    if (turn >= 0)
      qualificationAfter.set(paragraph.id, {
        text: opening
          .slice(0, turn + 1)
          .map((s) => s.text)
          .join(' '),
        turn: opening[turn]?.text ?? '',
        paragraph: next.id,
      });
  });
  // "X, *thinks so*." and X's quotes after it carry the writer's view on: the qualification after
  // them qualifies the paragraph before them too ("… looks grim for Xen" — Warrilow thinks so —
  // "In the cloud …, at least. But …").
  const agreements = language.words.agreementReports.map((phrase) => tokenise(normalise(phrase, language.contractions)));
  const agrees = (text: string) => {
    const words = tokenise(normalise(text, language.contractions));
    return agreements.some((phrase) => words.some((_, i) => standsAt(words, i, phrase)));
  };
  const quotesOnly = (text: string) => /^[“"]/.test(text.trim());
  story.paragraphs.forEach((paragraph, at) => {
    if (qualificationAfter.has(paragraph.id)) return;
    const report = story.paragraphs[at + 1];
    if (
      !report ||
      report.part !== paragraph.part ||
      (paragraphSentences.get(report.id) ?? []).length !== 1 ||
      !agrees(report.text)
    )
      return;
    let last = report;
    for (let next = at + 2; next < story.paragraphs.length; next++) {
      const quoted = story.paragraphs[next];
      if (!quoted || quoted.part !== paragraph.part || !quotesOnly(quoted.text)) break;
      last = quoted;
    }
    const qualification = qualificationAfter.get(last.id);
    if (qualification) qualificationAfter.set(paragraph.id, qualification);
  });
  const qualificationOf = (sentence: Support): Qualification | undefined => {
    const sentences = paragraphSentences.get(sentence.paragraph) ?? [];
    const next = sentences[sentences.indexOf(sentence) + 1];
    if (next) return isContrast(next.text) ? { text: next.text, turn: next.text, paragraph: next.paragraph } : undefined;
    return qualificationAfter.get(sentence.paragraph);
  };
  // What a contrast sentence turns from: the sentences before it in its paragraph and, when it is
  // among the paragraph's first two, the paragraph before it (in the same part of the page).
  const overturnedBy = (sentence: Support): ReadonlySet<string> | undefined => {
    if (!isContrast(sentence.text)) return undefined;
    const sentences = paragraphSentences.get(sentence.paragraph) ?? [];
    const at = sentences.indexOf(sentence);
    const before = sentences.slice(0, Math.max(0, at));
    if (at < 2) {
      const position = story.paragraphs.findIndex((p) => p.id === sentence.paragraph);
      const previous = story.paragraphs[position - 1];
      if (previous && previous.part === story.paragraphs[position]?.part)
        before.push(...(paragraphSentences.get(previous.id) ?? []));
    }
    const terms = new Set(before.flatMap((s) => [...s.terms]));
    for (const term of sentence.terms) terms.delete(term);
    return terms.size > 0 ? terms : undefined;
  };
  // A sentence whose first words hold a pronoun refers to the sentence before it: "We're told it
  // will initially focus on …" is about "the new service" of the one before.
  // Not a dummy "it" ("it appears that …"), nor a pronoun after a name it may stand for ("Sadly,
  // Schlaeger requested *his* remarks …").
  const anaphorAtStart = (text: string) => {
    const raw = text.split(/\s+/).slice(0, tuning.anaphorReach);
    const words = tokenise(normalise(text, language.contractions));
    const at = words.slice(0, tuning.anaphorReach).findIndex((w) => language.anaphors.has(w));
    if (at < 0) return false;
    if (words[at] === 'it' && language.dummySubjectFollowers.has(words[at + 1] ?? '')) return false;
    return !raw.slice(1, at).some((w) => /^[A-Z]/.test(w));
  };
  const referredTo = (text: string, own: ReadonlySet<string>, previous: Passage | undefined): Passage | undefined => {
    if (!previous || !anaphorAtStart(text)) return undefined;
    const terms = new Set([...previous.terms].filter((t) => !own.has(t)));
    return terms.size > 0 ? { terms, text: previous.text, paragraph: previous.paragraph } : undefined;
  };
  // A paragraph's first sentence refers back to the last one of the paragraph before, in the same part of the page.
  const lastSentenceBefore = (paragraph: (typeof story.paragraphs)[number]): Support | undefined => {
    const previous = story.paragraphs[story.paragraphs.indexOf(paragraph) - 1];
    if (!previous || previous.part !== paragraph.part) return undefined;
    return paragraphSentences.get(previous.id)?.at(-1);
  };
  const relatedByParagraph = new Map<number, (typeof story.related)[number]>();
  for (const related of story.related) for (const p of related.paragraphs) relatedByParagraph.set(p, related);
  const quoteName = (speaker: string | null, organisation: string) => {
    const said = speakerOf(story, { speaker, organisation });
    if (said.isPerson) return { name: said.name, label: `${said.name} (${said.organisation})` };
    return { name: said.organisationFullName, label: said.organisationFullName };
  };

  const quoteLine = (quote: (typeof story.quotes)[number]) => {
    const { label } = quoteName(quote.speaker, quote.organisation);
    const related = relatedByParagraph.get(quote.paragraph);
    return `${label}, ${quote.saidTo}: “${quote.text}”${related ? ` (related story: “${related.title}”)` : ''}`;
  };
  // A sentence that is mostly a quote is represented by the quote, which carries its attribution.
  const coveredByQuote = (sentence: Support) => {
    const plain = straightQuotes(sentence.text).replace(/"/g, '').trim();
    const quoted = story.quotes
      .filter((q) => q.paragraph === sentence.paragraph)
      .map((q) => straightQuotes(q.text))
      .reduce((sum, q) => sum + (plain.includes(q) || q.includes(plain) ? q.length : 0), 0);
    return quoted >= plain.length * 0.6;
  };
  const supportByParagraph = new Map<number, Support[]>();
  const supportOf = (p: number): Support[] => {
    const cached = supportByParagraph.get(p);
    if (cached) return cached;
    const found: Support[] = [
      ...story.quotes
        .filter((q) => q.paragraph === p)
        .map((q) => ({
          text: quoteLine(q),
          paragraph: p,
          speaker: quoteName(q.speaker, q.organisation).name,
          terms: new Set(analyse([q.text])),
        })),
      ...(paragraphSentences.get(p) ?? []).filter((sentence) => !coveredByQuote(sentence)),
    ];
    supportByParagraph.set(p, found);
    return found;
  };
  const supportFor = (paragraphs: readonly number[]): Support[] => paragraphs.flatMap(supportOf);

  const { values } = language;
  const hasDate = values.hasDate;
  // "UPDATE, November 24th: We've learned that …": a dateline dates the writing, not what it reports.
  const startsWithDateline = (text: string) => {
    const head = /^(?:[A-Z]{2,}[,:]?\s+)?([^:]{1,30}):\s/.exec(text)?.[1];
    return head !== undefined && head.trim().split(/\s+/).length <= 3 && hasDate(head);
  };
  const hasQuantity = (text: string) => {
    const found = values.valuesIn(text);
    return found.has('count') || found.has('duration') || found.has('price') || found.has('percent');
  };
  // The part of the page a fact sits in is a partial answer to a question naming that part.
  const partIntents: Record<string, string> = { update: intentTerm('update'), related: intentTerm('related') };
  const partOf = new Map(story.paragraphs.map((p) => [p.id, p.part]));
  const locatedIn = (sources: readonly AnswerSource[]): string[] => {
    const parts = new Set(sources.map((source) => partOf.get(source.paragraph)));
    const [only] = parts;
    return parts.size === 1 && only !== undefined && partIntents[only] ? [partIntents[only]] : [];
  };
  // A destination is the fact's own: a related story's title shown after it ("… taking NASA's
  // CAPSTONE to the Moon") says where that story's spacecraft goes, not where this fact's thing does.
  const ownValues = (fact: { answer: string; index: readonly string[] }): ReadonlySet<ValueKind> => {
    const all = values.valuesIn(fact.answer);
    if (!all.has('destination') || fact.index.some((text) => values.valuesIn(text).has('destination'))) return all;
    return new Set([...all].filter((kind) => kind !== 'destination'));
  };
  // "how does the story end", "the opening paragraph": a fact sitting wholly in the first or last
  // paragraph of the article's body or of its update is at that position.
  const positionOf = new Map<number, string>();
  for (const part of ['body', ...positionedParts]) {
    const ids = story.paragraphs.filter((p) => p.part === part).map((p) => p.id);
    const first = ids[0];
    const last = ids[ids.length - 1];
    const within = part === 'body' ? undefined : part;
    if (first !== undefined) positionOf.set(first, positionTerm('opening', within));
    if (last !== undefined && last !== first) positionOf.set(last, positionTerm('ending', within));
  }
  const positioned = new Set<FactKind>(['quote', 'claim', 'sentence', 'event', 'template']);
  const positionedAt = (kind: FactKind, sources: readonly AnswerSource[]): string[] => {
    if (!positioned.has(kind)) return [];
    const found = new Set(sources.map((source) => positionOf.get(source.paragraph)));
    const [only] = found;
    return found.size === 1 && only !== undefined ? [only] : [];
  };
  const add = (
    fact: Omit<Fact, 'id' | 'entities' | 'named' | 'opensWith' | 'features' | 'terms' | 'valueKinds' | 'partly'> & {
      index: string[];
      tags?: string[];
      partly?: string[];
      /** Features beyond those read from the answer (a quote's own words' names). */
      marks?: string[];
      /**
       * Entities its words refer to without naming them ("the hypervisor" → Xen): what it concerns,
       * not words it holds, so no term and no document frequency changes.
       */
      refers?: string[];
      /** Entity terms its words name by a pronoun of their own voice ("sent *us* the following": the publication). */
      voiced?: string[];
      hasDate: boolean | (() => boolean);
      hasQuantity: boolean | (() => boolean);
      /**
       * Its dates are when the story reported it, not when it happened: it answers no "when" and
       * no "what date", and is a partial answer to them ("The story doesn't give the exact date").
       */
      datedAsReported?: boolean;
    },
  ) => {
    // Each text once: the first one's terms say whom the fact names first.
    const [first = [], ...others] = fact.index.map(analyseOne);
    const own = [...first, ...others.flat()];
    const terms = new Set([...own, ...(fact.tags ?? []), ...positionedAt(fact.kind, fact.sources)]);
    const entities = entitiesIn([...terms, ...(fact.refers ?? [])]);
    const {
      index: _index,
      tags: _tags,
      refers: _refers,
      voiced,
      partly,
      marks,
      hasDate: date,
      hasQuantity: quantity,
      datedAsReported,
      ...rest
    } = fact;
    // Every fact gets every field, in one order: one shape keeps the ranking loop's reads monomorphic.
    facts.push({
      id: facts.length,
      kind: rest.kind,
      answer: rest.answer,
      sources: rest.sources,
      terms,
      partly: new Set(
        [...(partly ?? []), ...locatedIn(fact.sources), ...fact.index.flatMap((text) => mentions.get(text) ?? [])].filter(
          (intent) => !terms.has(intent),
        ),
      ),
      entities,
      named: entitiesIn(voiced ? [...own, ...voiced] : own),
      opensWith: first.find((t) => t.startsWith('e:'))?.slice(2) ?? null,
      about: rest.about,
      isDefault: rest.isDefault,
      by: rest.by,
      absence: rest.absence,
      keyPoint: rest.keyPoint,
      introduces: rest.introduces,
      saidTo: rest.saidTo,
      valueKinds: new ValueKinds(
        datedAsReported ? () => new Set([...ownValues(fact)].filter((kind) => !dateValueKinds.has(kind))) : () => ownValues(fact),
        datedAsReported ? () => false : typeof date === 'function' ? date : () => date,
        typeof quantity === 'function' ? quantity : () => quantity,
      ),
      features: marks ? new Set([...featuresOf(entities, fact.answer), ...marks]) : featuresOf(entities, fact.answer),
      support: rest.support,
      qualifiedBy: rest.qualifiedBy,
      overturns: rest.overturns,
      refersBack: rest.refersBack,
      pointsBack: rest.pointsBack,
    });
  };

  // "in AWS's earlier posts" names where a quote appeared; "to TechTarget" whom it was said to.
  const venues = (saidTo: string) => language.membership.prepositions.has(saidTo.trim().split(/\s+/)[0]?.toLowerCase() ?? '');
  for (const quote of story.quotes) {
    const { name } = quoteName(quote.speaker, quote.organisation);
    const speaker = quote.speaker ? story.personById.get(quote.speaker) : undefined;
    const related = relatedByParagraph.get(quote.paragraph);
    add({
      kind: 'quote',
      answer: quoteLine(quote),
      sources: [{ paragraph: quote.paragraph, speaker: name }],
      // Who the speaker is belongs to the quote too: "what did the Gartner veep say?"
      index: [
        quote.text,
        quote.context,
        quote.saidTo,
        name,
        ...(speaker ? [speaker.title ?? '', ...speaker.aliases] : []),
        ...(related ? [related.title] : []),
      ],
      tags: [entityTerm(quote.speaker ?? quote.organisation), entityTerm(quote.organisation)],
      about: quote.speaker ?? quote.organisation,
      saidTo: entitiesIn(new Set(analyse([quote.saidTo]))),
      // Whom the quote's own words name, apart from who said it and to whom; "I", "we" name its speaker.
      marks: [
        ...[
          ...entitiesIn(new Set(analyse([quote.text]))),
          ...(speaksInFirstPerson(quote.text) ? [quote.speaker ?? quote.organisation, quote.organisation] : []),
        ].map((id) => `${quoteNamesFeature}${id}`),
        ...(venues(quote.saidTo) ? analyse([quote.saidTo]) : []).map((term) => `${venueFeature}${term}`),
      ],
      qualifiedBy: qualificationAfter.get(quote.paragraph),
      by: [],
      isDefault: false,
      hasDate: false,
      hasQuantity: () => hasQuantity(quote.text),
      // "what is true and what isn't": a few words quoted inside the story's own sentence are shown in it.
      support: isFragment(quote.text) ? (paragraphSentences.get(quote.paragraph) ?? []) : [],
    });
  }

  for (const person of story.people) {
    const org = story.organisationById.get(person.organisation);
    const orgName = org?.name ?? person.organisation;
    const full = org && org.fullName !== org.name ? ` (${org.fullName})` : '';
    const head = person.title
      ? `${person.name} is ${possessive(orgName)} ${person.title}${full ? `, ${orgName}${full}` : ''}.`
      : `${person.name} is with ${orgName}${full}.`;
    add({
      kind: 'person',
      answer: `${head} ${person.role}`,
      sources: person.paragraphs.slice(0, 1).map((paragraph) => ({ paragraph, speaker: person.name })),
      index: [person.name, ...person.aliases, person.title ?? '', person.role, orgName],
      tags: [entityTerm(person.id), entityTerm(person.organisation), intentTerm('role')],
      about: person.id,
      by: [],
      isDefault: false,
      hasDate: false,
      hasQuantity: false,
      support: [],
    });
  }

  for (const organisation of story.organisations) {
    const people = story.people.filter((p) => p.organisation === organisation.id);
    const mentioned = [...paragraphEntities].filter(([, ids]) => ids.has(organisation.id)).map(([p]) => p);
    const peopleLine =
      people.length > 0 ? ` In the story: ${people.map((p) => `${p.name}${p.title ? `, ${p.title}` : ''}`).join('; ')}.` : '';
    const name =
      organisation.fullName === organisation.name ? organisation.name : `${organisation.fullName} (${organisation.name})`;
    add({
      kind: 'organisation',
      answer: `${name}: ${organisation.role}${peopleLine}`,
      sources: (people.length > 0 ? people.map((p) => p.paragraphs[0] ?? 0) : mentioned.slice(0, 1))
        .filter((p) => p > 0)
        .map((paragraph) => ({ paragraph, speaker: null })),
      index: [organisation.name, organisation.fullName, ...organisation.aliases, organisation.role, ...people.map((p) => p.name)],
      tags: [entityTerm(organisation.id), ...people.map((p) => entityTerm(p.id))],
      about: organisation.id,
      by: [],
      isDefault: false,
      hasDate: false,
      hasQuantity: false,
      support: [],
    });
  }

  for (const claim of story.claims) {
    const speaker = claim.by.map((id) => story.personById.get(id)?.name).find((n) => n !== undefined) ?? null;
    add({
      kind: 'claim',
      keyPoint: claim.keyPoint,
      answer: claim.text,
      sources: claim.paragraphs.map((paragraph) => ({ paragraph, speaker })),
      qualifiedBy: qualificationAfter.get(Math.max(...claim.paragraphs)),
      index: [claim.text],
      tags: claim.by.map(entityTerm),
      refers: referentsIn(claim.paragraphs),
      about: null,
      by: claim.by,
      isDefault: false,
      hasDate: () => hasDate(claim.text),
      hasQuantity: () => hasQuantity(claim.text),
      support: supportFor(claim.paragraphs),
    });
  }

  for (const event of story.timeline) {
    add({
      kind: 'event',
      answer: `${withYear(event.when, story.meta.article.published, language.words.months)}: ${event.text}`,
      sources: event.paragraphs.map((paragraph) => ({ paragraph, speaker: null })),
      index: [event.title, event.text, event.when],
      tags: event.actors.map(entityTerm),
      about: null,
      by: event.actors,
      isDefault: false,
      hasDate: () => event.date !== null,
      hasQuantity: () => hasQuantity(event.text) || hasQuantity(event.when),
      datedAsReported: event.dated === 'reported',
      support: supportFor(event.paragraphs),
    });
  }

  for (const template of story.templates) {
    const publisher = story.organisationById.get(template.publishedBy)?.fullName ?? template.publishedBy;
    const parts = [
      template.hashtags.length > 0 ? `hashtags ${template.hashtags.join(', ')}` : '',
      template.mentions.length > 0 ? `follow ${template.mentions.join(', ')}` : '',
      template.link ? `link ${template.link}` : '',
    ].filter(Boolean);
    add({
      kind: 'template',
      // "who is the template meant for", "what is it meant for": whom and what the story says it is for.
      answer: `${template.label}, from ${publisher}${template.audience ? `, meant for ${template.audience}` : ''}: “${template.text}”${parts.length > 0 ? ` (${parts.join('; ')})` : ''}`,
      sources: [{ paragraph: template.paragraph, speaker: publisher }],
      index: [template.label, template.text],
      tags: [intentTerm('template'), entityTerm(template.publishedBy)],
      about: template.publishedBy,
      by: [],
      isDefault: template.default,
      hasDate: false,
      hasQuantity: false,
      support: [],
    });
  }

  const { meta } = story;
  const { article } = meta;
  const firstBody = story.paragraphs.find((p) => p.part === 'body')?.id ?? 1;
  const lastBody = [...story.paragraphs].reverse().find((p) => p.part === 'body')?.id ?? firstBody;
  const articleFact = {
    about: null,
    by: [] as string[],
    isDefault: false,
    hasQuantity: false,
    support: [] as Support[],
    sources: [{ paragraph: firstBody, speaker: null }] as AnswerSource[],
    index: [] as string[],
  };
  const published = formatDate(article.published, language.words.months);
  const publisher = story.organisations.find((o) => o.name === meta.publication || o.fullName === meta.publication)?.id;
  // The page's own parts are the publication's: "the Reg's headline" names it, and a quote said to it is no headline.
  const ofPublisher = publisher ? [entityTerm(publisher)] : [];
  const updated = formatDate(article.updated, language.words.months);
  add({
    ...articleFact,
    kind: 'headline',
    answer: `The headline is “${meta.headline}”, with the standfirst “${meta.standfirst}”.`,
    index: [meta.headline, meta.standfirst],
    tags: [intentTerm('headline'), ...ofPublisher],
    partly: [intentTerm('standfirst')],
    hasDate: false,
  });
  add({
    ...articleFact,
    kind: 'standfirst',
    answer: `The standfirst (the line under the headline) is “${meta.standfirst}”.`,
    index: [meta.standfirst],
    tags: [intentTerm('standfirst'), ...ofPublisher],
    hasDate: false,
  });
  add({
    ...articleFact,
    kind: 'update',
    answer: `The story was updated on ${updated}: ${meta.update.note}`,
    sources: meta.update.paragraphs.slice(0, 1).map((paragraph) => ({ paragraph, speaker: null })),
    // "the update was nov 24 of what year": the date it states is its own.
    index: [meta.update.note, updated],
    tags: [intentTerm('update'), ...ofPublisher],
    hasDate: true,
    support: supportFor(meta.update.paragraphs),
  });
  add({
    ...articleFact,
    kind: 'publication',
    answer: `${meta.publication} published the story (“${meta.headline}”) on ${published}, at ${article.url}`,
    // The publisher is named, so "which publication is this from?" finds an organisation here,
    // and "who published the story?" someone the question did not name; "which site wrote this" asks
    // for the publication as a writer, where "who wrote this" asks for the byline.
    index: [meta.publication, 'published', 'written'],
    tags: [intentTerm('publication'), ...ofPublisher],
    partly: [intentTerm('published')],
    hasDate: true,
  });
  add({
    ...articleFact,
    kind: 'published',
    answer: `${meta.publication} published the story on ${published}, and updated it on ${updated}.`,
    // Published is when it first came out, as against the update: "when did this article *first* go up".
    index: [`${meta.publication} published ${published} updated ${updated}`, ...language.words.firstAppearance],
    tags: [intentTerm('published')],
    hasDate: true,
  });
  add({
    ...articleFact,
    kind: 'address',
    answer: `The story is at ${article.url}`,
    tags: [intentTerm('address'), ...ofPublisher],
    hasDate: false,
  });
  add({
    ...articleFact,
    kind: 'footer',
    answer: `The line at the foot of ${meta.publication}'s page reads “${article.footer}”.`,
    index: [article.footer, `The line at the foot of ${meta.publication}'s page`],
    sources: [{ paragraph: lastBody, speaker: null }],
    tags: [intentTerm('footer'), ...ofPublisher],
    hasDate: false,
  });
  add({
    ...articleFact,
    kind: 'byline',
    answer:
      article.byline === null
        ? `The story carries no byline, so it doesn't name its writer. ${meta.publication} published it on ${published}.`
        : `The story's byline is ${article.byline} (${meta.publication}, ${published}).`,
    absence: article.byline === null,
    tags: [intentTerm('byline'), ...ofPublisher],
    hasDate: false,
  });
  // The story as a whole ("what happened?", "who is quoted?"): reached by its own term only, so no
  // words are indexed, and a question naming anything in the story gets that instead.
  const keyPoints = story.claims.filter((claim) => claim.keyPoint);
  if (keyPoints.length > 0)
    add({
      ...articleFact,
      kind: 'gist',
      answer: `${meta.publication}'s story “${meta.headline}”, in short: ${keyPoints.map((claim) => claim.text).join(' ')}`,
      sources: [...new Set(keyPoints.map((claim) => claim.paragraphs[0] ?? firstBody))]
        .sort((a, b) => a - b)
        .map((paragraph) => ({
          paragraph,
          speaker: null,
        })),
      tags: [intentTerm('gist')],
      hasDate: false,
    });
  const quotedList = new Intl.ListFormat('en', { type: 'conjunction' });
  const articleQuotes = story.quotes.filter((quote) => !relatedByParagraph.has(quote.paragraph));
  // Each source once, at their first quote.
  const quotedSources = articleQuotes.filter(
    (quote, at) => articleQuotes.findIndex((q) => (q.speaker ?? q.organisation) === (quote.speaker ?? quote.organisation)) === at,
  );
  if (quotedSources.length > 0)
    add({
      ...articleFact,
      kind: 'quoted',
      // With their number: "how many people are quoted" is answered by it.
      answer: `The story quotes ${quotedSources.length} people and organisations: ${quotedList.format(quotedSources.map((quote) => quoteName(quote.speaker, quote.organisation).label))}.`,
      sources: quotedSources.map((quote) => ({
        paragraph: quote.paragraph,
        speaker: quoteName(quote.speaker, quote.organisation).name,
      })),
      tags: [intentTerm('quoted')],
      hasDate: false,
      hasQuantity: true,
    });
  if (story.related.length > 0) {
    const notAbout = story.related.some((r) => teaserNamesTopic(story, r)) ? '' : ` (not about ${meta.topic})`;
    const teasers = story.related.map((r) => `“${r.title}”: ${r.facts[0] ?? r.standfirst}`).join(' ');
    add({
      kind: 'related-list',
      // A list holds the count of its items ("how many other stories are there"); the page's heading
      // over them answers "what's the heading over the other stories".
      answer:
        story.relatedHeading === null
          ? `${story.related.length} other stories you might like${notAbout}: ${teasers}`
          : `Under the heading “${story.relatedHeading}”, the page lists ${story.related.length} other stories${notAbout}: ${teasers}`,
      sources: story.related.map((r) => ({ paragraph: r.paragraphs[0] ?? 0, speaker: null })),
      index: story.relatedHeading === null ? [] : [`Under the heading “${story.relatedHeading}”`],
      tags: [intentTerm('related')],
      marks: [countOfFeature(intentTerm('related'))],
      about: null,
      by: [],
      isDefault: false,
      hasDate: false,
      hasQuantity: true,
      support: [],
    });
  }

  // Each teaser's own headline and standfirst: "what's the subheading under the CAPSTONE teaser?"
  for (const related of story.related)
    add({
      kind: 'teaser',
      // The story data's first fact on it too: "a quick summary of the Tesla story" wants what happened, not only the blurb.
      answer: `The related story “${related.title}” (${related.year}) has the standfirst “${related.standfirst}”.${related.facts[0] ? ` In short: ${related.facts[0]}` : ''}`,
      sources: related.paragraphs.slice(0, 1).map((paragraph) => ({ paragraph, speaker: null })),
      index: [related.title, related.standfirst],
      partly: [intentTerm('headline'), intentTerm('standfirst')],
      about: null,
      by: [],
      isDefault: false,
      hasDate: false,
      hasQuantity: () => hasQuantity(related.standfirst),
      support: [],
    });

  for (const related of story.related) {
    const context = analyse([related.title]);
    let previous: Passage | undefined;
    for (const text of related.facts) {
      const terms = new Set(analyse([text]));
      const refersBack = referredTo(text, terms, previous);
      // Cite the teaser paragraph sharing most words with the fact.
      let best = related.paragraphs[0] ?? 0;
      let bestOverlap = -1;
      for (const sentence of supportFor(related.paragraphs)) {
        let overlap = 0;
        for (const term of sentence.terms) if (terms.has(term)) overlap++;
        if (overlap > bestOverlap) {
          best = sentence.paragraph;
          bestOverlap = overlap;
        }
      }
      previous = { terms, text, paragraph: best };
      add({
        kind: 'related-fact',
        answer: `${text} (related story: “${related.title}”)`,
        sources: [{ paragraph: best, speaker: null }],
        index: [text],
        tags: context,
        about: null,
        by: [],
        isDefault: false,
        hasDate: () => hasDate(text),
        hasQuantity: () => hasQuantity(text),
        support: [],
        refersBack,
      });
    }
  }

  // "We also asked the Xen Project", "our first story": outside quotes, the first person is the
  // writer, the publication, and the sentence concerns it.
  const writerSpeaks = (text: string) =>
    tokenise(normalise(text.replace(/[“"][^”"]*[”"]/g, ' '), language.contractions)).some((w) => language.firstPerson.has(w));
  // "… telling the outlet that it \"will use the best …\"": a sentence carrying someone's quoted words
  // reports them, as one naming them before a verb of saying does.
  const quotedIn = (paragraph: number, text: string) =>
    story.quotes
      .filter((q) => q.paragraph === paragraph && text.includes(q.text))
      .map((q) => `@reported:${q.speaker ?? q.organisation}`);
  // "nor why it would publish *the unequivocal statements recorded above*": the noun phrase before a
  // back-reference (back to its determiner) names what the paragraph before the sentence gave.
  const backReferences = language.words.backReferences.map((phrase) => tokenise(normalise(phrase, language.contractions)));
  const pointingPhrase = (text: string): string | null => {
    const words = tokenise(normalise(text, language.contractions));
    for (let i = 1; i < words.length; i++) {
      if (!backReferences.some((phrase) => standsAt(words, i, phrase))) continue;
      let start = i - 1;
      while (start > 0 && i - start < tuning.maxPointingWords && !language.articleDeterminers.has(words[start - 1] ?? ''))
        start--;
      return words.slice(start, i).join(' ');
    }
    return null;
  };
  const pointsBackFrom = (paragraph: Story['paragraphs'][number], text: string): Fact['pointsBack'] => {
    const before = story.paragraphs[story.paragraphs.indexOf(paragraph) - 1];
    const phrase = pointingPhrase(text);
    if (!before || before.part !== paragraph.part || phrase === null) return undefined;
    const terms = new Set(analyse([phrase]).filter((t) => !t.startsWith('e:')));
    return terms.size > 0 ? { terms, text: before.text, paragraph: before.id } : undefined;
  };
  // Sentences last: they are the fallback when no structured fact fits.
  for (const paragraph of story.paragraphs) {
    const related = relatedByParagraph.get(paragraph.id);
    const context = [...(paragraphEntities.get(paragraph.id) ?? [])].map(entityTerm);
    if (related) context.push(...analyse([related.title]));
    const sentences = paragraphSentences.get(paragraph.id) ?? [];
    for (const [at, sentence] of sentences.entries()) {
      if (coveredByQuote(sentence)) continue;
      const text = supportText(sentence);
      // "The Linux Foundation … sent *us* the following": the writer's own voice names the publication.
      const voiced = publisher && writerSpeaks(sentence.text) ? [entityTerm(publisher)] : undefined;
      add({
        kind: 'sentence',
        answer: related ? `${text} (related story: “${related.title}”)` : text,
        sources: [paragraph.id, ...(sentence.introduces?.paragraphs ?? [])].map((p) => ({ paragraph: p, speaker: null })),
        qualifiedBy: sentence.introduces ? undefined : qualificationOf(sentence),
        overturns: overturnedBy(sentence),
        refersBack: referredTo(sentence.text, sentence.terms, sentences[at - 1] ?? lastSentenceBefore(paragraph)),
        introduces: sentence.introduces?.paragraphs,
        pointsBack: sentence.introduces ? undefined : pointsBackFrom(paragraph, sentence.text),
        // Matched on its own words: what a lead-in announces is its answer, not what it is about.
        index: [sentence.text],
        tags: [...(voiced ? [...context, ...voiced] : context), ...turnTags(sentence.text)],
        voiced,
        marks: quotedIn(paragraph.id, sentence.text),
        refers: referentsIn([paragraph.id]),
        about: null,
        by: [],
        isDefault: false,
        hasDate: () => hasDate(text),
        hasQuantity: () => hasQuantity(text),
        datedAsReported: startsWithDateline(sentence.text),
        support: [],
      });
    }
  }
  return facts;
}

/** Most words of a quote that is a fragment of the story's sentence, not a statement of its own. */
const maxFragmentWords = 7;

/** Whether quoted words are a fragment ("particularly high-risk profiles"): short, and ending no sentence. */
function isFragment(text: string): boolean {
  return text.trim().split(/\s+/).length <= maxFragmentWords && !/[.!?…]["”’']?\s*$/.test(text.trim());
}
