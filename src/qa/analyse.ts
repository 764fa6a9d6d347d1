import { askedDeed, deedObject } from './actions.js';
import { withoutAdvice } from './advice.js';
import { affiliationChecked } from './affiliation.js';
import {
  otherOutletNamed,
  otherOutletsArticle,
  partDescriptions,
  priorArticle,
  titledArticle,
  withOwnOutletNamed,
  withoutTitleWords,
  withStoryPriorWording,
} from './articles.js';
import {
  opensQuestion,
  setUpWords,
  trailingCommentWords,
  withoutAfterthoughts,
  withoutAsides,
  withoutAskerClauses,
  withoutAskerWant,
  withoutClosingAddressee,
  withoutClosingReason,
  withoutInnerTags,
  withoutLeadingContext,
  withoutOpeningHedge,
  withoutOpeningLabel,
  withoutOpeningMarkers,
  withoutPreamble,
  withoutSelfIntroduction,
  withoutSetUpClauses,
  withoutSetUps,
  withQuotationLast,
} from './asides.js';
import type { QaIndex } from './build.js';
import type { Fact } from './candidates.js';
import { withCheckedDateAsked } from './checked-dates.js';
import { withCheckedMakerAsked } from './checked-makers.js';
import { withCollectivesDropped } from './collectives.js';
import { compares, withObstaclesOvercome } from './comparisons.js';
import { type KeptOn, keptOn } from './continuing.js';
import { withDeclarativeAsked } from './declaratives.js';
import { definedAbbreviation, definedTerm } from './definitions.js';
import { asksAddressee, asksConfirmation, type NewsReading, newsReading } from './deixis.js';
import { withDiscerning } from './discerning.js';
import { withDoSupport } from './do-support.js';
import { documentKindAsked } from './documents.js';
import { asksWhatQuotedIs, echoedTerms, quotedPhrases } from './echoes.js';
import { type ExtentAsked, speaksOfNews, withoutExtent } from './extent.js';
import { hearsayClaimAt } from './hearsay.js';
import { withoutEmphasis, withoutIntensifiers, withoutLightVerbs } from './intensifiers.js';
import {
  cuesThatMayMatch,
  intentTerm,
  isStoryWord,
  type Language,
  matchCue,
  matchCueAt,
  namesEntityAt,
  type Relation,
  spelledWords,
  stemmedTokens,
  stemOfWord,
  termsOf,
  termsOfList,
  typedTermsOf,
} from './language.js';
import { caredAsLeading, leaderOfTitledName, leadingVerbTerm } from './leading.js';
import { withLearningAsRevealed } from './learning.js';
import type { AnswerTypeName, QuestionTypeName } from './lexicon.js';
import { leftMembership, membershipTerm } from './membership.js';
import {
  compoundKind,
  jobTitleStems,
  jobTitleTerms,
  namedKindPattern,
  namingKind,
  storyNamesOfKind,
  unknownKind,
  withQuantifiedSets,
} from './naming.js';
import { withoutOfferedChoices } from './offered-choices.js';
import { modifiedNouns } from './opposites.js';
import {
  asksPartSays,
  inRelatedTitle,
  namesPlacedStories,
  type OrderedRelatedStory,
  relatedIntent,
  relatedStoryByOrder,
  withNamedRelatedStory,
  withoutPartSizes,
  withoutPlacedFooter,
  withPlacedStories,
  withStoryForPronoun,
  withTeaserStrapline,
} from './page-places.js';
import { withParticlesBesideVerbs } from './particles.js';
import { articlePosition, positionTermIn } from './position.js';
import { withPreventingRead } from './preventing.js';
import { withPriorMarkerDropped } from './prior-members.js';
import { purposeVerbsAsked } from './purpose.js';
import { withQuotingMannerRead } from './quoting-manner.js';
import {
  asKindQuery,
  isSearchQuery,
  namedSayingAsked,
  nounPhraseQuery,
  searchQueryAsksSaid,
  searchQueryWants,
} from './search-queries.js';
import { soundAlikeName, withHeardNamesJoined, withSpeltLettersJoined } from './sound-alikes.js';
import { asSpeakingFor, openingSource, phrasedSource, quotesSomeone, sourceOf, viewSource, withVoice } from './speakers.js';
import { type StateAsked, stateAsked } from './states.js';
import {
  escapeRegExp,
  normalise,
  oneTypoApart,
  phraseAt,
  phrasesByFirstWord,
  standsAt,
  stem,
  tokenise,
  withPairsJoined,
} from './text.js';
import { tuning } from './tuning.js';
import { dateValueKinds } from './values.js';
import { unknownMembers } from './variants.js';
import { wholeStoryQuestion, withoutGistFraming } from './whole-story.js';
import { withWordingAsSaid } from './wording.js';

export type QuestionType = QuestionTypeName | 'what';

/** What the engine understood of a question. */
export interface Question {
  type: QuestionType;
  /** Search terms, each once: words, e:entity, i:intent, s:synonym group. */
  terms: string[];
  /** Entity ids named, in order. */
  entities: string[];
  /** Whom the question is about: for "what did X say", X. */
  subject: string | null;
  /** Terms that describe the subject ("the Gartner veep") rather than ask about something. */
  subjectTerms: string[];
  /**
   * For "which <noun>": what the answer must contain, the term of that noun, and the noun as asked.
   * A noun the lexicon does not list asks for a named one (@named): "which instance type" wants "C5".
   */
  kind: {
    members: string[];
    term: string | null;
    /** All the terms of a kind the lexicon names in two words ("wireless protocol"): a fact naming a member holds them all. */
    terms?: string[];
    noun: string;
    named?: (fact: Fact) => boolean;
    /** Words describing the thing asked for ("famous" bug), not searched for. */
    modifiers?: string[];
    /**
     * The story's words narrowing the kind ("which *car* companies"): a fact naming one of the kind
     * answers only if it also holds one of these terms, so any company is not taken for a car company.
     */
    qualifiers?: string[];
    /** The narrowing word as typed ("space"): a describing word it opens as a closed compound ("spacecraft") holds it too. */
    qualifierWord?: string;
  } | null;
  /** The kind of value asked for ("what year" → year): the answer must hold one. */
  wants: AnswerTypeName | null;
  /** Names and figures the story never mentions ("IBM", "5.0"): the question cannot be answered. */
  unknownNames: string[];
  /**
   * Words the story never uses, reached through WordNet: each `x:` term in `terms` stands for any of
   * its story terms, at a weight below an exact term's.
   */
  expansions: ReadonlyMap<string, { terms: string[]; relation: Relation }>;
  /** For "what did X tell the Register?": whom it was said to (an entity id). */
  recipient: string | null;
  /**
   * For a yes/no question naming who said it ("does Gartner agree Xen is toast?", "did AWS say …"), or
   * a "what" question opening with someone and a verb of saying ("Cottingham said … which products"):
   * that source (an entity id). Only the source's own statements answer it.
   */
  source: string | null;
  /** Entities the question rules out ("who else is moving to KVM *besides AWS*"). */
  excluded: string[];
  /** Terms of a subordinate clause ("… when they were asked for comment"): weighed less than the question's own. */
  background: ReadonlySet<string>;
  /** Terms of the asker's own things in a question asking advice ("our xen *workloads*"), and of a set-up before the question: weighed least, never the topic. */
  askersThings: ReadonlySet<string>;
  /**
   * For a yes/no question offering two answers ("were the minutes leaked *or* public"): the terms of
   * both, background like a clause's; a fact holding neither cannot answer it.
   */
  alternatives: readonly string[];
  /** For "what does CAPSTONE stand for?": the abbreviation, lower case. */
  abbreviation: string | null;
  /**
   * Words the story never uses that say how the part of the page asked for relates, not what is
   * asked: the verb of a question naming one ("what years does the copyright line *cover*", "when
   * did they *tack* on the update"). They weigh as describing words.
   */
  describing: ReadonlySet<string>;
  /** For "how many <noun>": the noun's stem; a count answers only when it counts that ("12 *days*"). */
  counted: string | null;
  /** "how many *of* the new instance types": the count asked is a share of a set, which "all of them" answers. */
  countsShare: boolean;
  /**
   * For "whose <noun>": the noun's stem and its term, if the story knows it as one. The answer is
   * the owner of that noun, so a fact that never names it ("whose report …" → a quote about the
   * minutes) answers something else.
   */
  possessed: { stem: string; term: string | null } | null;
  /** Whether its first auxiliary speaks of the future ("when *will* AWS finish …"): past dates do not answer it. */
  future: boolean;
  /** Whether it speaks of adding to a text ("when was the TechTarget bit *tacked on*"): the update's date answers when. */
  addsToText: boolean;
  /**
   * For a yes/no or "why" question about whether something is known ("do we *know what* he told the
   * Board?", "why is there no *record of what* he said"), or a "what" question asking what is not known
   * ("what doesn't the Reg know": {@link anyUnknown}): the question word of what it asks about. A text
   * saying that is not known answers it.
   */
  whetherKnown: string | null;
  /**
   * Whether a yes/no question asks about what was to happen ("was CAPSTONE *supposed to* launch …"): it
   * holds a word opening one of the lexicon's `planMarkers`; for a "why" question, without a negation.
   */
  asksPlan: boolean;
  /**
   * Whether it rules out something other than a name ("besides *unlocking it*, what can …"): it asks
   * what goes beyond that, which a fact saying "not just X but Y" answers.
   */
  asksBeyond: boolean;
  /**
   * What it sets aside other than names ("*cloud* aside, how does …"): a fact about that, going no
   * further, is not what it asks. "besides cars, which industries …" rules cars out of a list instead.
   */
  setAsideTopics: readonly string[];
  /** Whether it asks by what means ("how is the car supposed to tell …"): a means question word opens it and no other type's cue matched. */
  asksMeans: boolean;
  /** "what did AWS build KVM for": the question asks a purpose, answered only by a fact stating one. */
  asksPurpose: boolean;
  /** Whether it searches a word of the story's people's job titles besides its kind's noun: a kind's member in a title then answers it. */
  asksTitle: boolean;
  /** "whose words does *the Xen Project's post* quote": the subject that quotes someone else, in a "speaker" question. */
  quotedBy: string | null;
  /** Whether it compares two things ("is Xen more secure than KVM"): only a fact comparing answers. */
  compares: boolean;
  /** Its opposed modifiers and the nouns they stand before ("*existing* instances"): see `opposites.ts`. */
  modified: readonly string[];
  /** For "is Oracle still sticking with Xen": whom it asks about and the thing; only a fact in which they turn from it answers. */
  keptOn: KeptOn | null;
  /**
   * "are they dropping Xen *completely*", "is this *permanent*": a yes/no question about the news asking
   * whether the change is total, answered first by a fact bounding it (see `extent.ts`).
   */
  extent: boolean;
  /** "is Xen dead": whether a state of the story's synonym groups is said of a subject (see `states.ts`). */
  state: StateAsked | null;
  /** The story's main news's terms, added for a pronoun standing for nothing the question names (see `deixis.ts`). */
  news: ReadonlySet<string>;
  /** For "who *built* X": the term of the deed whose doer is asked for; a fact not holding it names no doer of it. */
  deed: string | null;
  /** For "who *replaced Schlaeger*": the entity the deed is done to, which is no doer of it. */
  deedObject: string | null;
  /** For "what is a hypervisor": the general term whose meaning is asked (see `definitions.ts`). */
  defines: string | null;
  /** The terms of a phrase the question quotes from the article ("true about what"): see `echoes.ts`. */
  echoed: ReadonlySet<string>;
  /** Whether it asks what the phrase it quotes is or means ("what are the 'unequivocal statements'"): see `echoes.ts`. */
  asksEchoed: boolean;
  /** The lines it quotes of three words or more, as words, found as they stand: see `echoes.ts`. */
  quotedPhrases: readonly (readonly string[])[];
  /** Whether the question asks for advice ("should I worry about …"), which the story never gives: see `advice.ts`. */
  advice: boolean;
  /**
   * Whether it speaks of an article as one ("the Tesla *story*", "the *teasers*", "*published*", "*old*"):
   * only then is a related story's year, the year it was published, a date it asks for. Read for date
   * questions only (false for the rest).
   */
  asksArticle: boolean;
  /**
   * "what version of KVM does AWS use": a version asked with one noun for it and no "which", which a
   * variant the story names ("a custom cut of KVM") gives; "what version is AWS's *fork* based on" asks the version of a
   * variant, which naming the variant does not give.
   */
  asksVariant: boolean;
  /** "who is quoted in the *second teaser*": the related story the question picks by its place. */
  relatedStory: OrderedRelatedStory | null;
}

/** `whetherKnown` of a question asking what is not known, whatever question word the text uses. */
export const anyUnknown = '*';

/**
 * The question word after a word of knowing ("know *what*", "any idea *why*", "a record of *what*"),
 * in a yes/no question ("do we know what …") or a "why" question ("why don't we know what …"): both
 * ask about the knowing, which a text saying it is not known answers.
 */
function whetherKnown(language: Language, words: readonly string[], type: QuestionType): string | null {
  // "what *doesn't* the Reg *know* about AWS": whatever is not known, which a text saying so answers.
  if (type === 'what' && language.interrogatives.has(words[0] ?? ''))
    for (let i = 1; i < words.length; i++)
      if (language.knowing.has(words[i] ?? '') && words.slice(1, i).some((w) => language.negations.has(w))) return anyUnknown;
  if (type !== 'yesno' && type !== 'why') return null;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!language.knowing.has(words[i] ?? '')) continue;
    const next = words[i + 1] === 'of' || words[i + 1] === 'about' ? words[i + 2] : words[i + 1];
    if (next !== undefined && language.interrogatives.has(next)) return next;
  }
  return null;
}

/** Whether a count cue stands before a partitive word ("how many *of* …"). */
function asksShareCounted(language: Language, words: readonly string[]): boolean {
  return language.countCues.some((cue) =>
    words.some((_, i) => standsAt(words, i, cue) && language.partitiveWords.has(words[i + cue.length] ?? '')),
  );
}

/**
 * The noun a count question counts: the first word after its count cue ("how many", "number of")
 * that is not a determiner, a kind skip or an amount ("how many of those *other* stories" → stori);
 * none when the cue is followed by a verb ("how many are there").
 */
function countedNoun(language: Language, words: readonly string[], wants: AnswerTypeName | null): string | null {
  if (wants !== 'count' && wants !== 'exactCount') return null;
  for (const cue of language.countCues) {
    for (let i = 0; i + cue.length <= words.length; i++) {
      if (!standsAt(words, i, cue)) continue;
      // Determiners, "of", "other" and amounts ("how many *billions of* devices") come before the noun.
      const rest = words.slice(i + cue.length);
      for (const [at, word] of rest.entries()) {
        if (
          language.kindSkips.has(word) ||
          language.articleDeterminers.has(word) ||
          language.quantifierDeterminers.has(word) ||
          language.words.numberWords.includes(word)
        )
          continue;
        if (language.yesNoStarts.has(word) || language.interrogatives.has(word)) return null;
        // "how many *Citrix* people": a name before a noun says whose; the noun is what is counted.
        const next = rest[at + 1];
        if (
          next !== undefined &&
          !language.yesNoStarts.has(next) &&
          !language.interrogatives.has(next) &&
          namesEntityAt(language, [stem(word, language.stems)], 0)
        )
          continue;
        // "how many *related stories*", "how many *teasers*": a part of the page is counted by its intent.
        const part = language.phrases
          .longestAt(
            rest.slice(at).map((w) => stem(w, language.stems)),
            0,
          )
          ?.values.find((v) => v.startsWith('i:'));
        return part ?? stem(word, language.stems);
      }
      return null;
    }
  }
  return null;
}

/**
 * The noun a "whose" question asks the owner of: the word right after "whose", unless that is a
 * verb or another question word ("whose is it").
 */
function possessedNoun(language: Language, words: readonly string[]): Question['possessed'] {
  const at = words.indexOf('whose');
  const noun = at < 0 ? undefined : words[at + 1];
  if (noun === undefined || language.yesNoStarts.has(noun) || language.interrogatives.has(noun)) return null;
  const stemmed = stem(noun, language.stems);
  return { stem: stemmed, term: termsOf(language, [stemmed], false)[0] ?? null };
}

/** How many words after "is" a future phrase may come: "is Rocket Lab *going to* launch". */
const futureWindow = 4;

/** Whether a question's tokens, as typed, speak of adding to a text: the typo corrector may take "tacked" for a story word. */
function addsToText(language: Language, tokens: readonly string[]): boolean {
  return tokens.some((_, at) => phraseAt(language.additionPhrases, tokens, at) !== undefined);
}

/**
 * Whether the question's first auxiliary is a future one: "when will …", "when is X going to …",
 * not "when did AWS say it will …".
 */
function speaksOfFuture(language: Language, words: readonly string[]): boolean {
  const future = language.futureStarts;
  // "will" alone, or "going" followed by "to": a future auxiliary starting at word i.
  const futureAt = (i: number) => {
    const next = future.get(words[i] ?? '');
    return next !== undefined && (next.has('') || next.has(words[i + 1] ?? ''));
  };
  for (let i = 0; i < words.length; i++) {
    if (futureAt(i)) return true;
    if (!language.yesNoStarts.has(words[i] ?? '')) continue;
    // "is … going to", "are … expected to": a form of "be" may carry a future phrase after the subject.
    if (!language.words.passiveAuxiliaries.includes(words[i] ?? '')) return false;
    for (let j = i + 1; j <= i + futureWindow && j < words.length; j++) if (futureAt(j)) return true;
    return false;
  }
  return false;
}

const originalToken = /[@#]?[\p{L}\p{N}]+(?:[._'’][\p{L}\p{N}]+)*/gu;
// Module constants, not literals at each use: esbuild (tsx, and the bundle npm start runs) turns a
// literal with \p{…} outside a class into `new RegExp(…)`, compiled again at every call.
const capitalInitial = /^\p{Lu}/u;
const anyLetter = /\p{L}/u;
const lowerThenCapital = /\p{Ll}\p{Lu}/u;
const capitalRuns = /\b\p{Lu}{2,}\b/gu;
/** Fewest letters of the verb in a closed compound ("set" in "setup"). */
const minCompoundVerb = 3;

/** Words that look like names or figures (capitalised, acronyms, digits) and that neither the story nor the lexicon knows. */
function unknownNames(language: Language, question: string): string[] {
  // NFKC leaves plain ASCII as it is, and most questions are.
  const folded = /[\u0080-\uffff]/.test(question) ? question.normalize('NFKC') : question;
  const matches = [...folded.matchAll(originalToken)];
  const tokens = matches.map(([t]) => t.replace(/['’]s$/i, ''));
  // "Good evening. *Sorry* if …": a word opening a sentence is capitalised for that, as the message's first is.
  const opensSentence = (i: number) => i > 0 && /[.!?]\s*$/.test(folded.slice(0, matches[i]?.index ?? 0));
  const capitalised = tokens.filter((t) => capitalInitial.test(t)).length;
  const titleCase = tokens.length >= 3 && capitalised >= tokens.length * 0.6;
  const out: string[] = [];
  tokens.forEach((token, i) => {
    const lower = token.toLowerCase();
    const digits = /\d/.test(token);
    const acronym = /^[\p{Lu}\d]{2,}$/u.test(token) && anyLetter.test(token);
    const mixed = lowerThenCapital.test(token);
    // "the name started with a P": a lone letter is a letter, not a name.
    const name = capitalInitial.test(token) && token.length > 1 && i > 0 && !opensSentence(i) && !titleCase;
    if (!(digits || acronym || mixed || name)) return;
    if (language.spelling.has(lower) || language.vocabulary.has(lower) || (acronym && language.initialisms.has(lower))) return;
    if (language.measureUnits.has(lower)) return;
    // "the *2nd* para": an ordinal in figures places something; it names nothing.
    if (language.ordinals.has(lower)) return;
    for (const part of tokenise(normalise(token, language.contractions))) {
      if (language.vocabulary.has(part)) continue;
      if (!digits && language.spell.correct(part)) continue;
      out.push(token);
      return;
    }
  });
  return out;
}

/** The question word a message closes on, alone or before a copula and a pronoun pointing back ("…, when was that"); null for none. */
function closingQuestionWord(language: Language, words: readonly string[]): string | null {
  const last = words[words.length - 1] ?? '';
  if (words.length > 2 && language.interrogatives.has(last)) return last;
  const [word = '', copula = '', pronoun = ''] = words.slice(-3);
  return words.length > 5 &&
    language.interrogatives.has(word) &&
    language.copulas.has(copula) &&
    language.contextPointers.has(pronoun) &&
    !words.slice(0, -3).some((w) => language.interrogatives.has(w))
    ? word
    : null;
}

interface DetectedType {
  type: QuestionType;
  /** For cues like "what did * say", the words standing for the subject. */
  subjectWords: string[];
  /** Where the cue matched: a process cue's own words ("how does * work") ask how, not about what. */
  span: { start: number; end: number } | null;
}

/**
 * The question's type and, for cues like "what did * say", the words standing for the subject.
 * `asksValue`: whether an answer-type cue matches ("what exact date …"), so a question word may head a value's noun phrase.
 */
function detectType(language: Language, words: readonly string[], tagged: boolean, asksValue: boolean): DetectedType {
  // "so is Xen dead?": a yes/no question may open with filler words (stopwords) before its verb.
  const first = words.findIndex(
    (w) => language.yesNoStarts.has(w) || language.interrogatives.has(w) || !language.stopwords.has(w),
  );
  const yesNo = first >= 0 && language.yesNoStarts.has(words[first] ?? '');
  const embedded = yesNo ? embeddedQuestionAt(language, words, first) : -1;
  if (embedded > 0) {
    const inner = detectType(language, words.slice(embedded), tagged, asksValue);
    return { ...inner, span: inner.span && { start: inner.span.start + embedded, end: inner.span.end + embedded } };
  }
  const opened = first >= 0 && language.interrogatives.has(words[first] ?? '');
  // "is it true the article got updated?? when": a question word standing last asks its own question;
  // so does one closing the message with a copula and a pronoun pointing back ("there was an update
  // tacked on the end, *when was that*").
  const closing = closingQuestionWord(language, words);
  if (closing !== null)
    for (const cue of language.typeCues)
      if (cue.after === null && cue.before.length === 1 && cue.before[0] === closing)
        return { type: cue.type, subjectWords: [], span: null };
  for (const cue of cuesThatMayMatch(language.typeCues, words)) {
    const match = matchCueAt(cue, words);
    if (!match) continue;
    // A cue inside a yes/no question ("does X line up with what Y said") does not make its type, nor
    // one opening with its subject when a question word inside makes that a clause ("does the reg
    // know *why aws talked to* …").
    const inClause = cue.before.length === 0 && match.subject.some((w) => language.interrogatives.has(w));
    if (yesNo && (match.start > first || inClause)) continue;
    // A lone question word after the one the question opens with joins a clause: "what did the LF
    // send *when* they were asked" asks what, not when.
    if (
      opened &&
      match.start > first &&
      cue.after === null &&
      cue.before.length === 1 &&
      language.interrogatives.has(cue.before[0] ?? '')
    )
      continue;
    // "what exact *date* did the call take place": a `*` right after the question word holding an
    // auxiliary after a word of content stands for that word's noun phrase and its own clause, not
    // for a subject ("what's * take" is "what's AWS's take").
    if (cue.after !== null && language.interrogatives.has(cue.before[cue.before.length - 1] ?? '')) {
      const auxiliary = match.subject.findIndex((w) => language.yesNoStarts.has(w));
      if (auxiliary > 0 && (asksValue || match.subject.slice(0, auxiliary).some((w) => !language.stopwords.has(w)))) continue;
    }
    // "what is Xen doing *in response* to …", "… *as a reaction* to …": a cue's noun after a
    // preposition heads a phrase of circumstance, not "X's response" asked for.
    if (cue.after !== null && cue.after.length > 0 && inPrepositionalPhrase(language, match.subject)) continue;
    // "how does *the car* read the signal" asks how, not a view: "how does X see / describe …" asks
    // one only of someone the story names, or of the article ("how does *the story* characterise …").
    if (
      cue.type === 'said' &&
      language.interrogatives.has(cue.before[0] ?? '') &&
      cue.before[0] !== 'what' &&
      !namesEntity(language, match.subject) &&
      !namesArticle(language, match.subject)
    )
      continue;
    // "what's the title of the citrix guy *who said* …": the cue's verb opens a relative clause
    // describing a noun; the question asks about the noun.
    if (cue.after !== null && language.relativePronouns.has(match.subject[match.subject.length - 1] ?? '')) continue;
    // "… the citrix guy *who said* …" after the question's own question word: the cue is that clause.
    if (opened && match.start > first && language.relativePronouns.has(cue.before[0] ?? '')) continue;
    // "who said *the final nail quote*": a noun phrase naming a quote, after the question's own
    // question word, is what that question asks about; alone ("got *the bulpin quote*?") it asks for it.
    if (opened && match.start > first && language.articleDeterminers.has(cue.before[0] ?? '')) continue;
    // "how did the Register learn *how* the Board plans to respond": a question word inside the `*`
    // opens a question embedded in it, whose verb is no cue's for the question asking it.
    if (
      cue.after !== null &&
      cue.after.length > 0 &&
      match.subject.some((w) => language.interrogatives.has(w) && !language.relativePronouns.has(w))
    )
      continue;
    return { type: cue.type, subjectWords: match.subject, span: match };
  }
  // "Xen is dead, right?": a statement with a tag ending asks yes or no.
  const interrogative = first >= 0 && language.interrogatives.has(words[first] ?? '');
  if (yesNo || (tagged && !interrogative)) return { type: 'yesno', subjectWords: [], span: null };
  return { type: 'what', subjectWords: [], span: null };
}

const recipientsByIndex = new WeakMap<QaIndex, ReadonlySet<string>>();

/** The entity terms of those the story's quotes were said to ("to The Register", "to TechTarget"). */
function quoteRecipients(index: QaIndex): ReadonlySet<string> {
  let recipients = recipientsByIndex.get(index);
  if (!recipients) {
    const { language } = index;
    const told = index.story.quotes.filter((q) =>
      language.directionPrepositions.has(q.saidTo.split(/\s+/)[0]?.toLowerCase() ?? ''),
    );
    recipients = new Set(told.flatMap((q) => typedTermsOf(language, q.saidTo).filter((t) => t.startsWith('e:'))));
    recipientsByIndex.set(index, recipients);
  }
  return recipients;
}

/** Fewest letters of two words joined that a typo may be corrected in: "bull pin" → "bulpin". */
const minJoinedTypoLength = 6;

/**
 * "blue tooth", "cap stone", "bench marking", "bull pin": one word the engine knows (the story's or
 * the lexicon's) typed or dictated as two; or, where neither is a word of the story's, one typo from
 * a word it uses, of six letters or more. Two words, neither a stopword nor both words of the
 * story's, are read as the one they join into.
 */
function withSplitWordsJoined(language: Language, tokens: readonly string[]): readonly string[] {
  const used = (w: string) => isStoryWord(language, w);
  const joinable = (w: string) => w.length > 0 && !language.stopwords.has(w) && !/\d/.test(w);
  const joinedWord = (left: string, right: string): string | null => {
    if (!joinable(left) || !joinable(right) || (used(left) && used(right))) return null;
    const joined = left + right;
    if (language.vocabulary.has(joined)) return joined;
    // The corrector is asked only of two words the story never uses, long enough together.
    if (used(left) || used(right) || joined.length < minJoinedTypoLength) return null;
    const corrected = language.spell.correct(joined);
    // One typo, not the corrector's plural reading ("assured oss" is no "assured" with letters to spare).
    return corrected !== null && used(corrected) && oneTypoApart(joined, corrected) ? corrected : null;
  };
  return withPairsJoined(tokens, joinedWord);
}

/**
 * "kickoff", "rollout": a word neither the story nor the lexicon uses that is a word the engine knows
 * (the story's or the lexicon's) run together with the particle of a phrasal verb (the lexicon's
 * `compoundParticles`), as the two words ("That new series kicked off with this post").
 */
function closedCompound(language: Language, token: string): [string, string] | null {
  for (const particle of language.compoundParticles) {
    if (!token.endsWith(particle)) continue;
    const verb = token.slice(0, token.length - particle.length);
    if (verb.length < minCompoundVerb || language.stopwords.has(verb)) continue;
    if (language.vocabulary.has(verb) || language.vocabulary.has(stemOfWord(language, verb))) return [verb, particle];
  }
  return null;
}

/**
 * "which java packages *exactly* is Google covering": an adverb of exactness after a question word
 * asks what "which *exact* java packages" does, and is read as that adjective after the question word.
 */
function withExactnessUpFront(language: Language, words: readonly string[]): readonly string[] {
  const opener = words.findIndex((w) => language.interrogatives.has(w));
  const at = words.findIndex((w, k) => k > opener && language.precisionAdverbs.has(w));
  const adjective = language.precisionAdverbs.get(words[at] ?? '');
  if (opener < 0 || adjective === undefined || language.precisionAdjectives.has(words[opener + 1] ?? '')) return words;
  const rest = words.filter((_, k) => k !== at);
  return [...rest.slice(0, opener + 1), adjective, ...rest.slice(opener + 1)];
}

/**
 * "can you tell me *which outlet AWS talked to*", "I was wondering which …": where a yes/no opening
 * has no word of its own before a question word (stopwords only, and none of knowing: "do we know
 * what he told the Board" asks whether it is known), it only wraps the question it embeds. Where
 * that question starts, or -1.
 */
function embeddedQuestionAt(language: Language, words: readonly string[], first: number): number {
  for (let at = first + 1; at < words.length; at++) {
    const word = words[at] ?? '';
    if (language.interrogatives.has(word)) return at;
    if (!language.stopwords.has(word) || language.knowing.has(word)) return -1;
  }
  return -1;
}

/**
 * "do *you* know which outlet AWS talked to", "*any idea* when …": an opening of stopwords and words
 * of knowing asked of the addressee (after a second-person word), or the lexicon's `askedIdeas`
 * ("any idea", "any clue"), only asks the question after it, which is all that is read. Knowing asked
 * of anyone else ("do *we* know what he told the Board", "does *anyone* know …", "is there any
 * *record* of what …") asks whether it is known, and stays.
 */
function withoutKnowingOpening<T extends { words: readonly string[] }>(language: Language, question: T): T {
  const { words } = question;
  let knowing = false;
  for (let at = 0; at < words.length; at++) {
    const word = words[at] ?? '';
    if (language.interrogatives.has(word)) return knowing && at > 0 ? { ...question, words: words.slice(at) } : question;
    const idea = language.askedIdeas.nouns.has(word) && language.askedIdeas.quantifiers.has(words[at - 1] ?? '');
    const known = idea || language.knowing.has(word);
    if (known && !idea && !words.slice(0, at).some((w) => language.secondPerson.has(w))) return question;
    // "has *the register* got any clue why …": a stopword naming someone asks whether they know.
    if (!known && (!language.stopwords.has(word) || namesEntity(language, [word]))) return question;
    knowing ||= known;
  }
  return question;
}

/**
 * "could you please *provide* the full headline", "can u share the template", "kindly send me the
 * link": an opening of stopwords that addresses the bot (a second-person word) or is polite, then a
 * verb of handing over (the lexicon's `requests`) and whom to ("me", "us"), asks for the verb's
 * object, which is all that is read: "could you" no longer makes it a yes/no question. A request verb
 * opening the message is read the same way; one of the lexicon's `kindRequests` ("give me") stays.
 * Followed by a question word ("compare *how* …"), it wraps that question, which is read; followed
 * by another stopword ("can you tell me *if* …"), the message stays as it is.
 */
function withoutRequestOpening<T extends { words: readonly string[] }>(language: Language, question: T): T {
  const { words } = question;
  const { verbs, recipients, politeness } = language.requests;
  const verb = words.findIndex((w) => verbs.has(w));
  if (verb < 0) return question;
  const opening = words.slice(0, verb);
  const addressed = opening.some((w) => language.secondPerson.has(w) || politeness.has(w));
  if (verb > 0 && !addressed) return question;
  const plain = (w: string) =>
    (language.stopwords.has(w) || politeness.has(w)) && !language.interrogatives.has(w) && !language.knowing.has(w);
  if (!opening.every(plain)) return question;
  let object = verb + 1;
  // "write *down* the headline", "read *out* the template", "give *me* the link".
  while (recipients.has(words[object] ?? '') || language.compoundParticles.includes(words[object] ?? '')) object++;
  const next = words[object];
  if (next === undefined) return question;
  // "compare *how* Citrix and Gartner see Xen": the question the request wraps.
  if (language.interrogatives.has(next)) return { ...question, words: words.slice(object) };
  if (language.stopwords.has(next) && !isArticle(language, next)) return question;
  // "could you *give me the* …" stays a request for one of a kind, which `asKindRequest` reads.
  return { ...question, words: words.slice(phraseAt(language.kindRequests, words, verb) ? verb : object) };
}

/**
 * "what does *the article* say about Oracle", "what does this story mention about …": the article as
 * the one saying or mentioning (the lexicon's `mentionVerbs`) asks what the story says about the rest,
 * whoever in it says it. Asked how it describes or sees something ("how does this piece describe the
 * future for Xen"), and asked of its writer ("what does the author say"), it speaks with the
 * publication's voice.
 */
function storySays(index: QaIndex, detected: DetectedType, words: readonly string[]): boolean {
  const { language } = index;
  const { subjectWords, span } = detected;
  return (
    detected.type === 'said' &&
    span !== null &&
    words.slice(span.start, span.end).some((w) => language.mentionVerbs.has(w) && !subjectWords.includes(w)) &&
    subjectWords.some((w) => language.articleNouns.has(w)) &&
    // "what did *the tesla article* say about latency": a related story named by its headline's words says too.
    subjectWords.every((w) => language.articleNouns.has(w) || language.articleDeterminers.has(w) || inRelatedTitle(index, w))
  );
}

/**
 * "does *the article say* Amazon is moving its existing Xen instances", "does this story mention …",
 * "did the article *really* say …": the article as the one saying or mentioning asks whether the story
 * holds the rest, whoever in it says it.
 */
function storySaysWhether(language: Language, words: readonly string[]): boolean {
  return words.some((w, at) => {
    if (!language.articleNouns.has(w) || !words.slice(1, at).every((d) => language.articleDeterminers.has(d))) return false;
    let verb = at + 1;
    while (language.speakingAdverbs.has(words[verb] ?? '')) verb++;
    return language.mentionVerbs.has(words[verb] ?? '');
  });
}

const saidCueWordsMemo = new WeakMap<Language, ReadonlySet<string>>();

/**
 * "how does Bulpin describe Xen, like what does he *call* it": the word a said cue asks by ("say",
 * "describe", "call", "view"), asked again elsewhere in a said question, restates the cue; it is not searched.
 */
function withoutSaidCueWords(language: Language, type: string, words: readonly string[]): readonly string[] {
  if (type !== 'said') return words;
  let cueWords = saidCueWordsMemo.get(language);
  if (!cueWords) {
    cueWords = new Set(
      language.typeCues
        .filter((cue) => cue.type === 'said' && cue.after !== null && cue.before.length > 0)
        .map((cue) => cue.after?.[0] ?? '')
        .filter((w) => w !== '' && !language.stopwords.has(w)),
    );
    saidCueWordsMemo.set(language, cueWords);
  }
  const asked = cueWords;
  // "on *the call*": after a determiner the word is a noun, not the cue's verb.
  const asVerb = (w: string, i: number) => asked.has(w) && !isArticle(language, words[i - 1] ?? '');
  return words.some(asVerb) ? words.filter((w, i) => !asVerb(w, i)) : words;
}

/** Whether words name the article itself ("the story", "this piece") and nothing else. */
function namesArticle(language: Language, words: readonly string[]): boolean {
  return (
    words.some((w) => language.articleNouns.has(w)) &&
    words.every((w) => language.articleNouns.has(w) || language.articleDeterminers.has(w))
  );
}

/** Whether words name a person or organisation the story knows. */
function namesEntity(language: Language, words: readonly string[]): boolean {
  const stems = words.map((w) => stemOfWord(language, w));
  return stems.some((_, i) => namesEntityAt(language, stems, i));
}

/** Whether a word is an article ("the", "this", "a", "an"): a word after it is a noun. */
function isArticle(language: Language, word: string): boolean {
  return language.articleDeterminers.has(word) || language.indefiniteArticles.has(word);
}

/** Whether a cue's `*` ends in a preposition (and an article): its noun is that preposition's object. */
function inPrepositionalPhrase(language: Language, subject: readonly string[]): boolean {
  let end = subject.length - 1;
  while (end > 0 && isArticle(language, subject[end] ?? '')) end--;
  const last = subject[end] ?? '';
  return language.placePrepositions.has(last) || language.roleConnectives.has(last);
}

/**
 * The question's words without a tag ending ("…, right?", "… or not") or a hearsay opening ("I heard
 * that …"), and whether it had either: both make it ask yes or no. A tag of more than one word opens
 * a claim as well ("true or false: AWS is dropping Xen"), where what follows asks no question itself.
 */
function withoutTagEnding(language: Language, typed: readonly string[]): { words: readonly string[]; tagged: boolean } {
  const heard = withoutHearsay(language, typed);
  const words = heard ?? typed;
  for (const ending of language.tagEndings) {
    const at = words.length - ending.length;
    if (at < 2 || !ending.every((w, i) => words[at + i] === w)) continue;
    return { words: words.slice(0, at), tagged: true };
  }
  const opening = language.tagEndings.find((tag) => tag.length > 1 && tag.every((w, i) => words[i] === w));
  const claim = opening ? words.slice(opening.length) : [];
  if (claim.length >= minHearsayClaimWords && !opensQuestion(language, claim)) return { words: claim, tagged: true };
  return { words, tagged: heard !== null };
}

/**
 * "I heard (somewhere) that AWS is dropping Xen", "i've read xen is used in cars": the asker saying
 * they came across a claim asks whether it holds. The claim without the opening, or null where the
 * message does not open so.
 */
function withoutHearsay(language: Language, words: readonly string[]): readonly string[] | null {
  const at = hearsayClaimAt(language, words);
  return at >= 0 && words.length - at >= minHearsayClaimWords ? words.slice(at) : null;
}

/** Fewest words of a claim heard: "AWS dropped Xen". */
const minHearsayClaimWords = 3;

/**
 * The kind of value asked for: the first answer-type cue that matches, most specific first; failing
 * that, the first one matching once adjectives of exactness after a question word are set aside
 * ("which *exact* day" asks what "which day" asks; "what exact number" keeps its own cue).
 */
function detectWants(language: Language, words: readonly string[]): AnswerTypeName | null {
  // "how small is it, *in MB*", "how many *kilobytes*": a unit of measure after its leader asks for a
  // measure in that unit, which a bare count does not give.
  if (words.some((w, i) => language.measureUnits.has(w) && language.unitLeaders.has(words[i - 1] ?? ''))) return 'measure';
  const found = firstAnswerCue(language, words);
  if (found !== null) return found;
  const plain = withoutPrecision(language, words);
  return plain.length < words.length ? firstAnswerCue(language, plain) : null;
}

/** The words without adjectives of exactness right after a question word: "which *exact* day" → "which day". */
function withoutPrecision(language: Language, words: readonly string[]): readonly string[] {
  return words.filter((w, i) => !(language.precisionAdjectives.has(w) && language.interrogatives.has(words[i - 1] ?? '')));
}

function firstAnswerCue(language: Language, words: readonly string[]): AnswerTypeName | null {
  for (const cue of cuesThatMayMatch(language.answerCues, words)) {
    const subject = matchCue(cue, words);
    if (!subject) continue;
    // "which * version": a `*` right after a question word that opens a noun phrase stands inside
    // it ("which *Xen* version"); a stopword there ("what does AWS call its version") means the
    // question word opens a clause, not that noun phrase. "where * headed" holds a clause anyway.
    const opensNounPhrase = language.kindOpeners.has(cue.before[cue.before.length - 1] ?? '') && cue.after !== null;
    if (opensNounPhrase && subject.some((w) => language.stopwords.has(w))) continue;
    return cue.type;
  }
  return null;
}

/**
 * Where a noun phrase's last conjunct of modifiers starts ("java and *python packages*"): after the
 * last coordinator standing between two words that are no stopwords, with a word after the second.
 */
function afterCoordinatedModifiers(language: Language, words: readonly string[], from: number, end: number): number {
  let at = from;
  for (let k = from + 1; k < end - 2; k++) {
    const [left, right] = [words[k - 1] ?? '', words[k + 1] ?? ''];
    if (language.words.coordinators.includes(words[k] ?? '') && !language.stopwords.has(left) && !language.stopwords.has(right))
      at = k + 1;
  }
  return at;
}

/**
 * "*name the* outlet AWS talked to", "can you *tell me the* analyst who …": a request opening the
 * question (after stopwords such as "can you", "pls") and followed by an article asks for one of a
 * kind, as "which" does. The words with the request read as the lexicon's first kind opener; as they
 * are otherwise.
 */
function asKindRequest(language: Language, words: readonly string[]): readonly string[] {
  const which = language.kindOpeners.values().next().value;
  for (let at = 0; at < words.length; at++) {
    const request = phraseAt(language.kindRequests, words, at);
    if (request) {
      const after = at + request.length;
      return which !== undefined && language.kindSkips.has(words[after] ?? '')
        ? [...words.slice(0, at), which, ...words.slice(after)]
        : words;
    }
    if (!language.stopwords.has(words[at] ?? '')) return words;
  }
  return words;
}

function detectKind(index: QaIndex, words: readonly string[], wants: AnswerTypeName | null): Question['kind'] {
  const { language } = index;
  const at = words.findIndex((w) => language.kindOpeners.has(w));
  if (at < 0) return null;
  let i = at + 1;
  while (i < words.length && (language.kindSkips.has(words[i] ?? '') || language.words.numberWords.includes(words[i] ?? ''))) i++;
  // A kind the lexicon names in two words ("programming languages") before one word: "which cloud
  // company" must not read as "which company", a question about a company the story may never name.
  const first = stem(words[i] ?? '', language.stems);
  const second = words[i + 1] === undefined ? undefined : stem(words[i + 1] ?? '', language.stems);
  for (const noun of second === undefined ? [[first]] : [[first, second], [first]]) {
    const members = language.kinds.get(noun.join(' '));
    // "which hypervisor": one the lexicon lists (KVM, Xen), or one the story names by the noun ("the EC2 hypervisor").
    const headStem = noun[noun.length - 1] ?? '';
    if (members)
      return {
        members,
        term: termsOf(language, noun, false)[0] ?? null,
        terms: termsOf(language, noun, false),
        noun: words.slice(i, i + noun.length).join(' '),
        named: namedKindPattern(index, headStem, words),
      };
  }
  // "what famous bug did …": a kind the lexicon lists, after words the story never uses. Those
  // words describe the thing asked for rather than ask about the story, so they are not searched.
  // Words the story does use keep their meaning: "which cloud company" is not "which company".
  let verb = i;
  while (verb < words.length && !language.yesNoStarts.has(words[verb] ?? '')) verb++;
  if (verb < words.length && verb - i >= 2 && verb - i <= 3) {
    const modifiers = words.slice(i, verb - 1);
    const head = stem(words[verb - 1] ?? '', language.stems);
    const members = language.kinds.get(head);
    if (members && modifiers.every((w) => !isStoryWord(language, w) && !language.stopwords.has(w)))
      return {
        members,
        term: termsOf(language, [head], false)[0] ?? null,
        noun: words.slice(i, verb).join(' '),
        modifiers: modifiers.map((w) => stem(w, language.stems)),
      };
  }
  // "which car companies": a listed kind narrowed by one word the story uses. The word stays
  // searched, and the answer must hold it too (see `qualifiers`).
  const narrowed = second === undefined ? undefined : language.kinds.get(second);
  const qualifiers = termsOf(language, [first], false);
  if (narrowed && !language.stopwords.has(first) && !language.kinds.has(first) && qualifiers.length > 0)
    return {
      members: narrowed,
      term: termsOf(language, [second ?? ''], false)[0] ?? null,
      noun: words.slice(i, i + 2).join(' '),
      qualifiers,
      qualifierWord: words[i] ?? '',
    };
  // "which <noun> was …" for a noun the story uses but the lexicon lists no members of: the
  // answer must name one ("which instance type was first" wants "C5 instances"). The noun is the
  // last word before the verb; only a singular one, since a plural asks for a list ("which
  // sectors"), and only after "which": "what" starts too many questions that ask no kind.
  // "what kind of servers" asks for a kind as "which server" does, and a plural does not ask for a list.
  const kindOf = language.kindNouns.has(words[at + 1] ?? '') && words[at + 2] === 'of';
  const unknown = wants === null ? unknownKind(index, words, i) : null;
  if (unknown) return unknown;
  // "which *specific* java packages": an adjective of exactness asks for the members by name, plural or not.
  const exact = language.precisionAdjectives.has(words[at + 1] ?? '');
  if (wants !== null || !(language.namedKindOpeners.has(words[at] ?? '') || kindOf || exact)) return null;
  // The noun phrase runs up to its verb ("is", "was", "does"): "which EC2 instance type was …".
  let end = i;
  while (end < words.length && !language.yesNoStarts.has(words[end] ?? '')) end++;
  // "which java *and* python packages": modifiers joined before the noun; the last stands for each.
  const from = afterCoordinatedModifiers(language, words, i, end);
  // "which feature *on the Tesla* is …": a noun the story heads a compound with, before a preposition.
  const stop = words.slice(from, end).findIndex((w) => language.stopwords.has(stem(w, language.stems)));
  if (stop >= 0) {
    const before = words[from + stop - 1];
    return stop > 0 && before !== undefined && !/[^s]s$/.test(before) && isStoryWord(language, before)
      ? compoundKind(index, words, before, words.slice(from, from + stop).join(' '))
      : null;
  }
  const span = words.slice(from, end).filter((w) => !language.kindSkips.has(w));
  const head = span[span.length - 1];
  if (head === undefined || end >= words.length || (!kindOf && !exact && /[^s]s$/.test(head)) || !isStoryWord(language, head))
    return null;
  const headStem = stem(head, language.stems);
  const term = termsOf(language, [headStem], false)[0] ?? null;
  if (!term || term.startsWith('e:') || term.startsWith('i:')) return null;
  // Only for a kind the story names things of ("EC2 instance types", "Launch Complex 2"): for a
  // noun it never names ("the automotive space"), "which space" asks for a description, not a name.
  if (!storyNamesOfKind(index, headStem)) return compoundKind(index, words, head, words.slice(i, end).join(' '));
  // … and names one of the kind the question narrows it to: "Python packages" are no Java packages,
  // so "which specific *java* packages" wants a name beside "java packages".
  const qualifier = span.length > 1 ? span[span.length - 2] : undefined;
  const phrase = exact && qualifier !== undefined && isStoryWord(language, qualifier) ? `${qualifier} ${headStem}` : headStem;
  return { members: ['@named'], term, noun: words.slice(i, end).join(' '), named: namedKindPattern(index, phrase, words) };
}

/**
 * Question words no fact holds, replaced by their WordNet paraphrases (two words before one:
 * "bring up" → mention). Words a fact holds, names and stopwords are left as they are.
 */
function paraphrased(
  index: QaIndex,
  stems: readonly string[],
  yesNo: boolean,
): { stems: string[]; expansions: Question['expansions'] } {
  const { language } = index;
  const expansions = new Map<string, { terms: string[]; relation: Relation }>();
  // "were the minutes private?" is answered by "publicly-posted"; "what is private?" is not.
  const usable = <T extends { relation: Relation }>(found: T | undefined) =>
    found && (yesNo || found.relation !== 'antonym') ? found : undefined;
  if (language.paraphrases.size === 0) return { stems: [...stems], expansions };
  const out: string[] = [];
  // A word starting a phrase the lexicon knows ("bring up", a filler) is read as that phrase, and a
  // word the lexicon maps onto a story term ("found" → discovered) keeps that term.
  const unknown = (s: string | undefined, at: number) =>
    s !== undefined &&
    !index.documentFrequency.has(s) &&
    !language.stopwords.has(s) &&
    !language.phrases.longestAt(stems, at) &&
    !termsOf(language, [s], false).some((t) => index.documentFrequency.has(t));
  for (let i = 0; i < stems.length; i++) {
    const one = stems[i] ?? '';
    const pair = i + 1 < stems.length ? `${one} ${stems[i + 1]}` : null;
    const two = pair === null ? undefined : usable(language.paraphrases.get(pair));
    if (two && pair && unknown(one, i)) {
      out.push(`x:${pair}`);
      expansions.set(`x:${pair}`, two);
      i++;
      continue;
    }
    const single = usable(language.paraphrases.get(one));
    if (single && unknown(one, i)) {
      out.push(`x:${one}`);
      expansions.set(`x:${one}`, single);
      continue;
    }
    out.push(one);
  }
  return { stems: out, expansions };
}

/**
 * WordNet's multiword expressions read as one word ("ties in" → "tie in"): one holding a word no
 * fact holds stands as a whole for the words it joins, so it maps through its own senses ("stick
 * around" → remain) or weighs as a describing word ("in a nutshell"); the table lists only those.
 * A span a lexicon phrase claims, or made of story words and stopwords only, is left as it is.
 */
function collocated(index: QaIndex, stems: readonly string[]): readonly string[] {
  const { language } = index;
  if (language.collocations.size === 0) return stems;
  const foreign = (s: string) =>
    !language.stopwords.has(s) &&
    !index.documentFrequency.has(s) &&
    !termsOf(language, [s], false).some((t) => index.documentFrequency.has(t));
  let out: string[] | null = null;
  for (let i = 0; i < stems.length; i++) {
    const candidates = language.collocations.get(stems[i] ?? '');
    const found =
      candidates && !language.phrases.longestAt(stems, i)
        ? candidates.find((words) => standsAt(stems, i, words) && words.some(foreign))
        : undefined;
    if (!found) {
      out?.push(stems[i] ?? '');
      continue;
    }
    out ??= stems.slice(0, i);
    out.push(found.join(' '));
    i += found.length - 1;
  }
  return out ?? stems;
}

/**
 * "what are *the 3* other stories", "*what three* qualities": a number between a determiner (or a
 * question word) and its noun counts the answer's
 * parts; it is not a figure to look for ("Model 3", "Launch Complex 2" follow their noun). A number
 * of days or years is a span of time, no count of parts: "why bring up *the 12 days*" asks about it.
 */
function withoutQuantities(language: Language, words: readonly string[]): string[] {
  return words.filter(
    (w, i) =>
      !(
        (/^\d+$/.test(w) || language.words.numberWords.includes(w)) &&
        (language.quantifierDeterminers.has(words[i - 1] ?? '') || language.interrogatives.has(words[i - 1] ?? '')) &&
        i + 1 < words.length &&
        !language.words.timeUnits.includes(words[i + 1] ?? '')
      ),
  );
}

/**
 * "what *type* of attack", "which *sort* of chips": the noun of kind right after the question word asks
 * which one, as "which attack" does; it is not searched ("type" is also a story word: "instance types").
 */
function withoutKindNoun(language: Language, words: readonly string[]): readonly string[] {
  return words.filter(
    (w, i) => !(language.kindNouns.has(w) && words[i + 1] === 'of' && language.kindOpeners.has(words[i - 1] ?? '')),
  );
}

/**
 * Terms of a clause the question subordinates to its own ("what did the LF send *when they were
 * asked*", "why is Xen doomed *even though AWS says …*"): the circumstances, weighed less than
 * what is asked. Only a clause after the question's first words; terms the main clause has too stay whole.
 */
const noTerms: ReadonlySet<string> = new Set();

function backgroundOf(language: Language, words: readonly string[], terms: readonly string[]): ReadonlySet<string> {
  const at = words.findIndex(
    (w, i) => i >= 1 && (language.subordinators.get(w)?.some((phrase) => standsAt(words, i, phrase)) ?? false),
  );
  if (at < 0) return noTerms;
  const stems = (ws: readonly string[]) => ws.map((w) => stem(w, language.stems));
  const main = new Set(termsOf(language, stems(words.slice(0, at)), false));
  if (![...main].some((t) => !t.startsWith('i:'))) return noTerms;
  const clause = termsOf(language, stems(words.slice(at)), false).filter((t) => !main.has(t) && terms.includes(t));
  return new Set(clause);
}

const timeFramesByLanguage = new WeakMap<Language, { phrases: readonly string[][]; markers: ReadonlySet<string> }>();

/** The prepositions placing a date relative to an event ("before", "prior to") as words, and their terms, once per language. */
function timeFrames(language: Language): { phrases: readonly string[][]; markers: ReadonlySet<string> } {
  let frames = timeFramesByLanguage.get(language);
  if (!frames) {
    const prepositions = language.words.relativeDatePrepositions;
    frames = {
      phrases: prepositions.map((p) => p.split(/\s+/)),
      markers: new Set(prepositions.flatMap((p) => termsOf(language, stemmedTokens(language, p), false))),
    };
    timeFramesByLanguage.set(language, frames);
  }
  return frames;
}

/**
 * "*Before the TechTarget comment*, what had AWS said …", "after the update ran, did …": a message
 * opening with a preposition placing it in time, before its question word, asks about what happened
 * then; the event it is placed by is the circumstance, weighed as a clause's terms are, not what is
 * asked. The terms only the frame holds; none where the message opens otherwise.
 */
function leadingTimeFrame(language: Language, words: readonly string[], terms: readonly string[]): ReadonlySet<string> {
  const { phrases, markers } = timeFrames(language);
  if (!phrases.some((phrase) => standsAt(words, 0, phrase))) return noTerms;
  const at = words.findIndex((w) => language.interrogatives.has(w) || language.yesNoStarts.has(w));
  if (at < 2) return noTerms;
  const stems = (ws: readonly string[]) => ws.map((w) => stem(w, language.stems));
  const main = new Set(termsOf(language, stems(words.slice(at)), false));
  return new Set(
    termsOf(language, stems(words.slice(0, at)), false).filter((t) => !main.has(t) && !markers.has(t) && terms.includes(t)),
  );
}

/** A message split into a set-up (or the asker's trailing comment) and the question it leaves. */
type SetUpParts = NonNullable<ReturnType<typeof setUpWords>>;

/**
 * Terms only a set-up before the question holds ("*For the counterpoint, Cottingham pushed back on the
 * doom talk.* In his words, what is …"): the asker's circumstances, weighed as the asker's own things
 * are (a fact lacking them lacks nothing asked). The names it holds keep their weight, for the question
 * may point back at them ("his"), but for one only its first-person words give ("*our* episode" is the
 * asker's, not the publication's); so do intents.
 */
function setUpTerms(index: QaIndex, parts: SetUpParts | null, terms: readonly string[]): string[] {
  const { language } = index;
  if (!parts) return [];
  // A word the story never uses was read in the message as the story's word it is a typo of ("setting"
  // → "sitting"); the set-up's words are read both ways, so that the message's terms are found in them.
  const termsOfWords = (words: readonly string[]) =>
    termsOf(
      language,
      words.flatMap((w) => {
        const stem = stemOfWord(language, w);
        const corrected = language.vocabulary.has(stem) ? null : language.spell.correct(w);
        return corrected === null ? [stem] : [stem, stemOfWord(language, corrected)];
      }),
      false,
    );
  const asked = new Set(termsOfWords(withVoice(index, parts.question)));
  const circumstances = termsOfWords(withVoice(index, parts.setUp)).filter((t) => !asked.has(t) && terms.includes(t));
  const named = new Set(termsOfWords(parts.setUp));
  return circumstances.filter((t) => !t.startsWith('i:') && !(t.startsWith('e:') && named.has(t)));
}

/**
 * "I run a mixed fleet of *m4* and *c4* on EC2 and my manager wants a risk doc by Friday. who from AWS spoke
 * on the call?": a name only the set-up holds is the asker's circumstance, not a thing asked about, so the
 * story not knowing it declines nothing.
 */
function onlyInSetUp(language: Language, parts: SetUpParts | null, name: string): boolean {
  if (!parts) return false;
  const words = spelledWords(language, name);
  const holds = (text: readonly string[]) => words.every((w) => text.includes(w));
  return holds(parts.setUp) && !holds(parts.question);
}

/**
 * "is AWS still on the board *or did they walk away*", "did the Register quote the documents word
 * for word *or paraphrase them*": a yes/no question offering an alternative is answered by a fact
 * holding either, so the terms only the alternative after the last `alternatives` word has weigh as
 * background, like a subordinate clause's.
 */
function withAlternative(
  index: QaIndex,
  words: readonly string[],
  terms: readonly string[],
  background: ReadonlySet<string>,
): { background: ReadonlySet<string>; alternatives: string[] } {
  const { language } = index;
  const at = words.findLastIndex((w) => language.alternatives.has(w));
  if (at < 2 || at >= words.length - 1) return { background, alternatives: [] };
  const stems = (ws: readonly string[]) => ws.map((w) => stem(w, language.stems));
  const offered = termsOf(language, stems(words.slice(at + 1)), false);
  // "were the minutes *leaked* or public": where the story holds the second alternative, the word
  // right before "or" is the first, and background too (unless it names someone): the answer may be either.
  const before = termsOf(language, stems(words.slice(at - 1, at)), false);
  const either = offered.some((t) => index.documentFrequency.has(t)) && before.every((t) => !t.startsWith('e:')) ? before : [];
  const first = new Set(termsOf(language, stems(words.slice(0, either.length > 0 ? at - 1 : at)), false));
  const second = [...either, ...offered].filter((t) => !first.has(t) && terms.includes(t));
  if (second.length === 0) return { background, alternatives: [] };
  return { background: new Set([...background, ...second]), alternatives: either.length > 0 ? second : [] };
}

const auxiliaryPatterns = new WeakMap<Language, RegExp>();

/**
 * Punctuation, or an auxiliary verb (the lexicon's yes/no openers) or a question word ("besides
 * cloud *what* spaces …") as a word of its own.
 */
function auxiliaryOrStop(language: Language): RegExp {
  let pattern = auxiliaryPatterns.get(language);
  if (!pattern) {
    const auxiliaries = [...language.yesNoStarts, ...language.interrogatives].map(escapeRegExp).join('|');
    pattern = new RegExp(`[,;.?!]|\\s(?=(?:${auxiliaries})(?:\\s|$))`, 'i');
    auxiliaryPatterns.set(language, pattern);
  }
  return pattern;
}

/**
 * "which Citrix exec talked to the Register directly, not via a blog post": what the question rules
 * out (from an exclusion marker to the end of its clause) is not searched for. What it sets aside
 * before a postposed marker and its comma ("cloud aside, …") is ruled out too, and kept apart.
 */
function withoutExclusions(
  language: Language,
  typed: string,
  excluded = '',
  setAside = '',
): { kept: string; excluded: string; setAside: string } {
  const postposed = language.postposedExclusion.exec(typed);
  if (postposed) {
    const [whole, before = '', ruledOut = ''] = postposed;
    const rest = typed.slice(0, postposed.index) + before + typed.slice(postposed.index + whole.length);
    return withoutExclusions(language, rest, `${excluded} ${ruledOut}`, `${setAside} ${ruledOut}`);
  }
  if (!language.exclusionPattern.test(typed)) return { kept: typed, excluded, setAside };
  // "besides cloud, what …": a question may open with what it rules out (each marker has a space before it).
  const question = ` ${typed}`;
  const lower = question.toLowerCase();
  for (const marker of language.exclusions) {
    const at = lower.indexOf(marker);
    if (at < 0) continue;
    const from = at + marker.length;
    // What is ruled out is a noun phrase: it ends at punctuation or at the clause's verb ("besides
    // amazon *is* moving to kvm"), which belongs to the question again.
    const end = lower.slice(from).search(auxiliaryOrStop(language));
    const ruledOut = end < 0 ? question.slice(from) : question.slice(from, from + end);
    const rest = end < 0 ? '' : question.slice(from + end);
    // "xen's future *outside* the cloud": set aside, as "cloud aside" is.
    const aside = language.settingAsideExclusions.has(marker) ? `${setAside} ${ruledOut}` : setAside;
    return withoutExclusions(language, `${question.slice(0, at)} ${rest}`, `${excluded} ${ruledOut}`, aside);
  }
  return { kept: question, excluded, setAside };
}

/**
 * "who spoke on the call, schlager or something?": people named alone after a who question's last
 * comma are a guess at its answer, not what it asks about. Empty unless that part names only people.
 */
function guessedPeople(language: Language, question: string): ReadonlySet<string> {
  const comma = question.lastIndexOf(',');
  if (comma < 0) return noTerms;
  const termsIn = (text: string) => typedTermsOf(language, text);
  const tail = termsIn(question.slice(comma + 1));
  const people = tail.filter((t) => t.startsWith('e:') && language.entities.get(t.slice(2))?.kind === 'person');
  if (people.length === 0 || people.length !== tail.length) return noTerms;
  // "who is the google vp, potti?": a person the question names before the guess is what it asks about.
  const head = new Set(termsIn(question.slice(0, comma)));
  return new Set(people.filter((t) => !head.has(t)));
}

/**
 * "what does the hack relay, *is it wifi?*", "why was the launch moved, *was it some certification
 * thing?*": a yes/no clause after the last comma of a question asking something else is the asker's
 * guess at the answer. The terms only it holds weigh as background, like a subordinate clause's:
 * the answer may confirm the guess or correct it.
 */
function guessedClause(language: Language, question: string, terms: readonly string[]): ReadonlySet<string> {
  const comma = question.lastIndexOf(',');
  if (comma < 0) return noTerms;
  const tail = question.slice(comma + 1);
  if (!language.yesNoStarts.has(tokenise(normalise(tail, language.contractions))[0] ?? '')) return noTerms;
  const head = new Set(typedTermsOf(language, question.slice(0, comma)));
  if (![...head].some((t) => !t.startsWith('i:'))) return noTerms;
  const guess = typedTermsOf(language, tail).filter((t) => !head.has(t) && terms.includes(t));
  return guess.length === 0 ? noTerms : new Set(guess);
}

/**
 * "does the Register have *any clue* why …", "*any idea* why": a question asks with "any" what a
 * statement says with "no" ("no clue", "no idea"); where the lexicon knows the phrase with "no", "any" reads as "no".
 */
function withPolarity(language: Language, stems: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  stems.forEach((w, i) => {
    if (w !== 'any' || i + 1 >= stems.length) return;
    const negated = ['no', ...stems.slice(i + 1)];
    if ((language.phrases.longestAt(negated, 0)?.length ?? 0) < 2) return;
    out ??= [...stems];
    out[i] = 'no';
  });
  return out ?? stems;
}

/**
 * "who *figured out* the relay attack": in a "who" question negating nothing, a verb of solving (the
 * lexicon's `solving`) asks who found something out, not who did not know it ("no idea").
 */
function solvedAsFound(language: Language, words: readonly string[]): readonly string[] {
  if (words.some((w) => language.negations.has(w))) return words;
  let out: string[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const match = language.solving.phrases.find((p) => standsAt(words, i, p));
    if (!match) {
      out?.push(words[i] ?? '');
      continue;
    }
    out ??= words.slice(0, i);
    out.push(language.solving.as);
    i += match.length - 1;
  }
  return out ?? words;
}

/**
 * "google's open-source *assurance* thing" where the story says "assured": a noun the story never
 * uses, made from a verb by an English nominal suffix (the lexicon's `nominalSuffixes`: -ance, -ment,
 * -ation …), stands for that verb where the story uses it ("assur"). The verb is tried as it is, with
 * an "e" and with "ate" ("migration" → migrate); a shorter base than `tuning.minDerivedBaseLength` is left
 * alone ("sentence" is not "sent", "instance" not "inst").
 */
function verbOfNoun(index: QaIndex, token: string): string | null {
  const { language } = index;
  for (const suffix of language.nominalSuffixes) {
    if (!token.endsWith(suffix) || token.length - suffix.length < tuning.minDerivedBaseLength) continue;
    const base = token.slice(0, -suffix.length);
    // "certific-ation" → certify, "applic-ation" → apply: the verbs in -ify and -ply make their nouns in -ication.
    const verbs = base.endsWith('ic')
      ? [base, `${base}e`, `${base}ate`, `${base.slice(0, -2)}y`]
      : [base, `${base}e`, `${base}ate`];
    for (const verb of verbs) {
      const terms = termsOf(language, [stem(verb, language.stems)], false);
      if (terms.length > 0 && terms.every((t) => index.documentFrequency.has(t))) return verb;
    }
  }
  return null;
}

/**
 * The terms of what a purpose question says was made: the words after its verb of creation up to the
 * closing preposition ("what did AWS build *its KVM hypervisor* for"), or in the passive between the
 * auxiliary and the verb ("what was *the new hypervisor* built for"), other than names. A fact
 * stating the purpose may name the thing otherwise ("they have created a new offering … to power"), so
 * these weigh as background, like a clause's.
 */
function madeThingTerms(
  language: Language,
  words: readonly string[],
  verbs: readonly string[],
  terms: readonly string[],
): readonly string[] {
  if (verbs.length === 0) return [];
  const at = words.findLastIndex((w) => verbs.includes(w));
  // "what was *the new hypervisor* built for": in the passive what was made stands before the verb.
  // "… says the new offering *is meant* for": an auxiliary right before the verb follows what was made, which is searched.
  const auxiliary = words.findLastIndex((w, i) => i < at && language.yesNoStarts.has(w));
  const after = words.slice(at + 1, -1);
  const made = after.length > 0 || auxiliary < 0 ? after : words.slice(auxiliary + 1, at);
  const object = made.map((w) => stemOfWord(language, w));
  return termsOf(language, object, false).filter((t) => terms.includes(t) && !t.startsWith('e:'));
}

/** "can they just unlock it or more than that", "only the door or": a limiter, then an open "or". */
function asksOnlyOrMore(language: Language, words: readonly string[]): boolean {
  const { limiters, continuations } = language.onlyOrMore;
  const limited = words.findIndex((w) => limiters.has(w));
  if (limited < 0) return false;
  const joiners = language.words.comparison.choiceJoiners;
  const or = words.findIndex((w, at) => at > limited && joiners.includes(w));
  return or > 0 && (or === words.length - 1 || continuations.has(words[or + 1] ?? ''));
}

/** The intent term of someone's role and employer. */
const roleIntent = 'i:role';
const headlineIntent = intentTerm('headline');

/**
 * "which firm is Warrilow an analyst at", "what company is she with": a "which <organisation>"
 * question naming a person and ending on a preposition of affiliation asks the person's own
 * organisation, as "which company does she work for" does, not any organisation near them.
 */
function asksAffiliation(
  language: Language,
  words: readonly string[],
  kind: Question['kind'],
  terms: readonly string[],
): boolean {
  if (!kind?.members.includes('@org') || !language.affiliationPrepositions.has(words[words.length - 1] ?? '')) return false;
  return namesPerson(language, terms);
}

/** Whether the terms name one of the story's people. */
function namesPerson(language: Language, terms: readonly string[]): boolean {
  return terms.some((t) => t.startsWith('e:') && language.entities.get(t.slice(2))?.kind === 'person');
}

/**
 * "where does Warrilow work", "where is Cottingham employed": "where" with a verb of working
 * (`workVerbs`) asked of a person asks their employer, which their role gives, not a place: it is
 * read as "what", with the role's intent.
 */
function asksWorkplace(language: Language, type: QuestionType, words: readonly string[]): boolean {
  if (type !== 'where' || !words.some((w) => language.workVerbs.has(w))) return false;
  return namesPerson(language, termsOf(language, stemmedTokens(language, words.join(' ')), false));
}

/** The question types a "who" opens: whoever did something, whom someone told, whose words these are. */
const personTypes: ReadonlySet<QuestionType> = new Set(['who', 'recipient', 'speaker']);

/**
 * "who *at TechTarget* did AWS talk to", "who from the LF sent it": "who" right before a preposition
 * of affiliation and an organisation asks for one of its people, a person the question does not name.
 */
function asksPersonAt(language: Language, words: readonly string[]): boolean {
  // The question asks whom (one of `personTypes`): its first question word is the "who".
  const opener = words.findIndex((w) => language.interrogatives.has(w));
  // "who *exactly* at AWS": an adverb of exactness after the question word asks the same.
  const at = language.precisionAdverbs.has(words[opener + 1] ?? '') ? opener + 1 : opener;
  if (opener < 0 || !language.affiliationPrepositions.has(words[at + 1] ?? '')) return false;
  const start = language.articleDeterminers.has(words[at + 2] ?? '') ? at + 3 : at + 2;
  for (let end = start + 1; end <= Math.min(words.length, start + 3); end++) {
    const terms = termsOf(language, stemmedTokens(language, words.slice(start, end).join(' ')), false);
    if (terms.some((t) => t.startsWith('e:') && language.entities.get(t.slice(2))?.kind === 'organisation')) return true;
  }
  return false;
}

/**
 * "which *linux foundation staffer* sent it", "what *aws exec* addressed the board": a kind opener, an
 * organisation's name (up to three words) and a noun of a job ask for one of its people, as "who at
 * the Linux Foundation" does: the answer must name a person. The job noun's words, or null.
 */
function organisationsPersonJob(language: Language, words: readonly string[]): readonly string[] | null {
  const at = words.findIndex((w) => language.kindOpeners.has(w));
  if (at < 0) return null;
  const start = language.articleDeterminers.has(words[at + 1] ?? '') ? at + 2 : at + 1;
  for (let end = start + 1; end <= Math.min(words.length - 1, start + 3); end++) {
    const job = phraseAt(language.jobNounPhrases, words, end);
    if (!job) continue;
    const terms = termsOf(language, stemmedTokens(language, words.slice(start, end).join(' ')), false);
    if (terms.length !== 1 || language.entities.get(terms[0]?.slice(2) ?? '')?.kind !== 'organisation') return null;
    // "which *gartner analyst*": a job the story's data gives one person names that person, who is no answer.
    const named = termsOf(language, stemmedTokens(language, words.slice(start, end + job.length).join(' ')), false);
    return named.some((t) => language.entities.get(t.slice(2))?.kind === 'person') ? null : job;
  }
  return null;
}

/** "how many other *articles* are at the bottom of the page": the plural, placed on the page, counts the related stories. */
function placedStoriesCounted(language: Language, words: readonly string[], counted: string | null): string | null {
  if (counted === null || counted.startsWith('i:') || !namesPlacedStories(language, words)) return counted;
  const plural = words.find((w) => language.articlePlurals.has(w));
  return plural !== undefined && stemOfWord(language, plural) === counted ? relatedIntent : counted;
}

/** Whether a noun of a job that also names a stance follows a possessive never standing for a person ("its position"). */
function heldStance(language: Language, words: readonly string[]): boolean {
  const { nouns, impersonalPossessives } = language.stances;
  return words.some((w, i) => nouns.has(w) && impersonalPossessives.has(words[i - 1] ?? ''));
}

/** The intent term of the article's publication date. */
const publishedIntent = 'i:published';
/** Who wrote or published the article. */
const authorshipIntents: ReadonlySet<string> = new Set(['i:byline', 'i:publication']);
/** The article's own parts and facts, whose maker is its writer or publication. */
const articleIntents: ReadonlySet<string> = new Set([
  ...authorshipIntents,
  publishedIntent,
  'i:headline',
  'i:standfirst',
  'i:footer',
  'i:update',
  'i:address',
]);
/**
 * "what date is on the UPDATE *section*", "the update *part*": a noun for a part of a text right after
 * the name of one of the page's own parts names that part again, and is not searched.
 */
function withoutRepeatedPartNoun(language: Language, words: readonly string[], terms: readonly string[]): readonly string[] {
  if (!terms.some((t) => articleIntents.has(t))) return terms;
  const repeated = new Set<string>();
  const stems = words.map((w) => stemOfWord(language, w));
  for (let i = 1; i < stems.length; i++) {
    const noun = stems[i] ?? '';
    if (!language.textNouns.has(noun)) continue;
    const named = termsOf(language, [stems[i - 1] ?? ''], false);
    if (named.some((t) => articleIntents.has(t))) for (const t of termsOf(language, [noun], false)) repeated.add(t);
  }
  return repeated.size === 0 ? terms : terms.filter((t) => !repeated.has(t));
}

/** Questions that may ask for someone's view by a verb of saying or judging after them ("why does X reckon …"). */
const viewTypes: ReadonlySet<QuestionType> = new Set(['yesno', 'what', 'why']);

const orderTermsByLanguage = new WeakMap<Language, ReadonlySet<string>>();

/**
 * "is this story old", "how recent is this article": an adjective of age asks the date in a yes/no
 * question, and after "how" in another ("what is new in this story" asks what is new).
 */
function asksAge(language: Language, words: readonly string[], type: QuestionType): boolean {
  if (type !== 'yesno' && type !== 'what') return false;
  // Most questions hold no adjective of age: look its first words up before matching phrases.
  const openers = phrasesByFirstWord(language.ageWords);
  if (!words.some((w) => openers.has(w))) return false;
  return language.ageWords.some((phrase) =>
    words.some(
      (_, i) =>
        standsAt(words, i, phrase) &&
        (type === 'yesno' || language.degreeQuestionWords.has(words[i - 1] ?? '')) &&
        // "is it just *for* new stuff": after a preposition the adjective describes another noun.
        !prepositionBefore(language, words[i - 1] ?? ''),
    ),
  );
}

/** Whether a word is a preposition of place or direction ("for", "on"): an adjective after it is not the predicate. */
function prepositionBefore(language: Language, word: string): boolean {
  return language.placePrepositions.has(word) || language.directionPrepositions.has(word);
}

/**
 * "when did this article first go up", "when did the piece come out": a "when" question about the
 * article itself (a determiner and a noun for it) that searches nothing else, or only an adverb of
 * order, asks when it was published, however it says so.
 */
function asksArticleDate(
  language: Language,
  words: readonly string[],
  type: QuestionType,
  terms: readonly string[],
  publication: string | null,
): boolean {
  if (type !== 'when' && !asksAge(language, words, type)) return false;
  // "date article": a search-style query names the article with its noun alone.
  const nounAt = isSearchQuery(language, words)
    ? words.findIndex((w) => language.articleNouns.has(w))
    : words.findIndex((w, i) => language.articleNouns.has(w) && language.articleDeterminers.has(words[i - 1] ?? ''));
  // "what date did *this* go up", "when did *it* drop": a pronoun is the article only where the
  // question holds a word of publishing or age and searches nothing else, which the checks below make sure of.
  if (nounAt < 0 && !words.some((w) => language.articlePronouns.has(w))) return false;
  let order = orderTermsByLanguage.get(language);
  if (!order) {
    order = new Set(termsOf(language, [...language.orderAdverbs], false));
    orderTermsByLanguage.set(language, order);
  }
  const known = order;
  // The noun naming the article ("this *post*") may be a story word too; here it names the article.
  const noun = nounAt < 0 ? noTerms : new Set(termsOf(language, [stem(words[nounAt] ?? '', language.stems)], false));
  // "when did this *drop*", "what year is this article from, is it *old*": the verb of publishing and
  // the adjective of age say that the article's date is asked, as the published intent does.
  const publishing = publishingTermsIn(language, words);
  // "when did this happen" may ask about the news; "when did this go up" asks about the article.
  if (nounAt < 0 && publishing === null) return false;
  // "when did this go up *on the site*", "when did *the reg* post this": beside a word of publishing,
  // an outlet's noun and the publication itself say where it was published, not what is asked.
  const place = publishing === null ? noTerms : placeOfPublishing(language, words, publication);
  return terms.every((t) => known.has(t) || noun.has(t) || t === publishedIntent || publishing?.has(t) || place.has(t));
}

/** The terms of the question's outlet nouns ("site") and of the publication: where the article was published. */
function placeOfPublishing(language: Language, words: readonly string[], publication: string | null): ReadonlySet<string> {
  const outlets = words.filter((w) => language.outletNouns.has(w)).map((w) => stemOfWord(language, w));
  const place = new Set(termsOf(language, outlets, false));
  if (publication !== null) place.add(`e:${publication}`);
  return place;
}

/**
 * The terms of the question's words of publishing or age ("go up", "dropped", "old"), however the
 * lexicon groups them (none for "go up", all stopwords), or null where it holds none.
 */
function publishingTermsIn(language: Language, words: readonly string[]): ReadonlySet<string> | null {
  const stems: string[] = [];
  let found = false;
  // "what year is this *even* from", "when did it *actually* go up": an adverb of stance inside the
  // phrase changes nothing it says.
  const stance = (w: string) => language.speakingAdverbs.has(stemOfWord(language, w));
  const plain = words.some(stance) ? words.filter((w) => !stance(w)) : words;
  for (let i = 0; i < plain.length; i++)
    for (const phrase of language.publishingWords)
      if (standsAt(plain, i, phrase)) {
        found = true;
        for (const word of phrase) stems.push(stemOfWord(language, word));
      }
  return found ? new Set(termsOf(language, stems, false)) : null;
}

/** Whether the words name an article (an article noun, a part of the page) or a word of publishing or age. */
function speaksOfArticle(language: Language, words: readonly string[], terms: readonly string[]): boolean {
  return (
    words.some((w) => language.articleNouns.has(w)) ||
    terms.some((t) => t.startsWith('i:')) ||
    publishingTermsIn(language, words) !== null
  );
}

const planWordsByLanguage = new WeakMap<Language, ReadonlySet<string>>();

/** Whether the question holds a word opening a phrase of plan ("meant", "supposed", "planned"), by stem: it asks about a plan. */
function asksPlan(language: Language, words: readonly string[]): boolean {
  let planWords = planWordsByLanguage.get(language);
  if (!planWords) {
    planWords = new Set(language.words.planMarkers.map((m) => stem(m.split(/\s+/)[0] ?? '', language.stems)));
    planWordsByLanguage.set(language, planWords);
  }
  const known = planWords;
  return words.some((w) => known.has(stemOfWord(language, w)));
}

const eventualTermsByLanguage = new WeakMap<Language, ReadonlySet<string>>();

/** The terms the lexicon's adverbials of eventual time ("in the end") stand for. */
function eventualTerms(language: Language): ReadonlySet<string> {
  let terms = eventualTermsByLanguage.get(language);
  if (!terms) {
    terms = new Set(language.words.eventualAdverbs.flatMap((a) => termsOf(language, stemmedTokens(language, a), false)));
    eventualTermsByLanguage.set(language, terms);
  }
  return terms;
}

/**
 * Types, entities and terms of a question, with typos corrected against the story's own words;
 * `following` for a later part of a question asking several things, whose pronouns may point back.
 */
export function analyseQuestion(index: QaIndex, message: string, following = false): Question {
  const { language } = index;
  const typed: string[] = [];
  const question = withoutAsides(
    language,
    withoutAfterthoughts(
      language,
      withoutLeadingContext(
        language,
        withoutSetUps(
          language,
          withoutPreamble(
            language,
            withoutSetUpClauses(
              language,
              withoutAskerClauses(
                language,
                withoutInnerTags(
                  language,
                  withoutOpeningMarkers(
                    language,
                    withoutOfferedChoices(
                      language,
                      withQuotationLast(
                        language,
                        withoutAskerWant(
                          language,
                          withoutOpeningHedge(
                            language,
                            withoutOpeningLabel(
                              language,
                              withoutSelfIntroduction(
                                language,
                                withoutClosingReason(language, withoutClosingAddressee(language, message)),
                              ),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  const {
    kept: said,
    excluded,
    setAside,
  } = withoutExclusions(
    language,
    withCheckedDateAsked(
      language,
      withCheckedMakerAsked(
        language,
        withPriorMarkerDropped(language, withDoSupport(language, withDeclarativeAsked(language, question))),
      ),
      Number(index.story.meta.article.published.slice(0, 4)),
    ),
  );
  // "what's Oracle doing *hypervisor-wise*": the suffix says "as for", and the word before it is what is asked about.
  const kept = language.aspectSuffixPattern ? said.replace(language.aspectSuffixPattern, '') : said;
  // "the NZ pad": initials typed in capitals may stand for one of the story's names.
  const capitals = new Set((kept.match(capitalRuns) ?? []).map((w) => w.toLowerCase()));
  const tokens = withHeardNamesJoined(
    index,
    withSplitWordsJoined(language, withSpeltLettersJoined(language, tokenise(normalise(kept, language.contractions)))),
  );
  for (const token of tokens) {
    // "@newsbot who …": a handle the story never uses addresses someone; it asks nothing.
    if (token.startsWith('@') && !language.vocabulary.has(token)) continue;
    const rewritten =
      language.spelling.get(token) ??
      (capitals.has(token) ? language.initialisms.get(token) : language.lowerCaseInitialisms.get(token));
    if (rewritten) {
      typed.push(...rewritten);
      continue;
    }
    // "is xen *quite* dead": a stopword is no word of the story's, whatever its stem ("quit").
    if (language.stemClashes.has(token)) continue;
    // "it starts with a P": a lone letter the story never uses as a word spells, it asks nothing.
    if (token.length === 1 && !language.vocabulary.has(token)) continue;
    // A word WordNet links to the story is a paraphrase, not a typo of some other story word.
    // … and neither is an inflection of a word the story or the lexicon knows ("started" is "start", not "stated").
    const inVocabulary = language.vocabulary.has(token);
    const stemmed = inVocabulary ? token : stemOfWord(language, token);
    // … and a name the topic lists as the story never mentioning it ("nitro") is that name, not a typo ("intro").
    const known =
      inVocabulary ||
      language.vocabulary.has(stemmed) ||
      isEnglishVerbForm(language, token) ||
      (language.paraphrases.size > 0 && language.paraphrases.has(stemmed)) ||
      (language.phrases.longestAt([stemmed], 0)?.values.some((v) => v.startsWith('o:')) ?? false);
    // "accordin to the LF": a typo of a stopword is that stopword, not a word the story never uses.
    const derived = known ? null : verbOfNoun(index, token);
    if (derived !== null) {
      typed.push(derived);
      continue;
    }
    const corrected = known ? token : language.spell.correct(token);
    // "the *kickoff* post": two words of the story written as one ("kicked off").
    const parts = corrected === null && !known ? closedCompound(language, token) : null;
    if (parts !== null) {
      typed.push(...parts);
      continue;
    }
    // "talked to the Register *directly*": an adverb the story never uses says how, not what.
    if (corrected === null && token.length >= 6 && token.endsWith('ly')) continue;
    // "what did the *gardener* analyst say": a name written as it sounds.
    const heard = corrected === null && !known && !language.stopwords.has(token) ? soundAlikeName(index, token) : null;
    if (heard !== null) {
      typed.push(heard);
      continue;
    }
    // "whtas" is the slang "whta" with an "s", or one typo from it: "what" either way.
    const slang = inVocabulary || token.length < tuning.minInterrogativeTypoLength ? null : known ? stemmed : corrected;
    const respelled = slang === null ? undefined : language.spelling.get(slang);
    if (respelled) typed.push(...respelled);
    else typed.push(corrected ?? token);
  }
  // "how does the story end", "the opening paragraph": where in the article, not what ends or opens.
  // "should I worry about my Xen VMs", "is Xen still worth learning": advice is asked; the rest is searched.
  const advised = withoutAdvice(
    language,
    withoutGistFraming(
      language,
      withParticlesBesideVerbs(
        language,
        withQuotingMannerRead(
          language,
          withPreventingRead(language.words.preventing, withObstaclesOvercome(language.words.comparison, typed)),
        ),
      ),
    ),
  );
  const positioned = articlePosition(
    language,
    withOwnOutletNamed(
      index,
      otherOutletNamed(
        index,
        withDiscerning(
          language,
          withLearningAsRevealed(
            language,
            withoutLightVerbs(
              language,
              withoutEmphasis(
                language,
                withoutIntensifiers(
                  language,
                  withCollectivesDropped(language, withWordingAsSaid(language, withoutPartSizes(language, advised.words))),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
    index.publication,
  );
  // "what does Cottingham *look after*": a phrasal verb of care reads as the verb of leading it means.
  const opened = withoutRequestOpening(
    language,
    withoutKnowingOpening(language, withoutTagEnding(language, withVoice(index, caredAsLeading(language, positioned.words)))),
  );
  // "the *xen* article", "when did the Register run *the xen/aws embedded story*": the article named by its title's words.
  const untagged = {
    ...opened,
    words: asKindQuery(
      language,
      withStoryPriorWording(index, withoutTitleWords(index, withStoryForPronoun(index, opened.words))),
    ),
  };
  // "schlaeger remarks", "give me the LF statement": the noun of saying is the cue, as "say" is in "what did Schlaeger say".
  const saying = searchQueryAsksSaid(language, untagged.words)
    ? { sayer: untagged.words.slice(0, -1), noun: untagged.words.length - 1 }
    : namedSayingAsked(language, untagged.words, quoteRecipients(index));
  const detected: DetectedType =
    saying !== null
      ? { type: 'said', subjectWords: saying.sayer, span: { start: saying.noun, end: saying.noun + 1 } }
      : detectType(language, untagged.words, untagged.tagged, detectWants(language, untagged.words) !== null);
  const { subjectWords } = detected;
  // A process cue's own words ("how does * work") ask how something works, not about "work"; a
  // said cue's ("what did * send") ask what someone said, not about sending.
  const cueWordsAsk = detected.type === 'process' || detected.type === 'said' || detected.type === 'speaker';
  const asked = titledArticle(
    index,
    withoutQuantities(
      language,
      cueWordsAsk && detected.span
        ? [
            ...withoutSaidCueWords(language, detected.type, untagged.words.slice(0, detected.span.start)),
            ...subjectWords,
            ...withoutSaidCueWords(language, detected.type, untagged.words.slice(detected.span.end)),
          ]
        : detected.type === 'who'
          ? asSpeakingFor(language, untagged.words)
          : untagged.words,
    ),
  );
  // "are they dropping Xen *completely*": whether the change is total, which a fact bounding it answers; the word is not searched.
  const found = detected.type === 'yesno' ? withoutExtent(language, asked, tokens) : null;
  const extent = found?.found && speaksOfNews(language, asked) ? found : null;
  const words = extent?.words ?? asked;
  // "which Citrix *executive* spoke to the Reg": the job says what the answer is, a person, not what to search.
  const askedJob = organisationsPersonJob(language, untagged.words);
  const wants =
    detectWants(language, words) ??
    searchQueryWants(language, nounPhraseQuery(language, untagged.words) ?? untagged.words) ??
    ((personTypes.has(detected.type) && asksPersonAt(language, untagged.words)) || askedJob !== null ? 'person' : null);
  // "what was the exact date …" asks when, "what is the price …" how much, whatever its first words.
  // "what is BLE": an abbreviation the story introduces asks for its long form.
  const spelled = detected.type === 'what' && wants === null ? definedAbbreviation(index, untagged.words) : null;
  const workplace = asksWorkplace(language, detected.type, untagged.words);
  const type: QuestionType =
    spelled !== null
      ? 'expansion'
      : storySays(index, detected, untagged.words) || workplace
        ? 'what'
        : detected.type !== 'what' || wants === null
          ? detected.type
          : dateValueKinds.has(wants)
            ? 'when'
            : wants === 'person'
              ? 'who'
              : wants === 'version'
                ? 'what'
                : wants === 'destination' || wants === 'location' || wants === 'venue'
                  ? 'where'
                  : 'howmany';
  // "what *specific* month": an adjective of exactness describes the value asked for; it is not searched.
  // "where is X *headed*": the verb of motion asks for a destination, which the contract checks;
  // "where is X *based*": the seat verb asks for a place, which it checks too; "where was X *posted*",
  // the posting verb for a venue.
  const valued =
    wants === null
      ? words
      : withoutPrecision(
          language,
          wants === 'destination'
            ? words.filter((w) => !language.motionVerbs.has(w))
            : wants === 'location'
              ? words.filter((w) => !language.seatVerbs.has(w))
              : wants === 'venue'
                ? words.filter((w) => !language.postingVerbs.has(w))
                : words,
        );
  // "what did AWS build KVM *for*": the verb of creation asks for the purpose, which the fit checks; it is not searched.
  const purposeVerbs =
    type === 'what' || type === 'said' || type === 'why'
      ? purposeVerbsAsked(language.words.purpose, language.interrogatives, untagged.words)
      : [];
  const purposed = purposeVerbs.length > 0 ? valued.filter((w) => !purposeVerbs.includes(w)) : valued;
  // "what's google's new thing *called*": a naming verb closing a what-question asks for the name, as the
  // kind checks; it is not searched (its stem is the story's "call", the Board's).
  const unnamed =
    type === 'what' && language.namingVerbs.includes(purposed[purposed.length - 1] ?? '') ? purposed.slice(0, -1) : purposed;
  const searched = withoutKindNoun(language, type === 'who' ? solvedAsFound(language, unnamed) : unnamed);
  const searchedStems = searched.map((w) => stemOfWord(language, w));
  const phrased = phrasedSource(language, searchedStems, index.publication);
  const storyWide = type === 'yesno' && storySaysWhether(language, untagged.words);
  const sourced =
    phrased.source !== null
      ? phrased
      : type === 'yesno'
        ? storyWide
          ? { source: null, stems: sourceOf(language, searchedStems).stems }
          : sourceOf(language, searchedStems)
        : type === 'what'
          ? openingSource(language, searchedStems)
          : { source: null, stems: searchedStems };
  // "why does the reg reckon …", "how does the writer rate …": whose view the question asks for.
  const attributed = sourced.source === null && viewTypes.has(type) && !storyWide ? viewSource(index, searchedStems) : sourced;
  const { stems, expansions } = paraphrased(index, collocated(index, withPolarity(language, attributed.stems)), type === 'yesno');
  const all = withoutIdleClassifiers(language, words, termsOf(language, stems, false));
  const framed = leadingTimeFrame(language, words, all);
  const subordinate = backgroundOf(language, words, all);
  const clause = framed.size === 0 ? subordinate : new Set([...subordinate, ...framed]);
  const guess = type === 'yesno' ? noTerms : guessedClause(language, kept, all);
  const { background: circumstances, alternatives } =
    type === 'yesno'
      ? withAlternative(index, words, all, clause)
      : { background: guess.size === 0 ? clause : new Set([...clause, ...guess]), alternatives: [] };
  // "what did AWS tell TechTarget *in the end*": when it happened in a sequence, not what.
  const eventual = all.filter((t) => eventualTerms(language).has(t));
  // "what did AWS build *the kvm thing* for": a purpose answers however it names what was made ("a new offering").
  const made = madeThingTerms(language, untagged.words, purposeVerbs, all);
  const lessened = [...eventual, ...made];
  // Split once: the set-up's terms weigh least, and a name only it holds declines nothing.
  const setUpParts = setUpWords(language, question);
  const setUp = setUpTerms(index, setUpParts ?? trailingCommentWords(language, question), all);
  const background = lessened.length === 0 ? circumstances : new Set([...circumstances, ...lessened]);
  // "why does the reg reckon …": the publication whose view is asked for is named only where it says
  // "we"; what is asked is the rest.
  const viewer = attributed !== sourced && attributed.source === index.publication ? `e:${attributed.source}` : null;
  const viewed = viewer !== null && all.includes(viewer) ? new Set([...background, viewer]) : background;
  // "is AWS going *100%* KVM": the figure of a phrase of extent is how far, not a name.
  const names = unknownNames(language, kept).filter((name) => !extent?.phrased.has(name.toLowerCase()));
  // "is the model s affected": another member of a series the story names ("Model 3 and Y").
  names.push(...unknownMembers(index, kept));
  const othersArticle = otherOutletsArticle(index, words, all) ?? priorArticle(index, words, all, type === 'when');
  if (othersArticle) names.push(othersArticle);
  for (const term of all) {
    const outsider = term.startsWith('o:') ? term.slice(2) : null;
    if (outsider && !names.some((n) => n.toLowerCase() === outsider)) names.push(outsider);
  }
  // "Which publication did X talk to?" asks whom X told, not about the story's publication: a
  // recipient question's cue words name no part of the story.
  const exactly = withExactnessUpFront(language, words);
  const kind = withQuantifiedSets(
    index,
    (type === 'what' && wants === null ? namingKind(index, words) : null) ??
      documentKindAsked(language, words, detectKind(index, asKindRequest(language, exactly), wants)),
    words,
  );
  // "what did X tell the Register": the entity right after the verb (and an article) is whom; "who
  // talked to the Register": the one right after the speaker cue's last word ("to").
  let recipient: string | null = null;
  const span = detected.span;
  // A said cue ends on its verb ("what did * tell"); a speaker cue's words end before its `*` ("who talked to *").
  const cueEnd = span === null ? 0 : type === 'speaker' ? span.end - subjectWords.length : span.end;
  const toWhom =
    (type === 'said' && language.recipientVerbs.has(untagged.words[cueEnd - 1] ?? '')) ||
    (type === 'speaker' && language.directionPrepositions.has(untagged.words[cueEnd - 1] ?? ''));
  if (span && toWhom) {
    const after = untagged.words.slice(cueEnd).map((w) => stemOfWord(language, w));
    const from = after[0] !== undefined && language.articleDeterminers.has(after[0]) ? 1 : 0;
    const entity = language.phrases.longestAt(after, from)?.values.find((v) => v.startsWith('e:'));
    recipient = entity?.slice(2) ?? null;
  }
  const modifiers = new Set(kind?.modifiers ?? []);
  const precise = exactly.some(
    (w, k) => language.precisionAdjectives.has(w) && language.interrogatives.has(exactly[k - 1] ?? ''),
  );
  // "the *precise* wording", "the *full* quote": exactness of a word the question drops (a word of speech, text or
  // a value) says how exactly it is wanted, not what it is about; "*accurate* benchmarks" names a thing.
  const preciseOfDropped = untagged.words.some((w, k) => {
    const next = untagged.words[k + 1] ?? '';
    return (
      language.precisionAdjectives.has(w) && (language.stopwords.has(next) || language.stopwords.has(stemOfWord(language, next)))
    );
  });
  // "how much did it cost *in dollars*", "how many *hours*": a unit names the kind of value asked for, which the contract checks.
  const asksValue = wants !== null || type === 'howmany';
  const guessed = type === 'who' ? guessedPeople(language, kept) : noTerms;
  // "is there a *record* of what he said": the word of knowing asks whether, not about what.
  const knowing = whetherKnown(language, untagged.words, type);
  const terms = [
    ...new Set(
      all.filter(
        (t) =>
          !t.startsWith('o:') &&
          !(type === 'recipient' && t.startsWith('i:')) &&
          !modifiers.has(t) &&
          !guessed.has(t) &&
          !(knowing !== null && language.knowing.has(t)) &&
          !(asksValue && language.valueUnits.has(t)) &&
          // "where is CAPSTONE *ultimately* going": the last of the values asked for, not what they are about.
          !(asksValue && eventual.includes(t)) &&
          // "when did this come out, *full* date": how precise a value is asked for is not what it is about.
          !((asksValue || type === 'when' || preciseOfDropped) && language.precisionStems.has(t)) &&
          // "which *specific* java packages": how precisely the members are asked for is not what they are.
          !(kind?.members[0] === '@named' && precise && language.precisionStems.has(t)) &&
          // "*before* the TechTarget comment, what had AWS said": the preposition places the question in time.
          !(framed.size > 0 && timeFrames(language).markers.has(t)),
      ),
    ),
  ];
  if (positioned.position !== null) {
    const position = positionTermIn(positioned.position, terms);
    if (!terms.includes(position)) terms.push(position);
  }
  // "before changing *its position*": a thing's position is its stance, not a job.
  if (terms.includes(roleIntent) && heldStance(language, words)) terms.splice(terms.indexOf(roleIntent), 1);
  // "what's the title", "gimme the title": a title asked of nobody ("his title" asks of someone) is the article's, its headline.
  if (
    type === 'what' &&
    terms.length === 1 &&
    terms[0] === roleIntent &&
    words.some((w) => language.headlineNouns.has(w)) &&
    !words.some((w) => language.personalPronouns.has(w))
  )
    terms.splice(0, 1, headlineIntent);
  const stories = withNamedRelatedStory(index, words, withPlacedStories(language, words, terms));
  if (stories !== terms) terms.splice(0, terms.length, ...stories);
  if (titlesRelatedStory(index, words, terms)) terms.splice(terms.indexOf(roleIntent), 1, headlineIntent);
  // "the google story *at the end*": where a related story sits on the page, not the article's own ending.
  if (positioned.position !== null && stories.includes(relatedIntent)) {
    const position = positionTermIn(positioned.position, terms);
    if (terms.includes(position)) terms.splice(terms.indexOf(position), 1);
  }
  // "the *second* teaser": the place picks the story; the ordinal is not searched.
  const ordered = relatedStoryByOrder(index, words, terms);
  if (ordered !== null) {
    const placing = termsOf(language, [stemOfWord(language, ordered.ordinal)], false);
    terms.splice(0, terms.length, ...terms.filter((t) => !placing.includes(t)));
  }
  const placed = withoutRepeatedPartNoun(language, words, withTeaserStrapline(withoutPlacedFooter(language, words, terms)));
  if (placed !== terms) terms.splice(0, terms.length, ...placed);
  // The asker's comment ("…? feels ancient") searches nothing the date question must account for.
  const ownTerms = setUp.length === 0 ? terms : terms.filter((t) => !setUp.includes(t));
  if (asksArticleDate(language, untagged.words, type, ownTerms, index.publication))
    terms.splice(0, terms.length, publishedIntent);
  else if (asksAffiliation(language, words, kind, terms) && !terms.includes(roleIntent)) terms.push(roleIntent);
  else if (workplace) {
    const working = new Set(words.filter((w) => language.workVerbs.has(w)).map((w) => stemOfWord(language, w)));
    terms.splice(0, terms.length, ...terms.filter((t) => !working.has(t)), roleIntent);
  }
  // "who runs XenServer product management": the leader's role, which a profile gives by a title.
  const leading = leadingVerbTerm(language, words, terms, jobTitleTerms(index), type === 'yesno', kind?.term ?? null);
  if (askedJob !== null && language.genericJobNouns.has(askedJob.join(' '))) {
    const jobTerms = new Set(
      termsOf(
        language,
        askedJob.map((w) => stemOfWord(language, w)),
        false,
      ),
    );
    terms.splice(0, terms.length, ...terms.filter((t) => !jobTerms.has(t)));
  }
  // "is AWS still in the Xen Project": whether AWS is a member.
  const member = membershipTerm(language, words, terms);
  if (member !== null) terms.push(member);
  // "is AWS gonna quit the Xen Project board": leaving an organisation is leaving its membership.
  const left = member === null ? leftMembership(language, words) : null;
  if (left !== null)
    terms.splice(
      0,
      terms.length,
      ...terms.filter((t) => !left.verbTerms.includes(t)),
      ...(terms.includes(left.memberTerm) ? [] : [left.memberTerm]),
    );
  // "what's AWS's role in the Xen Project": an organisation's role in another is its membership, not a job.
  if (member !== null && !namesPerson(language, terms)) terms.splice(0, terms.length, ...terms.filter((t) => t !== roleIntent));
  if (leading !== null) terms.splice(terms.indexOf(leading), 1, ...(terms.includes(roleIntent) ? [] : [roleIntent]));
  else {
    const titled = leaderOfTitledName(language, words, terms, jobTitleStems(index));
    if (titled !== null) terms.splice(terms.indexOf(titled), 1);
  }
  // "who wrote the social media template", "who put out the template": the one who made an item the
  // story quotes, not who wrote or published the article. The item's source is its maker, by whatever
  // verb the asker made it with ("released", "circulated"), which the item's own text need not hold.
  if (type === 'who' && terms.some((t) => t.startsWith('i:') && !articleIntents.has(t))) {
    const deed = terms.includes(roleIntent) ? null : askedDeed(language, words, terms);
    // "who signed off on the template" asks for a deed the story must give; making it out is the item's own.
    const madeBy = deed !== null && termsOfList(language, language.makingVerbs).has(deed) ? deed : null;
    terms.splice(0, terms.length, ...terms.filter((t) => !authorshipIntents.has(t) && t !== madeBy));
  }
  // "what happened?", "who is quoted?": the story as a whole, by its own term.
  const whole = wholeStoryQuestion(language, untagged.words, type, terms);
  if (whole !== null) terms.splice(0, terms.length, whole.term);
  // "should I worry?", "does this affect me": advice asked about nothing but the news, whose gist bears on it.
  const adviceGist =
    whole === null && advised.advice && terms.length === 0 && untagged.words.every((w) => language.stopwords.has(w));
  if (adviceGist) terms.push(intentTerm('gist'));
  // "are you finished": the bot's own state, which the story does not give.
  if (type === 'yesno' && whole === null && asksAddressee(language, untagged.words)) terms.splice(0, terms.length);
  // "is this permanent", "is it for good": extent asked of nothing but the news asks it of the news's own terms.
  if (whole === null && extent?.found && terms.length === 0 && untagged.words.some((w) => language.newsPronouns.has(w)))
    terms.push(...language.newsTerms);
  // "does this affect existing instances": a pronoun standing for nothing named is the news itself.
  const news = whole === null && !adviceGist && !following ? newsReading(language, untagged.words, terms, type) : null;
  // "is this confirmed", "is it official": whether the news's lead actor confirmed it.
  if (type === 'yesno' && language.newsActor !== null && asksConfirmation(language, untagged.words, terms, news))
    return analyseQuestion(index, language.newsConfirmationQuestion.replace('{actor}', language.newsActor), following);
  const entities = terms.filter((t) => t.startsWith('e:')).map((t) => t.slice(2));
  // "according to the headline, what is Xen going to hype": the part says it; the other words weigh
  // as background. Only about something the question names: the part is not asked about itself.
  const partSays =
    entities.length > 0 && terms.some((t) => t.startsWith('i:')) && asksPartSays(language, words, positioned.position !== null);
  const people = entities.filter((id) => language.entities.get(id)?.kind === 'person');
  const speakers =
    type === 'said' ? entities.filter((id) => index.story.quotes.some((q) => q.speaker === id || q.organisation === id)) : [];
  const subjectTerms = termsOf(
    language,
    subjectWords.map((w) => stemOfWord(language, w)),
    false,
  );
  const named = subjectTerms.find((t) => t.startsWith('e:'));
  // "what does *the article* say about …", "how does *this story* describe …": the article speaks
  // with its publication's voice.
  // … and so does its writer: "what does *the writer* think about …" asks for no byline.
  const subjectStems = subjectWords.map((w) => stemOfWord(language, w));
  const articleSpeaks =
    type === 'said' &&
    index.publication !== null &&
    subjectStems.some((w) => language.writerNouns.has(w)) &&
    subjectStems.every((w) => language.writerNouns.has(w) || language.articleDeterminers.has(w));
  if (articleSpeaks)
    for (const term of subjectTerms) if (term.startsWith('i:') && terms.includes(term)) terms.splice(terms.indexOf(term), 1);
  // "according to Warrilow, what is Oracle doing" asks about Oracle; Warrilow is whose word answers.
  const notSource = (id: string) => id !== phrased.source;
  const subject = articleSpeaks
    ? index.publication
    : (named?.slice(2) ?? people.find(notSource) ?? speakers.find(notSource) ?? entities.find(notSource) ?? null);
  const asksForPart = terms.some((t) => t.startsWith('i:'));
  const describing = asksForPart
    ? new Set([
        ...terms.filter((t) => language.verbs.has(t) && !index.documentFrequency.has(t)),
        ...partDescriptions(index, words),
      ])
    : noTerms;
  // "which company *built* CAPSTONE" asks for a doer as "who built" does; "according to Warrilow, which
  // companies kept Xen viable" asks what his own words say, in whatever verb he used.
  const asksDoer = kind !== null && attributed.source === null && kind.members.some((m) => m === '@org' || m === '@person');
  const deed =
    type === 'who' ? askedDeed(language, words, terms) : asksDoer && kind ? askedDeed(language, words, terms, kind.noun) : null;
  const excludedTerms = excluded ? termsOf(language, stemmedTokens(language, excluded), false) : [];
  const checked = type === 'yesno' ? affiliationChecked(index, untagged.words, terms, subject, names) : null;
  return {
    type: whole?.type ?? type,
    terms:
      checked !== null
        ? [`e:${checked}`, roleIntent]
        : news && news.news.length > 0
          ? [...terms.filter((t) => !news.deeds.includes(t)), ...news.news]
          : terms,
    entities: checked !== null ? [checked] : entities,
    subject,
    subjectTerms: named ? subjectTerms : [],
    kind,
    wants,
    recipient,
    source: attributed.source,
    background: new Set([
      ...(partSays ? [...viewed, ...all.filter((t) => !t.startsWith('e:') && !t.startsWith('i:'))] : viewed),
      ...(news && news.news.length > 0 ? [...news.news, ...news.relation] : []),
    ]),
    news: new Set(news?.news ?? []),
    askersThings: new Set([
      ...termsOf(
        language,
        advised.askersThings.map((w) => stemOfWord(language, w)),
        false,
      ).filter((t) => all.includes(t) && !t.startsWith('e:')),
      ...setUp,
    ]),
    alternatives,
    excluded: excludedTerms.filter((t) => t.startsWith('e:')).map((t) => t.slice(2)),
    asksBeyond: excludedTerms.some((t) => !t.startsWith('e:')) || asksOnlyOrMore(language, words),
    setAsideTopics: setAside
      ? termsOf(language, stemmedTokens(language, setAside), false).filter((t) => !t.startsWith('e:'))
      : [],
    unknownNames: checked !== null ? [] : [...new Set(names)].filter((name) => !onlyInSetUp(language, setUpParts, name)),
    expansions,
    abbreviation: spelled ?? (type === 'expansion' && subjectWords.length === 1 ? (subjectWords[0] ?? null) : null),
    describing,
    future: speaksOfFuture(language, untagged.words),
    addsToText: addsToText(language, tokens),
    counted: placedStoriesCounted(language, untagged.words, countedNoun(language, untagged.words, wants)),
    countsShare: asksShareCounted(language, untagged.words),
    possessed: type === 'what' ? possessedNoun(language, untagged.words) : null,
    whetherKnown: knowing,
    // "why was CAPSTONE supposed to launch from Virginia" asks why the plan was; "why didn't it launch
    // there as planned" asks why it changed.
    asksPlan:
      (type === 'yesno' || (type === 'why' && !untagged.words.some((w) => language.negations.has(w)))) &&
      asksPlan(language, untagged.words),
    asksMeans: type === 'what' && language.words.meansMarkers.questionWords.includes(untagged.words[0] ?? ''),
    asksPurpose: purposeVerbs.length > 0,
    asksTitle: terms.some((t) => t !== kind?.term && !t.startsWith('e:') && jobTitleTerms(index).has(t)),
    quotedBy: type === 'speaker' && quotesSomeone(language, untagged.words) ? subject : null,
    // "who's behind it": the news stands for the deed, so no fact need hold its word.
    deed: deed !== null && news?.deeds.includes(deed) ? null : deed,
    deedObject: deed !== null && news?.deeds.includes(deed) ? null : deedObject(deed, terms),
    defines: definedTerm(index, untagged.words),
    echoed: echoedTerms(language, message),
    asksEchoed: asksWhatQuotedIs(language, message),
    quotedPhrases: quotedPhrases(language, message),
    advice: advised.advice,
    // Only a date question reads it (a teaser's year), so no other question pays for the scan.
    asksArticle:
      (type === 'when' || (wants !== null && dateValueKinds.has(wants))) && speaksOfArticle(language, untagged.words, terms),
    // "*which* version of KVM" asks for one of its numbered versions, as "which day" asks for a date.
    asksVariant:
      wants === 'version' &&
      !untagged.words.some((w) => language.namedKindOpeners.has(w)) &&
      untagged.words.filter((w) => language.variantNouns.has(stemOfWord(language, w))).length === 1,
    compares: compares(language.words.comparison, untagged.words),
    modified: modifiedNouns(language.words.opposedModifiers, language.stems, language.stopwords, untagged.words),
    keptOn: keptOn(language, untagged.words, type === 'yesno'),
    extent: extentOf(language, extent, terms, news, type),
    state: type === 'yesno' && checked === null ? stateAsked(language, untagged.words, terms) : null,
    relatedStory: ordered,
  };
}

/**
 * Whether a yes/no question holding a phrase of extent asks it of the news: it holds one of the news's
 * terms ("dropping *Xen* completely") or a pronoun read as the news ("is *this* permanent"). "will the
 * moon still be there" asks nothing of it.
 */
function extentOf(
  language: Language,
  extent: ExtentAsked | null,
  terms: readonly string[],
  news: NewsReading | null,
  type: QuestionType,
): boolean {
  if (type !== 'yesno' || !extent?.found) return false;
  return terms.some((t) => language.newsTerms.includes(t)) || (news !== null && news.news.length > 0);
}

/**
 * "what's the title of the first teaser", "the google story's title": a title asked of one of the
 * related stories, with no person named or pointed at ("his title"), is that story's headline, not a
 * job title.
 */
function titlesRelatedStory(index: QaIndex, words: readonly string[], terms: readonly string[]): boolean {
  const { language } = index;
  if (!terms.includes(roleIntent) || !terms.includes(relatedIntent)) return false;
  if (!words.some((w) => language.headlineNouns.has(w)) || words.some((w) => language.personalPronouns.has(w))) return false;
  return !terms.some((t) => t.startsWith('e:') && language.entities.get(t.slice(2))?.kind === 'person');
}

const verbEndings = ['s', 'es', 'ed', 'ing'];

/**
 * "*feels* ancient", "*tacked* on": an inflection of a common English verb (WordNet's bare verbs) is
 * that verb, not a typo of a story word one letter away ("feed", "attacked"). A bare "d" is left to
 * the corrector ("happend", "relayd"), as is the bare verb, which a typo may spell.
 */
function isEnglishVerbForm(language: Language, token: string): boolean {
  return verbEndings.some((ending) => {
    const base = token.slice(0, token.length - ending.length);
    return token.endsWith(ending) && base.length >= 3 && language.bareVerbs.has(base);
  });
}

/**
 * "the Xen *program*", "the Amazon *lot*": a classifier noun right after one of the story's names adds
 * nothing to it; nor does "old" right before one ("the *old* Xen program"), unless a degree is asked
 * ("how old is warrilow").
 */
function withoutIdleClassifiers(language: Language, words: readonly string[], terms: string[]): string[] {
  const degree = words.some((w, i) => language.degreeQuestionWords.has(w) && language.idleAgeWords.has(words[i + 1] ?? ''));
  const idle = (t: string, i: number) =>
    (language.idleClassifiers.has(t) && terms[i - 1]?.startsWith('e:')) ||
    (!degree && language.idleAgeWords.has(t) && terms[i + 1]?.startsWith('e:'));
  return terms.some(idle) ? terms.filter((t, i) => !idle(t, i)) : terms;
}
