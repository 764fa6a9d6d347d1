import type { Story } from '../story/load.js';
import { storyInitialisms } from './abbreviations.js';
import { compileIgnorance } from './ignorance.js';
import {
  type AnswerTypeName,
  type IntentName,
  type Lexicon,
  LexiconDataError,
  type QuestionTypeName,
  type WholeStoryAnswer,
} from './lexicon.js';
import {
  alternationOf,
  type Contractions,
  compileContractions,
  escapeRegExp,
  normalise,
  PhraseTable,
  regularPlural,
  SpellIndex,
  stem,
  tokenise,
} from './text.js';
import { tuning } from './tuning.js';
import { type TurnValence, turnTerm } from './turns.js';
import { compileValueDetector, type ValueDetector } from './values.js';

/**
 * Term prefixes: e: an entity id, i: an intent, s: a synonym group, o: a name the story never
 * mentions; `f:` marks a filler phrase, which yields no term.
 */
export const entityTerm = (id: string) => `e:${id}`;
export const intentTerm = (name: string) => `i:${name}`;
/** The kind member of a written document named by a noun (its words' stems; the last is its head): a fact holding the noun has it as a feature. */
export const documentMember = (stems: readonly string[]) => `@document:${stems[stems.length - 1] ?? ''}`;

export interface EntityInfo {
  id: string;
  kind: 'person' | 'organisation';
}

/** The lexicon compiled against one story: stemmed tables, the story's entity aliases, a spelling index. */
export interface Language {
  contractions: Contractions;
  stems: ReadonlyMap<string, string>;
  spelling: ReadonlyMap<string, string[]>;
  /** The initials of the story's names (nz → new zealand), read as the name where a question types them in capitals. */
  initialisms: ReadonlyMap<string, string[]>;
  /**
   * The initialisms read as the name in lower case too ("moved to nz"): those with no vowel, which
   * no English word lacks, and not a person's ("dc" may be a data centre, not David Cottingham).
   */
  lowerCaseInitialisms: ReadonlyMap<string, string[]>;
  stopwords: ReadonlySet<string>;
  /** Entities, intents, synonyms and outsiders; on the same words an entity wins. */
  phrases: PhraseTable;
  kinds: ReadonlyMap<string, string[]>;
  typeCues: Cue[];
  /** Cues for the kind of value asked for, most specific first ("exact date" before "month"). */
  answerCues: AnswerCue[];
  /** The count cues without a subject ("how many", "number of") as words, for the noun after them. */
  countCues: string[][];
  /** "how many *of* them": a count of a share of a set. */
  partitiveWords: ReadonlySet<string>;
  /** How a reply names a missing value. */
  missing: Lexicon['missing'];
  kindSkips: ReadonlySet<string>;
  kindOpeners: ReadonlySet<string>;
  mentionVerbs: ReadonlySet<string>;
  /** Requests asking for one of a kind ("name", "tell me"), lower-case, as word sequences. */
  kindRequests: readonly (readonly string[])[];
  namedKindOpeners: ReadonlySet<string>;
  kindNouns: ReadonlySet<string>;
  interrogatives: ReadonlySet<string>;
  values: ValueDetector;
  /**
   * WordNet paraphrases by the stemmed question word (or two words): the story's terms it leads to,
   * and whether through a shared sense (synonym) or one level up (hypernym).
   */
  paraphrases: Paraphrases;
  /**
   * Stems of words that only describe (WordNet's adjectives and adverbs with no noun or verb sense,
   * and its multiword ones) and of the lexicon's shell nouns.
   */
  modifiers: ReadonlySet<string>;
  /** WordNet's multiword expressions, stemmed, by their first word: a question reads one as a single word. */
  collocations: ReadonlyMap<string, readonly (readonly string[])[]>;
  /**
   * Stems of common words WordNet lists mainly as verbs: in a question asking for a part of the page,
   * one the story never uses says how that part relates, not what is asked.
   */
  verbs: ReadonlySet<string>;
  /** WordNet's bare verbs, as written ("stand", "mean"): see `doSupport`. */
  bareVerbs: ReadonlySet<string>;
  /** Contractions read as a question's auxiliary before a subject and a bare verb ("'s" → "does"). */
  doSupport: ReadonlyMap<string, string>;
  /** Word lists the value detectors and the abbreviation finder use. */
  words: Pick<
    Lexicon,
    | 'months'
    | 'weekdays'
    | 'numberWords'
    | 'currencyWords'
    | 'percentWords'
    | 'timeUnits'
    | 'abbreviationJoiners'
    | 'leadIns'
    | 'backReferences'
    | 'contrasts'
    | 'processMarkers'
    | 'purpose'
    | 'meansMarkers'
    | 'planMarkers'
    | 'additiveMarkers'
    | 'coordinators'
    | 'universalQuantifiers'
    | 'sentenceNouns'
    | 'placedSentence'
    | 'comparison'
    | 'opposedModifiers'
    | 'ignorance'
    | 'unanswered'
    | 'passiveAuxiliaries'
    | 'agentPrepositions'
    | 'futureAuxiliaries'
    | 'firstPersonSingular'
    | 'qualificationIntro'
    | 'additionVerbs'
    | 'priorArticles'
    | 'qualificationAsks'
    | 'firstAppearance'
    | 'eventualAdverbs'
    | 'agreementReports'
    | 'advice'
    | 'chatDigits'
    | 'numberSign'
    | 'preventing'
    | 'chatOpeners'
    | 'relativeDatePrepositions'
    | 'choicePointers'
    | 'choiceHedges'
    | 'laughter'
    | 'substitutePronouns'
  >;
  recipientVerbs: ReadonlySet<string>;
  /** Stems of the verbs that name a yes/no question's source ("does Gartner agree …"). */
  attributionVerbs: ReadonlySet<string>;
  /** Stems of adjectives of feeling ("angry", "worried"): "is X angry at Y" asks X's view of Y. */
  attitudeAdjectives: ReadonlySet<string>;
  /** The same verbs as written, for telling a text that reports speech ("AWS did, however, say …"). */
  attributionPattern: RegExp;
  /** Stemmed phrases naming a question's source ("according to"), longest first. */
  sourcePhrases: readonly (readonly string[])[];
  /** Stems of the nouns naming a source's medium after its possessive ("the Reg's earlier *reporting*"). */
  sourceNouns: ReadonlySet<string>;
  /** A hyphen and a suffix saying "as for" ("-wise") after a word, to drop before analysis. */
  aspectSuffixPattern: RegExp | null;
  firstPerson: ReadonlySet<string>;
  /** Markers of what a question rules out (", not ", " rather than "), lower case with their spaces. */
  exclusions: readonly string[];
  /** The markers of `exclusions` that also set a topic aside ("outside", "beyond"), as written there. */
  settingAsideExclusions: ReadonlySet<string>;
  /** Limiters and words of more: "just X or more" asks beyond X (see the lexicon's `onlyOrMore`). */
  onlyOrMore: { limiters: ReadonlySet<string>; continuations: ReadonlySet<string> };
  /** "cloud *aside*, …": the phrase before one of these and its comma is ruled out. */
  postposedExclusion: RegExp;
  /** Any of them, to skip the search in the many questions holding none. */
  exclusionPattern: RegExp;
  /** "which hypervisor did AWS use *before* KVM": markers of what came before, dropped before a kind's member. */
  priorMarkers: readonly string[];
  /** "was the update posted *on* November 22nd": prepositions putting a date to what is checked, lower-case. */
  datePrepositions: readonly string[];
  /**
   * Words or phrases opening a subordinate clause ("when", "as far as"), as tokens, keyed by their first
   * token (a question's words are looked up, not matched against every phrase); their clause's terms are background.
   */
  subordinators: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Verbs of the asker's own wants and work, and purpose prepositions ("for my notes"): see `asides.ts`. */
  askerVerbs: ReadonlySet<string>;
  purposePrepositions: ReadonlySet<string>;
  /** "the link *so* I *can* share it": what opens a clause saying what the asker will do with the answer, and its modals. */
  askerPurposes: { connectives: readonly string[]; handing: readonly string[]; modals: ReadonlySet<string> };
  /** Interjections and discourse particles that may open a sentence before its subject ("ok so i …"). */
  discourseMarkers: ReadonlySet<string>;
  /** Whom a message is addressed to ("hey *bot*"), lower-case. */
  addressees: ReadonlySet<string>;
  /** Indefinite pronouns of persons ("someone"): with an indefinite article, they describe the asker in a preamble. */
  indefinitePronouns: ReadonlySet<string>;
  /** Words offering an alternative in a yes/no question ("… or did they walk away"). */
  alternatives: ReadonlySet<string>;
  /** Words opening a relative clause ("the guy *who* said …"). */
  relativePronouns: ReadonlySet<string>;
  anaphors: ReadonlySet<string>;
  contextPointers: ReadonlySet<string>;
  framingOpeners: ReadonlySet<string>;
  /** Nouns ending a label that files a question under the asker's heading ("platform *q*:", "attribution *check*:"). */
  labelNouns: ReadonlySet<string>;
  /** Joiners of contrast ending a hedge that opens a question ("tiny thing *but* …"). */
  hedgeJoiners: ReadonlySet<string>;
  /** Verbs of the asker's wanting opening a remark with its subject left out ("*wanna* see where it goes"). */
  wantingOpeners: ReadonlySet<string>;
  /** Pronouns pointing back at the thing asked for as an embedded question's subject, lower-case. */
  pointingSubjects: ReadonlySet<string>;
  /** Words of presence closing the asker's words about who they are, lower-case. */
  introductions: ReadonlySet<string>;
  /** Adjectives of size and the nouns for parts of the page or text they describe, lower-case. */
  partSizes: { adjectives: ReadonlySet<string>; nouns: ReadonlySet<string> };
  /** Conjunctions of reason, lower-case. */
  reasonConjunctions: ReadonlySet<string>;
  /** Third-person personal pronouns, lower-case. */
  personalPronouns: ReadonlySet<string>;
  /** Pronouns standing only for a person, lower-case. */
  personOnlyPronouns: ReadonlySet<string>;
  dummySubjectFollowers: ReadonlySet<string>;
  /** "exact", "precise": between a question word and an answer-type cue's noun, they ask for that same value. */
  precisionAdjectives: ReadonlySet<string>;
  /** "which packages *exactly*": adverbs of exactness and the adjective each stands for. */
  precisionAdverbs: ReadonlyMap<string, string>;
  /** The same adjectives as a question's terms are stemmed. */
  precisionStems: ReadonlySet<string>;
  /**
   * Stems of the light verbs and of the nouns of saying they take ("give … a comment"); `nounWords` are
   * the nouns as written ("quote", not the participle "quoted").
   */
  speechActs: {
    verbs: ReadonlySet<string>;
    nouns: ReadonlySet<string>;
    nounWords: ReadonlySet<string>;
    speakingFor: readonly string[];
  };
  /** Words of knowing before an embedded question ("do we *know* what …"). */
  knowing: ReadonlySet<string>;
  /** "I wonder *if* …", "anyone know *whether* …": words opening a clause asked yes or no of. */
  yesNoComplementisers: ReadonlySet<string>;
  /** Nouns for the article itself ("the *story*"): as a speaker, the publication. */
  articleNouns: ReadonlySet<string>;
  /**
   * The terms of the words by which the lexicon's `published` cues ask when an article came out
   * ("published", "come out", "run", "posted", "live" …), names and intents left out.
   */
  publishingTerms: ReadonlySet<string>;
  /**
   * Words of an article's coming out, each as its words: verbs of publishing, plain and colloquial
   * ("go up", "drop"), and adjectives of age ("old", "recent").
   */
  publishingWords: readonly (readonly string[])[];
  /** The adjectives of age among them, lower-case, split into words ("out of date"): "is this story old" asks its date whatever its type. */
  ageWords: readonly (readonly string[])[];
  /** Question words asking a degree before an adjective ("*how* old is it"), lower-case. */
  degreeQuestionWords: ReadonlySet<string>;
  /** Phrases placing something low on the page, as words, and the footer's cues that are not such a place, as words. */
  pagePlaces: { places: readonly (readonly string[])[]; footerNames: readonly (readonly string[])[] };
  /** Nouns of a job that also name a stance, and possessives never standing for a person: "*its position*" is a stance. */
  stances: { nouns: ReadonlySet<string>; impersonalPossessives: ReadonlySet<string> };
  /** Plurals of the nouns for an article ("stories", "articles", "pieces"): several of them are not this one. */
  articlePlurals: ReadonlySet<string>;
  /** Pronouns standing for the article in a question naming nothing else ("when did *this* go up"). */
  articlePronouns: ReadonlySet<string>;
  /** Nouns for what an article is called ("the *title* of the … story"). */
  headlineNouns: ReadonlySet<string>;
  /** Stems of the classifier nouns the story never uses ("program"), which a name before them makes idle. */
  idleClassifiers: ReadonlySet<string>;
  /** Stems of the age adjectives that, before one of the story's names, say no more than the name ("the *old* Xen"). */
  idleAgeWords: ReadonlySet<string>;
  /** Active verbs of quoting ("does the post *quote*"). */
  quotingVerbs: ReadonlySet<string>;
  /** Verbs asking how something was quoted, the words of its manner (tokenised), and the one word they are read as. */
  quotingManner: {
    verbs: ReadonlySet<string>;
    manners: readonly (readonly string[])[];
    as: string;
    requestTails: readonly (readonly string[])[];
  };
  /** Adjectives placing an article before this one ("the *first* Register story"). */
  priorArticleAdjectives: ReadonlySet<string>;
  /** Frames asking what a word means ("what does * mean"), as the words before and after the thing defined, longest first. */
  definitionFrames: readonly { before: readonly string[]; after: readonly string[] }[];
  /** Suffixes making a noun of a verb ("-ance", "-ment"), longest first. */
  nominalSuffixes: readonly string[];
  /** Stems of the adverbs of order ("first", "originally"), and of their words. */
  orderAdverbs: ReadonlySet<string>;
  /** Prepositions ending a "which <organisation>" question about a person: it asks their affiliation. */
  affiliationPrepositions: ReadonlySet<string>;
  /** Words after a verb that make it name a role ("acts *as*"), not a deed. */
  roleConnectives: ReadonlySet<string>;
  /** Word sequences asking for a thing's name, after its noun phrase ("is called") or before it ("name of"). */
  namingPhrases: {
    before: readonly (readonly string[])[];
    after: readonly (readonly string[])[];
    closing: readonly (readonly string[])[];
  };
  /** Stems of adverbs of emphasis and manner that may stand between a speaker and a verb of saying ("did AWS *really* say"). */
  speakingAdverbs: ReadonlySet<string>;
  /** Stems of the verbs of saying and of judging by which a question asks for someone's view. */
  viewVerbs: ReadonlySet<string>;
  /** Stems of adjectives of certainty ("sure") and of the adverbs of degree before them ("so"): "why is X so sure" asks X's view. */
  certainty: { adjectives: ReadonlySet<string>; degree: ReadonlySet<string> };
  /** Stems of the nouns for the article's writer and for the article itself: whose view is the publication's. */
  writerNouns: ReadonlySet<string>;
  /** Stems of the nouns for the article's writer alone ("the *author*"), not for the article. */
  personalWriterNouns: ReadonlySet<string>;
  /** The verbs of leading in all their forms, lower-case (run, runs, heads, managed …): "who runs X" asks for a role. */
  /** Question words asking for a person ("*who* runs XenServer"), lower-case. */
  personQuestionWords: ReadonlySet<string>;
  leadingVerbs: ReadonlySet<string>;
  /** Phrasal verbs of having something in one's care, as word lists (longest first), and the verb of leading they read as. */
  caring: { as: string; phrases: readonly (readonly string[])[] };
  /** Prepositions of membership ("in") and the noun ("member") they stand for between two names. */
  membership: { prepositions: ReadonlySet<string>; noun: string };
  /** Nouns for a publication, lower-case ("outlet", "magazine"): an organisation described by one publishes articles. */
  outletNouns: ReadonlySet<string>;
  otherDeterminers: ReadonlySet<string>;
  /** Nouns for a written document, each as its words, lower-case, and its kind member: a fact holding the noun has the member as a feature. */
  documentNouns: readonly { words: readonly string[]; member: string }[];
  /** Past participles of verbs of naming, lower-case ("called", "known as"): the name after one is the name of a noun before it. */
  namingVerbs: readonly string[];
  /** Prepositions of place: a "where" question's answer holds one. */
  placePrepositions: ReadonlySet<string>;
  /** The lexicon's prepositions of direction ("to", "for"), lower-case. */
  directionPrepositions: ReadonlySet<string>;
  /** Position words by position, as stems (a phrasal verb's words joined by a space): see `position.ts`. */
  articlePositions: Readonly<
    Record<
      ArticlePosition,
      { adjectives: ReadonlySet<string>; nouns: ReadonlySet<string>; verbs: ReadonlySet<string>; parts: ReadonlySet<string> }
    >
  >;
  /** Stems of the nouns for a stretch of text ("paragraph", "bit"). */
  textNouns: ReadonlySet<string>;
  /** The first letters of every position word's and text noun's stem: most questions hold none, and skip stemming. */
  positionPrefixes: ReadonlySet<string>;
  positionIntensifiers: ReadonlySet<string>;
  /** Pronouns pointing at the news when the question names nothing for them: see `deixis.ts`. */
  newsPronouns: ReadonlySet<string>;
  /** Words of doing that, beside a news pronoun, ask about the news itself ("why are they *doing* this"), lower-case. */
  newsDeeds: ReadonlySet<string>;
  /** Participles of undergoing an effect: see the lexicon's `newsEffects` and `deixis.ts`. */
  newsEffects: ReadonlySet<string>;
  /** The terms of the topic file's `news`, the story's main news (empty for none); see `deixis.ts`. */
  newsTerms: readonly string[];
  /** The words of `news` naming its lead actor, the first person or organisation it names ("aws"); null for no news. */
  newsActor: string | null;
  /** Terms of the words asking whether the news is confirmed ("is it *official*"); see `deixis.ts`. */
  newsConfirmations: ReadonlySet<string>;
  /** The question asking whether the lead actor confirmed the news, {actor} to fill. */
  newsConfirmationQuestion: string;
  /** Questions about the story as a whole: see `whole-story.ts`. */
  wholeStory: {
    /** In the lexicon's order: each answer, the question types it answers, and its cues as lower-case word sequences. */
    answers: readonly { answer: WholeStoryAnswer; asks: ReadonlySet<string>; cues: readonly (readonly string[])[] }[];
    /** The terms every cue reads as, which such a question may hold and nothing else. */
    cueTerms: ReadonlySet<string>;
    /** Every word of every cue, lower-case. */
    cueWords: ReadonlySet<string>;
  };
  /** Boundary prepositions as word sequences ("prior to"). */
  boundaryPrepositions: readonly string[][];
  /** Determiners before a number that counts the answer ("the 3 other stories"). */
  quantifierDeterminers: ReadonlySet<string>;
  /** Stems of the units a value is given in ("dollars", "hours", "percent"): in a question asking for a value they name its kind, not its topic. */
  valueUnits: ReadonlySet<string>;
  /** Units of measure, lower-cased as written: not names a question could ask about. */
  measureUnits: ReadonlySet<string>;
  /** Words before a unit that ask for a measure in it ("in MB", "how many kilobytes"). */
  unitLeaders: ReadonlySet<string>;
  /** Stems of nouns for a version of a thing ("fork", "cut", "derivative"). */
  variantNouns: ReadonlySet<string>;
  /** Prepositions joining a version noun to its thing ("a cut of KVM"). */
  variantPrepositions: ReadonlySet<string>;
  /** Verbs of solving, as word lists, and what they read as in a "who" question negating nothing. */
  solving: { as: string; phrases: readonly (readonly string[])[] };
  /** Phrases of keeping on with something, as word lists (longest first), and the verbs of turning from it and their prepositions: see the lexicon's `continuing`. */
  /** The lexicon's `additionVerbs` as word lists (longest first): see `addsToText` in analyse.ts. */
  additionPhrases: readonly (readonly string[])[];
  continuing: {
    phrases: readonly (readonly string[])[];
    leaving: ReadonlySet<string>;
    moving: ReadonlySet<string>;
    sources: ReadonlySet<string>;
    destinations: ReadonlySet<string>;
    agents: { suffixes: readonly string[]; objectPrepositions: ReadonlySet<string> };
  };
  /** Phrases of extent, of limit and of ending, as word lists (longest first), and the reach of a negation: see the lexicon's `extent`. */
  extent: {
    words: readonly (readonly string[])[];
    limits: readonly (readonly string[])[];
    ending: readonly (readonly string[])[];
    reach: number;
  };
  /** "tell X from Y": the verbs, the particles closing the construction, how far, and what it reads as. */
  discerning: { verbs: ReadonlySet<string>; particles: ReadonlySet<string>; reach: number; as: string };
  /** "what phrase does X use": the nouns for wording, the verbs of using words, what the verb reads as, and how far it may stand. */
  wording: { nouns: ReadonlySet<string>; verbs: ReadonlySet<string>; as: string; reach: number };
  /** "how did X find out …": the opening words, the verbs of learning (longest first), what may open what was learned, and what they read as. */
  learning: {
    askingWords: ReadonlySet<string>;
    verbs: readonly (readonly string[])[];
    contentOpeners: ReadonlySet<string>;
    as: { what: string; verb: string };
  };
  negations: ReadonlySet<string>;
  /** Verbs of motion and of sending: in a question asking for a destination ("where is X headed") they are not searched. */
  motionVerbs: ReadonlySet<string>;
  /** Verbs of being situated or made somewhere: in a question asking for a place ("where is X based") they are not searched. */
  seatVerbs: ReadonlySet<string>;
  /** Verbs of making public: in a question asking for a venue ("where was X posted") they are not searched. */
  postingVerbs: ReadonlySet<string>;
  /** The future auxiliaries by first word: "will" → {""}, "going" → {"to"} (the second word, "" for none). */
  futureStarts: ReadonlyMap<string, ReadonlySet<string>>;
  /** Forms of "be" opening a question whether a state is said of a thing: see `states.ts`. */
  copulas: ReadonlySet<string>;
  /** "are", "were": before a second-person word opening a yes/no question, they ask about the one asked. */
  addresseeCopulas: ReadonlySet<string>;
  secondPerson: ReadonlySet<string>;
  /** "could you please *provide* the full headline": verbs of handing over that open a request for their object, whom to, and politeness. */
  requests: {
    verbs: ReadonlySet<string>;
    recipients: ReadonlySet<string>;
    politeness: ReadonlySet<string>;
    summaries: ReadonlySet<string>;
    /** "i need", "i'd like to know": the asker's wanting, longest first. */
    askerWants: readonly string[];
  };
  /** "*for* how long", "*in* which month": prepositions a question may open with before its question word. */
  interrogativePrepositions: ReadonlySet<string>;
  /** "that is", "i.e.": phrases opening a restatement of what was just named, as typed. */
  restatementMarkers: readonly string[];
  /** "… for #news", "in the #cars channel": a channel named at a clause's end, with its preposition. */
  channelReference: RegExp;
  /** Prepositions before a channel the asker names ("for #news"). */
  channelPrepositions: ReadonlySet<string>;
  /** A channel named by a noun alone at the end of a clause ("for the news *channel*"). */
  plainChannelReference: RegExp;
  /** "from an investor's point of view": "from", whose (up to three words) and a viewpoint noun, with the commas around them. */
  perspectivePhrase: RegExp;
  /** "*any idea* when …": a quantifier and a noun of knowing that ask what the addressee knows. */
  askedIdeas: { quantifiers: ReadonlySet<string>; nouns: ReadonlySet<string> };
  /** "where does Warrilow *work*": verbs of working, which asked with "where" of a person ask the employer. */
  workVerbs: ReadonlySet<string>;
  /** "who *put out* the template": verbs of making or giving out an item, lower-case. */
  makingVerbs: readonly string[];
  /** "name all the *companies* *mentioned*": a kind the story names asked for whole (see `enumerations.ts`). */
  enumerations: {
    mentionWords: ReadonlySet<string>;
    listingWords: ReadonlySet<string>;
    /** Stemmed, as the kinds' nouns are. */
    organisationNouns: ReadonlySet<string>;
    organisationsNoun: string;
    inBody: string;
    inTeasers: string;
    onlyInTeasers: string;
  };
  /** "is Schlaeger a Google *engineer*": nouns of a job, whose check a person's role answers. */
  jobNouns: readonly string[];
  /** The same nouns as word sequences ("product manager"), for finding one in a question. */
  jobNounPhrases: readonly (readonly string[])[];
  /** Job nouns naming no particular job ("executive"): see the lexicon's `genericJobNouns`. */
  genericJobNouns: ReadonlySet<string>;
  /** "the *second* teaser": a place in a list, counted from its end where negative. */
  ordinals: ReadonlyMap<string, number>;
  /** "which stories are *related*": adjectives saying plural articles are the related stories. */
  relatedAdjectives: ReadonlySet<string>;
  /** "do Bulpin and Cottingham *both* work for": words asking of two named together, not of each. */
  jointWords: ReadonlySet<string>;
  /** "kick*off*", "roll*out*": particles a phrasal verb's noun is written with, run together. */
  compoundParticles: readonly string[];
  readerAuxiliaries: ReadonlySet<string>;
  /** "the", "this": the words that point at something named. */
  articleDeterminers: ReadonlySet<string>;
  /** Each value noun of a search-style query ("capstone launch *date*") with the kind of value it asks for. */
  queryValueNouns: ReadonlyMap<string, AnswerTypeName>;
  /** Prepositions linking a page part to its article ("the headline *on* the reg piece"). */
  partPrepositions: ReadonlySet<string>;
  /** "a", "an". */
  indefiniteArticles: ReadonlySet<string>;
  /** "I *heard* (*somewhere*) *that* …": verbs of having come across a claim, where, and what opens the claim. */
  hearsay: { verbs: ReadonlySet<string>; places: ReadonlySet<string>; complementisers: ReadonlySet<string> };
  /** Tag-question endings as word sequences ("or not"), longest first. */
  tagEndings: readonly string[][];
  /** Nouns for a body of people, lower-case. */
  collectiveNouns: ReadonlySet<string>;
  /** Verbs putting a label on something, lower-case. */
  labellingVerbs: ReadonlySet<string>;
  presentAuxiliaries: ReadonlySet<string>;
  /** Negated auxiliaries of tag questions, lower-case, with a straight apostrophe. */
  negatedAuxiliaries: ReadonlySet<string>;
  /** Pronouns of tag questions, lower-case. */
  tagPronouns: ReadonlySet<string>;
  /** Emotive phrases after a question word ("the hell", "on earth") as word sequences, longest first. */
  interrogativeIntensifiers: readonly string[][];
  /** Adjectives that only stress a shell noun after them ("big plan"), lower-case, and the shell nouns' stems. */
  emphasis: { adjectives: ReadonlySet<string>; shellNouns: ReadonlySet<string> };
  /** Light verbs ("hold", "host") and the nouns they go with (events, posts), lower-case, group by group. */
  lightVerbs: readonly { verbs: ReadonlySet<string>; nouns: ReadonlySet<string> }[];
  yesNoStarts: ReadonlySet<string>;
  /** Openers of a second question after a first one's question mark, lower-case, as word sequences. */
  followUpOpeners: readonly (readonly string[])[];
  entities: ReadonlyMap<string, EntityInfo>;
  /** Every raw word of the story and the lexicon, with how often the story uses it. */
  vocabulary: ReadonlyMap<string, number>;
  spell: SpellIndex;
  suggestions: readonly string[];
  /** Stems of the story's and the lexicon's words, filled while building; questions do not add to it. */
  stemCache: Map<string, string>;
  /** Stopwords whose stem is a content word's ("quite" → quit): in a question they are dropped before stemming. */
  stemClashes: ReadonlySet<string>;
}

/** A word's stem, read from the story's cache where the word is one of the story's or the lexicon's. */
export function stemOfWord(language: Pick<Language, 'stemCache' | 'stems'>, word: string): string {
  return language.stemCache.get(word) ?? stem(word, language.stems);
}

/** Whether the story's own text uses the word as written: the vocabulary also holds the lexicon's words, counted 0. */
export function isStoryWord(language: Pick<Language, 'vocabulary'>, word: string): boolean {
  return (language.vocabulary.get(word) ?? 0) > 0;
}

/** The person or organisation the story knows named by the longest phrase at a position of stemmed words, with the phrase's length; null for none. */
export function entityNamedAt(
  language: Pick<Language, 'phrases'>,
  stems: readonly string[],
  at: number,
): { id: string; length: number } | null {
  const match = language.phrases.longestAt(stems, at);
  const value = match?.values.find((v) => v.startsWith('e:'));
  return match && value ? { id: value.slice(2), length: match.length } : null;
}

/** Whether a person or organisation the story knows is named at a position of stemmed words. */
export function namesEntityAt(language: Pick<Language, 'phrases'>, stems: readonly string[], at: number): boolean {
  return entityNamedAt(language, stems, at) !== null;
}

/** Words of a text after slang rewriting ("im" → "i am"), unstemmed and uncorrected: as the analysis first reads them. */
export function spelledWords(language: Pick<Language, 'spelling' | 'contractions'>, text: string): string[] {
  return tokenise(normalise(text, language.contractions)).flatMap((t) => language.spelling.get(t) ?? [t]);
}

/** Tokens of a text after slang rewriting and stemming (no typo correction: that is for questions only). */
export function stemmedTokens(
  language: Pick<Language, 'spelling' | 'stems' | 'contractions'>,
  text: string,
  cache?: Map<string, string>,
): string[] {
  const out: string[] = [];
  const stemOf = (word: string) => {
    if (!cache) return stem(word, language.stems);
    let found = cache.get(word);
    if (found === undefined) {
      found = stem(word, language.stems);
      cache.set(word, found);
    }
    return found;
  };
  for (const token of tokenise(normalise(text, language.contractions))) {
    const rewritten = language.spelling.get(token);
    if (rewritten) for (const word of rewritten) out.push(stemOf(word));
    else out.push(stemOf(token));
  }
  return out;
}

/** A question-type cue as words; `*` (at most one) stands for one to eight words, the subject. */
export interface Cue {
  type: QuestionTypeName;
  before: string[];
  after: string[] | null;
}

/** A cue for the kind of value asked for ("what year"). */
export interface AnswerCue extends Omit<Cue, 'type'> {
  type: AnswerTypeName;
}

function compileCue<T extends string>(
  type: T,
  cue: string,
  contractions: Contractions,
): { type: T; before: string[]; after: string[] | null } {
  const words = normalise(cue.replace(/\*/g, ' \u0000 '), contractions).split(/\s+/).filter(Boolean);
  const star = words.indexOf('\u0000');
  const clean = (ws: string[]) => ws.flatMap((w) => tokenise(w));
  if (star < 0) return { type, before: clean(words), after: null };
  return { type, before: clean(words.slice(0, star)), after: clean(words.slice(star + 1)) };
}

function matchesAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let i = 0; i < phrase.length; i++) if (words[at + i] !== phrase[i]) return false;
  return true;
}

/** For a list of cues, which ones may match a question, found from the question's words. */
interface CueIndex {
  /** Cues by one of their words, the one fewest cues share: a cue matches only where all its words occur. */
  byWord: ReadonlyMap<string, readonly number[]>;
  /** Each cue's words, before and after its `*`. */
  words: readonly (readonly string[])[];
  /** Cues made of `*` alone, which any question may match. */
  always: readonly number[];
  /** Marks, by cue, reused from question to question (cleared after each). */
  marks: Uint8Array;
}

const cueIndexes = new WeakMap<readonly object[], CueIndex>();

function cueIndex(cues: readonly Pick<Cue, 'before' | 'after'>[]): CueIndex {
  let index = cueIndexes.get(cues);
  if (index) return index;
  const words = cues.map((cue) => [...cue.before, ...(cue.after ?? [])]);
  const shared = new Map<string, number>();
  for (const cueWords of words) for (const word of new Set(cueWords)) shared.set(word, (shared.get(word) ?? 0) + 1);
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  words.forEach((cueWords, i) => {
    const key = cueWords.reduce<string | undefined>(
      (best, word) => (best === undefined || (shared.get(word) ?? 0) < (shared.get(best) ?? 0) ? word : best),
      undefined,
    );
    if (key === undefined) always.push(i);
    else byWord.set(key, [...(byWord.get(key) ?? []), i]);
  });
  index = { byWord, words, always, marks: new Uint8Array(cues.length) };
  cueIndexes.set(cues, index);
  return index;
}

/**
 * The cues of `cues` that can match `words`, in their order: a cue matches only where all its words
 * occur, so the others need not be tried. Matching these in order finds the same first match as
 * trying every cue, for a fraction of the work (a lexicon has hundreds of cues).
 */
export function cuesThatMayMatch<C extends Pick<Cue, 'before' | 'after'>>(cues: readonly C[], words: readonly string[]): C[] {
  const index = cueIndex(cues);
  const { marks } = index;
  let marked = index.always.length;
  for (const at of index.always) marks[at] = 1;
  for (const word of words) {
    const found = index.byWord.get(word);
    if (found)
      for (const at of found)
        if (marks[at] === 0 && (index.words[at] ?? []).every((w) => words.includes(w))) {
          marks[at] = 1;
          marked++;
        }
  }
  const out: C[] = [];
  for (let at = 0; marked > 0 && at < cues.length; at++)
    if (marks[at] === 1) {
      marks[at] = 0;
      marked--;
      out.push(cues[at] as C);
    }
  return out;
}

/** Where a cue matches in the question's words; for a cue with `*`, the words it stood for. */
export function matchCue(cue: Pick<Cue, 'before' | 'after'>, words: readonly string[]): string[] | null {
  return matchCueAt(cue, words)?.subject ?? null;
}

/** Where a cue first matches: its first word, the word after its last, and the words its `*` stood for. */
export function matchCueAt(
  cue: Pick<Cue, 'before' | 'after'>,
  words: readonly string[],
): { start: number; end: number; subject: string[] } | null {
  for (let start = 0; start + cue.before.length <= words.length; start++) {
    if (!matchesAt(words, start, cue.before)) continue;
    if (cue.after === null) return { start, end: start + cue.before.length, subject: [] };
    const from = start + cue.before.length;
    for (let end = from + 1; end <= Math.min(words.length, from + 8); end++)
      if (matchesAt(words, end, cue.after) && end + cue.after.length <= words.length)
        return { start, end: end + cue.after.length, subject: words.slice(from, end) };
  }
  return null;
}

/** First names that belong to one person only, so "what did James say?" works without listing them. */
function firstNameAliases(story: Story): Map<string, string> {
  const counts = new Map<string, string[]>();
  for (const person of story.people) {
    const first = person.name.split(/\s+/)[0]?.toLowerCase();
    if (first) counts.set(first, [...(counts.get(first) ?? []), person.id]);
  }
  const out = new Map<string, string>();
  for (const [first, ids] of counts) if (ids.length === 1 && ids[0]) out.set(first, ids[0]);
  return out;
}

/** How a question word reaches story words: a shared sense, one level up, or the opposite (yes/no questions only). */
/** How many first letters of a word are compared before stemming it for position words. */
export const positionPrefixLength = 3;

/** Where in a text a question points: its opening or its end. */
export type ArticlePosition = 'opening' | 'ending';

/** A position's words as a question's words are stemmed; a phrasal verb's words each stemmed, joined by a space. */
function positionWords(
  words: { adjectives: readonly string[]; nouns: readonly string[]; verbs: readonly string[]; parts: readonly string[] },
  stems: ReadonlyMap<string, string>,
): { adjectives: ReadonlySet<string>; nouns: ReadonlySet<string>; verbs: ReadonlySet<string>; parts: ReadonlySet<string> } {
  const stemmedAll = (list: readonly string[]) =>
    new Set(
      list.map((phrase) =>
        phrase
          .toLowerCase()
          .split(/\s+/)
          .map((w) => stem(w, stems))
          .join(' '),
      ),
    );
  return {
    adjectives: stemmedAll(words.adjectives),
    nouns: stemmedAll(words.nouns),
    verbs: stemmedAll(words.verbs),
    parts: stemmedAll(words.parts),
  };
}

export type Relation = 'synonym' | 'hypernym' | 'antonym';
/** A story's WordNet paraphrases by stemmed key, each resolved to story terms on first use. */
type ResolvedParaphrase = { terms: string[]; relation: Relation };

export class Paraphrases {
  private readonly resolved = new Map<string, ResolvedParaphrase | null>();

  constructor(
    private readonly table: ReadonlyMap<string, { words: readonly string[]; relation: Relation }>,
    private readonly termsOfWords: (words: readonly string[]) => string[],
  ) {}

  get size(): number {
    return this.table.size;
  }

  get(key: string): { terms: string[]; relation: Relation } | undefined {
    // Only the table's keys are remembered, so arbitrary question words cannot grow the memo.
    const entry = this.table.get(key);
    if (!entry) return undefined;
    let found = this.resolved.get(key);
    if (found === undefined) {
      const terms = this.termsOfWords(entry.words);
      found = terms.length > 0 ? { terms, relation: entry.relation } : null;
      this.resolved.set(key, found);
    }
    return found ?? undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Every key resolved to its story terms (null: none), as the prebuilt index stores them. */
  resolveAll(): Map<string, ResolvedParaphrase | null> {
    for (const key of this.table.keys()) this.get(key);
    return new Map(this.resolved);
  }

  /** Paraphrases whose keys were all resolved ahead (by {@link resolveAll}): nothing is left to look up. */
  static fromResolved(resolved: ReadonlyMap<string, ResolvedParaphrase | null>): Paraphrases {
    const table = new Map(
      [...resolved].map(([key, found]) => [key, { words: [], relation: found?.relation ?? 'synonym' }] as const),
    );
    const paraphrases = new Paraphrases(table, () => []);
    for (const [key, found] of resolved) paraphrases.resolved.set(key, found);
    return paraphrases;
  }
}

export function compileLanguage(story: Story, lexicon: Lexicon, storyTexts: readonly string[]): Language {
  const stems = new Map(Object.entries(lexicon.stems).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()]));
  const contractions = compileContractions(lexicon.contractions, lexicon.symbols);
  const spelling = new Map(
    Object.entries(lexicon.spelling).map(([k, v]) => [k.toLowerCase(), tokenise(normalise(v, contractions))]),
  );
  const base = { stems, spelling, contractions };
  // Building stems the same few thousand words many times over; a cache keeps start-up short.
  const stemCache = new Map<string, string>();
  const stemmed = (text: string) => stemmedTokens(base, text, stemCache);
  // Both forms: an irregular stem ("came" → "come") is not stemmed again, so "come" must match as written.
  const stopwords = new Set(lexicon.stopwords.flatMap((w) => [...stemmed(w), w.toLowerCase()]));

  // Phrases are added in priority order: PhraseTable keeps the first class that claims a span.
  const phrases = new PhraseTable();
  const entities = new Map<string, EntityInfo>();
  const stripArticle = (tokens: string[]) => (tokens[0] === 'the' && tokens.length > 1 ? tokens.slice(1) : tokens);
  for (const person of story.people) {
    entities.set(person.id, { id: person.id, kind: 'person' });
    for (const alias of [person.name, ...person.aliases]) phrases.add(stripArticle(stemmed(alias)), entityTerm(person.id), 0);
  }
  for (const [first, id] of firstNameAliases(story)) phrases.add(stemmed(first), entityTerm(id), 0);
  for (const organisation of story.organisations) {
    entities.set(organisation.id, { id: organisation.id, kind: 'organisation' });
    for (const alias of [organisation.name, organisation.fullName, ...organisation.aliases])
      phrases.add(stripArticle(stemmed(alias)), entityTerm(organisation.id), 0);
  }
  // "live on *theregister.com*": the site the article is at names its publication.
  const publisher = story.organisations.find((o) => o.name === story.meta.publication || o.fullName === story.meta.publication);
  if (publisher) for (const site of sitesOf(story.meta.article.url)) phrases.add([site], entityTerm(publisher.id), 0);

  const vocabulary = new Map<string, number>();
  const storyStems = new Set<string>();
  for (const text of storyTexts)
    for (const token of tokenise(normalise(text, contractions))) {
      vocabulary.set(token, (vocabulary.get(token) ?? 0) + 1);
      storyStems.add(stemCache.get(token) ?? stemmed(token)[0] ?? token);
    }

  // An outsider the story does mention is not an outsider for this story.
  for (const name of lexicon.outsiders) {
    const tokens = stemmed(name);
    if (!tokens.every((t) => storyStems.has(t))) phrases.add(tokens, `o:${name.toLowerCase()}`, 0);
  }
  // An intent about the story itself reads the same with "this" as with "the": "title of this article".
  const articleDeterminers = lexicon.articleDeterminers.map((w) => w.toLowerCase());
  for (const [name, cues] of Object.entries(lexicon.intents) as [IntentName, string[]][])
    for (const cue of cues) {
      const tokens = stemmed(cue);
      phrases.add(tokens, intentTerm(name), 1);
      for (const determiner of articleDeterminers)
        if (tokens.some((t) => articleDeterminers.includes(t)))
          phrases.add(
            tokens.map((t) => (articleDeterminers.includes(t) ? determiner : t)),
            intentTerm(name),
            1,
          );
    }
  // "any silver lining for Xen": a contrast sentence turning that way (see turns.ts).
  for (const [valence, nouns] of Object.entries(lexicon.turnNouns) as [TurnValence, string[]][])
    for (const noun of nouns) phrases.add(stemmed(noun), turnTerm(valence), 1);
  // Filler phrases ("bring up") hold no content, like stopwords, but only as a whole.
  for (const filler of lexicon.stopPhrases) phrases.add(stemmed(filler), 'f:', 3);
  for (const group of lexicon.synonyms) {
    const canonical = `s:${stemmed(group[0] ?? '').join('_')}`;
    for (const member of group) phrases.add(stemmed(member), canonical, 2);
  }

  const kinds = new Map<string, string[]>();
  for (const [noun, members] of Object.entries(lexicon.kinds))
    kinds.set(
      stemmed(noun).join(' '),
      members.map((m) => (m.startsWith('@') ? m : stemmed(m).join(' '))),
    );
  // "which report", "what white paper": a document, named by a fact holding a noun for one.
  // A survey is no blog post: the fact must name a document by the question's noun.
  for (const noun of lexicon.documentNouns) {
    const key = stemmed(noun).join(' ');
    if (!kinds.has(key)) kinds.set(key, [documentMember(stemmed(noun))]);
  }

  const typeCues = (Object.entries(lexicon.questionTypes) as [QuestionTypeName, string[]][])
    .filter(([type]) => type !== 'yesno')
    .flatMap(([type, cues]) => cues.map((cue) => compileCue(type, cue, contractions)));
  const yesNoStarts = new Set(lexicon.questionTypes.yesno.flatMap((w) => tokenise(normalise(w, contractions))));
  const answerCues = (Object.entries(lexicon.answerTypes) as [AnswerTypeName, string[]][]).flatMap(([type, cues]) =>
    cues.map((cue) => compileCue(type, cue, contractions)),
  );

  // The vocabulary the spelling corrector may correct to: the story's words, its names, the lexicon's words.
  const lexiconWords = [
    ...lexicon.stopwords,
    ...Object.keys(lexicon.spelling),
    ...Object.values(lexicon.spelling),
    ...Object.keys(lexicon.stems),
    ...Object.values(lexicon.questionTypes).flat(),
    ...Object.values(lexicon.intents).flat(),
    ...lexicon.synonyms.flat(),
    ...Object.keys(lexicon.kinds),
    ...Object.values(lexicon.answerTypes).flat(),
    // English the engine reads values with ("three", "may", "dollars") is never a typo of a story word ("threw").
    ...lexicon.months,
    ...lexicon.weekdays,
    ...lexicon.numberWords,
    ...lexicon.currencyWords,
    ...lexicon.percentWords,
    ...lexicon.timeUnits,
    ...lexicon.vagueAmounts,
    ...lexicon.vaguePrices,
    ...lexicon.timeOfDay,
    // "the intro", "the lede": words placing something in the article are English, not typos of the story's.
    ...Object.values(lexicon.articlePositions).flatMap((words) => [...words.adjectives, ...words.nouns, ...words.verbs]),
    ...lexicon.textNouns,
    // "the writeup": a noun for the article is English, not two words run together ("write up").
    ...lexicon.articleNouns,
    // "what was KVM *developed* for": a verb asking a purpose is English, not a typo of "developer".
    ...lexicon.purpose.verbs,
    ...lexicon.purpose.intending,
    ...lexicon.turnNouns.good,
    ...lexicon.turnNouns.bad,
    // "who handles *press* for X": a noun or verb of saying is English, not a typo of a story word ("pres").
    ...lexicon.speechActs.verbs,
    ...lexicon.speechActs.nouns,
    // "is he citrix's *CTO*": a job's initials are English, not a name the story lacks.
    ...lexicon.jobInitialisms,
  ];
  for (const text of lexiconWords)
    for (const token of tokenise(normalise(text, contractions))) if (!vocabulary.has(token)) vocabulary.set(token, 0);
  // Nobody needs a typo corrected into a stopword, and leaving them out keeps the index small.
  const rawStopwords = new Set(lexicon.stopwords.map((w) => w.toLowerCase()));
  // "quite" stems to "quit", "completely" to "complet": a stopword whose stem is a synonym group's word's.
  const memberStems = new Set(
    lexicon.synonyms
      .flat()
      .map((m) => m.toLowerCase())
      .filter((m) => !m.includes(' ') && !rawStopwords.has(m))
      .map((m) => stemCache.get(m) ?? stemmed(m)[0] ?? m),
  );
  const stemClashes = new Set(
    [...rawStopwords].filter((w) => !w.includes(' ') && stem(w, stems) !== w && memberStems.has(stem(w, stems))),
  );
  // A typo of a stopword ("accordin") is that stopword, but only when no other word is one typo away.
  // "wich site", "whay did": a shorter word is corrected too, but only to a question word.
  const spell = new SpellIndex(vocabulary, tuning.minCorrectableLength, (word) => !rawStopwords.has(word), rawStopwords, {
    minLength: tuning.minInterrogativeTypoLength,
    targets: new Set(lexicon.interrogatives.map((w) => w.toLowerCase())),
    words: new Set(lexicon.wordnet.shortWords ?? []),
  });

  // "moved to the NZ pad": the initials of one of the story's names stand for it, unless they are a word.
  const initialisms = storyInitialisms(
    [...story.paragraphs.map((p) => p.text), ...story.related.flatMap((r) => r.facts)],
    [...story.people.map((p) => p.name), ...story.organisations.flatMap((o) => [o.name, o.fullName])],
    (initials) => vocabulary.has(initials) || rawStopwords.has(initials) || spelling.has(initials),
  );

  const nameWords = (name: string) => tokenise(normalise(name, contractions));
  const peopleNames = new Set(story.people.map((p) => p.name));

  // The table's keys are stored stemmed; a key's story terms are worked out the first time a
  // question uses it, which keeps start-up short (most keys are never asked).
  const paraphraseWords = new Map<string, { words: readonly string[]; relation: Relation }>();
  for (const [key, words] of Object.entries(lexicon.wordnet.antonyms ?? {}))
    paraphraseWords.set(key, { words, relation: 'antonym' });
  for (const [key, words] of Object.entries(lexicon.wordnet.hypernyms)) paraphraseWords.set(key, { words, relation: 'hypernym' });
  for (const [key, words] of Object.entries(lexicon.wordnet.synonyms)) paraphraseWords.set(key, { words, relation: 'synonym' });
  const paraphrases = new Paraphrases(paraphraseWords, (words) => [
    // A name ("Linux Foundation") is no sense of a common word: "found" does not lead to it.
    ...new Set(words.flatMap((w) => termsOf({ phrases, stopwords }, stemmed(w), false)).filter((t) => !t.startsWith('e:'))),
  ]);

  // Shell nouns ("quality", "aspect", "angle") frame what a question asks rather than carry it: one
  // the story never uses weighs like a word that only describes.
  const modifiers = new Set([...(lexicon.wordnet.modifiers ?? []), ...lexicon.shellNouns.flatMap((w) => stemmed(w))]);

  const collocations = new Map<string, string[][]>();
  for (const key of lexicon.wordnet.collocations ?? []) {
    const words = key.split(' ');
    const first = words[0] ?? '';
    collocations.set(first, [...(collocations.get(first) ?? []), words]);
  }
  // Longest first, so "word for word" is read before a shorter expression starting the same way.
  for (const list of collocations.values()) list.sort((a, b) => b.length - a.length);

  return {
    contractions,
    paraphrases,
    modifiers,
    collocations,
    verbs: new Set(lexicon.wordnet.verbs ?? []),
    bareVerbs: new Set(lexicon.wordnet.bareVerbs ?? []),
    doSupport: new Map(Object.entries(lexicon.doSupport).map(([form, auxiliary]) => [form.toLowerCase(), auxiliary])),
    stems,
    spelling,
    initialisms: new Map([...initialisms].map(([initials, name]) => [initials, nameWords(name)])),
    lowerCaseInitialisms: new Map(
      [...initialisms]
        .filter(([initials, name]) => !/[aeiouy]/.test(initials) && !peopleNames.has(name))
        .map(([initials, name]) => [initials, nameWords(name)]),
    ),
    stopwords,
    phrases,
    kinds,
    typeCues,
    answerCues,
    partitiveWords: new Set(lexicon.partitiveWords.map((w) => w.toLowerCase())),
    countCues: [...lexicon.answerTypes.exactCount, ...lexicon.answerTypes.count]
      .filter((cue) => !cue.includes('*'))
      .map((cue) => tokenise(normalise(cue, contractions))),
    missing: lexicon.missing,
    kindSkips: new Set(lexicon.kindSkips.map((w) => w.toLowerCase())),
    kindOpeners: new Set(lexicon.kindOpeners.map((w) => w.toLowerCase())),
    kindRequests: lexicon.kindRequests.map((w) => tokenise(w.toLowerCase())),
    mentionVerbs: new Set(lexicon.mentionVerbs.map((w) => w.toLowerCase())),
    namedKindOpeners: new Set(lexicon.namedKindOpeners.map((w) => w.toLowerCase())),
    kindNouns: new Set(lexicon.kindNouns.map((w) => w.toLowerCase())),
    interrogatives: new Set(lexicon.interrogatives.map((w) => w.toLowerCase())),
    values: compileValueDetector(lexicon),
    words: {
      months: lexicon.months,
      weekdays: lexicon.weekdays,
      numberWords: lexicon.numberWords,
      currencyWords: lexicon.currencyWords,
      percentWords: lexicon.percentWords,
      timeUnits: lexicon.timeUnits,
      sentenceNouns: {
        singular: lexicon.sentenceNouns.singular.map((w) => w.toLowerCase()),
        plural: lexicon.sentenceNouns.plural.map((w) => w.toLowerCase()),
      },
      placedSentence: lexicon.placedSentence,
      abbreviationJoiners: lexicon.abbreviationJoiners,
      leadIns: lexicon.leadIns,
      backReferences: lexicon.backReferences,
      contrasts: lexicon.contrasts,
      processMarkers: lexicon.processMarkers,
      purpose: {
        verbs: lexicon.purpose.verbs.map((w) => w.toLowerCase()),
        intending: lexicon.purpose.intending.map((w) => w.toLowerCase()),
        prepositions: lexicon.purpose.prepositions.map((w) => w.toLowerCase()),
        infinitive: lexicon.purpose.infinitive.map((w) => w.toLowerCase()),
        markers: lexicon.purpose.markers.map((w) => w.toLowerCase()),
        asking: lexicon.purpose.asking.map((w) => w.toLowerCase()),
        idiomatic: lexicon.purpose.idiomatic.map((w) => w.toLowerCase()),
      },
      meansMarkers: lexicon.meansMarkers,
      planMarkers: lexicon.planMarkers,
      additiveMarkers: lexicon.additiveMarkers,
      coordinators: lexicon.coordinators,
      universalQuantifiers: lexicon.universalQuantifiers.map((w) => w.toLowerCase()),
      comparison: lexicon.comparison,
      opposedModifiers: lexicon.opposedModifiers,
      ignorance: compileIgnorance(lexicon.ignorance),
      unanswered: lexicon.unanswered.map((w) => w.toLowerCase()),
      passiveAuxiliaries: lexicon.passiveAuxiliaries.map((w) => w.toLowerCase()),
      agentPrepositions: lexicon.agentPrepositions.map((w) => w.toLowerCase()),
      futureAuxiliaries: lexicon.futureAuxiliaries.map((w) => w.toLowerCase()),
      firstPersonSingular: lexicon.firstPersonSingular.map((w) => w.toLowerCase()),
      qualificationIntro: lexicon.qualificationIntro,
      additionVerbs: lexicon.additionVerbs,
      priorArticles: lexicon.priorArticles,
      qualificationAsks: lexicon.qualificationAsks,
      firstAppearance: lexicon.firstAppearance,
      eventualAdverbs: lexicon.eventualAdverbs,
      agreementReports: lexicon.agreementReports,
      advice: lexicon.advice,
      chatDigits: lexicon.chatDigits,
      numberSign: lexicon.numberSign,
      preventing: lexicon.preventing,
      chatOpeners: lexicon.chatOpeners,
      relativeDatePrepositions: lexicon.relativeDatePrepositions.map((p) => p.toLowerCase()),
      choicePointers: lexicon.choicePointers.map((p) => p.toLowerCase()),
      choiceHedges: lexicon.choiceHedges.map((p) => p.toLowerCase()),
      laughter: lexicon.laughter.map((w) => w.toLowerCase()),
      substitutePronouns: lexicon.substitutePronouns.map((w) => w.toLowerCase()),
    },
    recipientVerbs: new Set(lexicon.recipientVerbs.map((w) => w.toLowerCase())),
    attributionVerbs: new Set(lexicon.attributionVerbs.flatMap((w) => stemmed(w))),
    attitudeAdjectives: new Set(lexicon.attitudeAdjectives.flatMap((w) => stemmed(w))),
    sourcePhrases: lexicon.sourcePhrases.map((p) => stemmed(p)).sort((a, b) => b.length - a.length),
    sourceNouns: new Set(lexicon.sourceNouns.flatMap((w) => stemmed(w))),
    aspectSuffixPattern:
      lexicon.aspectSuffixes.length === 0
        ? null
        : new RegExp(`(?<=\\p{L})-(?:${lexicon.aspectSuffixes.map((w) => escapeRegExp(w.toLowerCase())).join('|')})\\b`, 'giu'),
    attributionPattern: new RegExp(
      `\\b(?:${lexicon.attributionVerbs.map((w) => escapeRegExp(w.toLowerCase())).join('|')})\\b`,
      'i',
    ),
    firstPerson: new Set(lexicon.firstPerson.map((w) => w.toLowerCase())),
    subordinators: byFirstToken(lexicon.subordinators.map((w) => tokenise(normalise(w, contractions)))),
    askerVerbs: new Set(lexicon.askerAsides.verbs.map((w) => w.toLowerCase())),
    purposePrepositions: new Set(lexicon.askerAsides.purposePrepositions.map((w) => w.toLowerCase())),
    askerPurposes: {
      connectives: lexicon.askerAsides.purposeConnectives.map((w) => w.toLowerCase()),
      handing: lexicon.askerAsides.handingConnectives.map((w) => w.toLowerCase()),
      modals: new Set(lexicon.askerAsides.purposeModals.map((w) => w.toLowerCase())),
    },
    discourseMarkers: new Set(lexicon.askerAsides.discourseMarkers.map((w) => w.toLowerCase())),
    addressees: new Set(lexicon.askerAsides.addressees.map((w) => w.toLowerCase())),
    indefinitePronouns: new Set(lexicon.askerAsides.indefinitePronouns.map((w) => w.toLowerCase())),
    exclusions: [...lexicon.exclusions, ...lexicon.settingAsideExclusions].map((m) => ` ${m.toLowerCase()} `.replace(/^ ,/, ',')),
    settingAsideExclusions: new Set(lexicon.settingAsideExclusions.map((m) => ` ${m.toLowerCase()} `)),
    onlyOrMore: {
      limiters: new Set(lexicon.onlyOrMore.limiters.map((w) => w.toLowerCase())),
      continuations: new Set(lexicon.onlyOrMore.continuations.map((w) => w.toLowerCase())),
    },
    priorMarkers: lexicon.priorMarkers.map((m) => m.toLowerCase()),
    datePrepositions: lexicon.datePrepositions.map((m) => m.toLowerCase()),
    postposedExclusion: new RegExp(`(^|[,;.?!])([^,;.?!]*?)\\s(?:${alternationOf(lexicon.postposedExclusions)})\\s*,`, 'i'),
    exclusionPattern: new RegExp(
      [...lexicon.exclusions, ...lexicon.settingAsideExclusions]
        .map((m) => escapeRegExp(m.toLowerCase()).replace(/^,\s*/, ',\\s*'))
        .join('|') || '(?!)',
      'i',
    ),
    quantifierDeterminers: new Set(lexicon.quantifierDeterminers.map((w) => w.toLowerCase())),
    alternatives: new Set(lexicon.alternatives.map((w) => w.toLowerCase())),
    futureStarts: lexicon.futureAuxiliaries.reduce((starts, phrase) => {
      const [first = '', second = ''] = phrase.toLowerCase().split(/\s+/);
      starts.set(first, new Set([...(starts.get(first) ?? []), second]));
      return starts;
    }, new Map<string, Set<string>>()),
    measureUnits: new Set(lexicon.measureUnits.map((w) => w.toLowerCase())),
    unitLeaders: new Set(lexicon.unitLeaders.map((w) => w.toLowerCase())),
    variantNouns: new Set(lexicon.variantNouns.map((w) => stem(w.toLowerCase(), stems))),
    variantPrepositions: new Set(lexicon.variantPrepositions.map((w) => w.toLowerCase())),
    extent: {
      words: wordLists(lexicon.extent.words),
      limits: wordLists(lexicon.extent.limits),
      ending: wordLists(lexicon.extent.ending),
      reach: lexicon.extent.reach,
    },
    additionPhrases: wordLists(lexicon.additionVerbs),
    continuing: {
      phrases: wordLists(lexicon.continuing.phrases),
      leaving: new Set(lexicon.continuing.leaving.map((w) => w.toLowerCase())),
      moving: new Set(lexicon.continuing.moving.map((w) => w.toLowerCase())),
      sources: new Set(lexicon.continuing.sources.map((w) => w.toLowerCase())),
      destinations: new Set(lexicon.continuing.destinations.map((w) => w.toLowerCase())),
      agents: {
        suffixes: lexicon.continuing.agents.suffixes.map((w) => w.toLowerCase()),
        objectPrepositions: new Set(lexicon.continuing.agents.objectPrepositions.map((w) => w.toLowerCase())),
      },
    },
    solving: {
      as: lexicon.solving.as.toLowerCase(),
      // Longest first: "figured out" before "crack".
      phrases: wordLists(lexicon.solving.phrases),
    },
    discerning: {
      verbs: new Set(lexicon.discerning.verbs.map((w) => w.toLowerCase())),
      particles: new Set(lexicon.discerning.particles.map((w) => w.toLowerCase())),
      reach: lexicon.discerning.reach,
      as: lexicon.discerning.as.toLowerCase(),
    },
    wording: {
      nouns: new Set(lexicon.wording.nouns.map((w) => w.toLowerCase())),
      verbs: new Set(lexicon.wording.verbs.map((w) => w.toLowerCase())),
      as: lexicon.wording.as.toLowerCase(),
      reach: lexicon.wording.reach,
    },
    learning: {
      askingWords: new Set(lexicon.learning.askingWords.map((w) => w.toLowerCase())),
      verbs: wordLists(lexicon.learning.verbs),
      contentOpeners: new Set(lexicon.learning.contentOpeners.map((w) => w.toLowerCase())),
      as: { what: lexicon.learning.as.what.toLowerCase(), verb: lexicon.learning.as.verb.toLowerCase() },
    },
    negations: new Set(lexicon.negations.map((w) => w.toLowerCase())),
    motionVerbs: new Set([...lexicon.motionVerbs, ...lexicon.sendingVerbs].map((w) => w.toLowerCase())),
    seatVerbs: new Set(lexicon.seatVerbs.map((w) => w.toLowerCase())),
    postingVerbs: new Set(lexicon.postingVerbs.flatMap((w) => w.toLowerCase().split(/\s+/))),
    valueUnits: new Set(
      [...lexicon.currencyWords, ...lexicon.percentWords, ...lexicon.timeUnits, ...lexicon.measureUnits, ...lexicon.placeNouns]
        .filter((w) => !/\s/.test(w))
        .map((w) => stem(w.toLowerCase(), stems)),
    ),
    relativePronouns: new Set(lexicon.relativePronouns.map((w) => w.toLowerCase())),
    anaphors: new Set(lexicon.anaphors.map((w) => w.toLowerCase())),
    contextPointers: new Set(lexicon.contextPointers.map((w) => w.toLowerCase())),
    framingOpeners: new Set(lexicon.framingOpeners.map((w) => w.toLowerCase())),
    labelNouns: new Set(lexicon.labelNouns.map((w) => w.toLowerCase())),
    hedgeJoiners: new Set(lexicon.hedgeJoiners.map((w) => w.toLowerCase())),
    wantingOpeners: new Set(lexicon.wantingOpeners.flatMap((w) => tokenise(normalise(w, contractions)))),
    pointingSubjects: new Set(lexicon.pointingSubjects.map((w) => w.toLowerCase())),
    introductions: new Set(lexicon.introductions.map((w) => w.toLowerCase())),
    partSizes: {
      adjectives: new Set(lexicon.partSizes.adjectives.map((w) => w.toLowerCase())),
      nouns: new Set(lexicon.partSizes.nouns.map((w) => w.toLowerCase())),
    },
    reasonConjunctions: new Set(lexicon.reasonConjunctions.map((w) => w.toLowerCase())),
    personalPronouns: new Set(lexicon.personalPronouns.map((w) => w.toLowerCase())),
    personOnlyPronouns: new Set(lexicon.personOnlyPronouns.map((w) => w.toLowerCase())),
    dummySubjectFollowers: new Set(lexicon.dummySubjectFollowers.map((w) => w.toLowerCase())),
    precisionAdjectives: new Set(lexicon.precisionAdjectives.map((w) => w.toLowerCase())),
    precisionAdverbs: new Map(Object.entries(lexicon.precisionAdverbs).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()])),
    precisionStems: new Set(lexicon.precisionAdjectives.map((w) => stem(w.toLowerCase(), stems))),
    knowing: new Set(lexicon.knowing.map((w) => w.toLowerCase())),
    yesNoComplementisers: new Set(lexicon.yesNoComplementisers.map((w) => w.toLowerCase())),
    orderAdverbs: new Set(lexicon.orderAdverbs.flatMap((w) => [...stemmed(w), w.toLowerCase()])),
    affiliationPrepositions: new Set(lexicon.affiliationPrepositions.map((w) => w.toLowerCase())),
    roleConnectives: new Set(lexicon.roleConnectives.map((w) => w.toLowerCase())),
    placePrepositions: new Set(lexicon.placePrepositions.map((w) => w.toLowerCase())),
    directionPrepositions: new Set(lexicon.directionPrepositions.map((w) => w.toLowerCase())),
    speakingAdverbs: new Set(lexicon.speakingAdverbs.map((w) => stem(w.toLowerCase(), stems))),
    viewVerbs: new Set([...lexicon.attributionVerbs, ...lexicon.judgingVerbs].flatMap((w) => stemmed(w))),
    certainty: {
      adjectives: new Set(lexicon.certaintyAdjectives.flatMap((w) => stemmed(w))),
      degree: new Set(lexicon.degreeAdverbs.flatMap((w) => stemmed(w))),
    },
    writerNouns: new Set([...lexicon.writerNouns, ...lexicon.articleNouns].flatMap((w) => stemmed(w))),
    personalWriterNouns: new Set(lexicon.writerNouns.flatMap((w) => stemmed(w))),
    personQuestionWords: new Set(lexicon.personQuestionWords.map((w) => w.toLowerCase())),
    leadingVerbs: new Set(lexicon.leadingVerbs.map((w) => w.toLowerCase())),
    caring: {
      as: lexicon.caring.as.toLowerCase(),
      phrases: wordLists(lexicon.caring.phrases),
    },
    membership: {
      prepositions: new Set(lexicon.membership.prepositions.map((w) => w.toLowerCase())),
      noun: lexicon.membership.noun.toLowerCase(),
    },
    outletNouns: new Set(lexicon.outletNouns.map((w) => w.toLowerCase())),
    otherDeterminers: new Set(lexicon.otherDeterminers.map((w) => w.toLowerCase())),
    documentNouns: lexicon.documentNouns.map((w) => ({
      words: tokenise(normalise(w, contractions)),
      member: documentMember(stemmed(w)),
    })),
    namingVerbs: lexicon.namingVerbs.map((w) => w.toLowerCase()),
    namingPhrases: {
      before: lexicon.namingPhrases.before.map((p) => tokenise(normalise(p, contractions))),
      after: lexicon.namingPhrases.after.map((p) => tokenise(normalise(p, contractions))),
      closing: lexicon.namingPhrases.closing.map((p) => tokenise(normalise(p, contractions))),
    },
    articlePositions: {
      opening: positionWords(lexicon.articlePositions.opening, stems),
      ending: positionWords(lexicon.articlePositions.ending, stems),
    },
    textNouns: new Set(lexicon.textNouns.map((w) => stem(w.toLowerCase(), stems))),
    positionPrefixes: new Set(
      [
        ...Object.values(lexicon.articlePositions).flatMap((w) => [...w.adjectives, ...w.nouns, ...w.verbs]),
        ...lexicon.textNouns,
      ].map((w) => stem(w.toLowerCase().split(/\s+/)[0] ?? '', stems).slice(0, positionPrefixLength)),
    ),
    positionIntensifiers: new Set(lexicon.positionIntensifiers.map((w) => w.toLowerCase())),
    boundaryPrepositions: lexicon.boundaryPrepositions.map((p) => p.toLowerCase().split(/\s+/)),
    speechActs: {
      verbs: new Set(lexicon.speechActs.verbs.flatMap((w) => stemmed(w))),
      nouns: new Set(lexicon.speechActs.nouns.flatMap((w) => stemmed(w))),
      nounWords: new Set(lexicon.speechActs.nouns.map((w) => w.toLowerCase())),
      speakingFor: lexicon.speechActs.speakingFor.toLowerCase().split(/\s+/),
    },
    articleNouns: new Set(lexicon.articleNouns.map((w) => w.toLowerCase())),
    newsPronouns: new Set(lexicon.newsPronouns.map((w) => w.toLowerCase())),
    newsDeeds: new Set(lexicon.newsDeeds.map((w) => w.toLowerCase())),
    newsEffects: new Set(lexicon.newsEffects.map((w) => w.toLowerCase())),
    newsActor: actorOf(lexicon.news, { phrases, stems }, contractions),
    newsConfirmations: new Set(lexicon.newsConfirmations.flatMap((w) => termsOf({ phrases, stopwords }, stemmed(w), false))),
    newsConfirmationQuestion: lexicon.newsConfirmationQuestion,
    newsTerms: newsTermsOf(lexicon.news, termsOf({ phrases, stopwords }, lexicon.news ? stemmed(lexicon.news) : [], false)),
    wholeStory: {
      answers: lexicon.wholeStory.map(({ answer, asks, cues }) => ({
        answer,
        asks: new Set(asks),
        cues: cues.map((cue) => tokenise(cue.toLowerCase())),
      })),
      cueWords: new Set(lexicon.wholeStory.flatMap(({ cues }) => cues.flatMap((cue) => tokenise(cue.toLowerCase())))),
      // As a whole ("short version") and word by word: a question may hold either reading; a phrase
      // WordNet lists whole ("in a nutshell") is one term of its own words, and a cue word WordNet
      // links to the story ("upshot") the paraphrase term it is read as.
      cueTerms: new Set(
        lexicon.wholeStory
          .flatMap(({ cues }) => cues)
          .flatMap((cue) => [
            cue.toLowerCase(),
            ...termsOf({ phrases, stopwords }, stemmed(cue), false),
            ...stemmed(cue).flatMap((token) => termsOf({ phrases, stopwords }, [token], false)),
          ])
          .flatMap((term) => (term.includes(':') ? [term] : [term, `x:${term}`])),
      ),
    },
    publishingTerms: new Set(
      lexicon.intents.published
        .flatMap((cue) => stemmed(cue).flatMap((token) => termsOf({ phrases, stopwords }, [token], false)))
        .filter((t) => !/^[eio]:/.test(t)),
    ),
    publishingWords: [...lexicon.publishingVerbs, ...lexicon.ageAdjectives].map((w) => w.toLowerCase().split(/\s+/)),
    ageWords: lexicon.ageAdjectives.map((w) => w.toLowerCase().split(/\s+/)),
    degreeQuestionWords: new Set(lexicon.degreeQuestionWords.map((w) => w.toLowerCase())),
    pagePlaces: {
      places: lexicon.pagePlaces.map((p) => p.toLowerCase().split(/\s+/)),
      footerNames: lexicon.intents.footer
        .filter((cue) => !lexicon.pagePlaces.some((p) => p.toLowerCase() === cue.toLowerCase()))
        .map((cue) => cue.toLowerCase().split(/\s+/)),
    },
    stances: {
      nouns: new Set(lexicon.stanceNouns.map((w) => w.toLowerCase())),
      impersonalPossessives: new Set(lexicon.impersonalPossessives.map((w) => w.toLowerCase())),
    },
    articlePlurals: new Set(lexicon.articleNouns.map((w) => regularPlural(w.toLowerCase()))),
    articlePronouns: new Set(lexicon.articlePronouns.map((w) => w.toLowerCase())),
    indefiniteArticles: new Set(lexicon.indefiniteArticles.map((w) => w.toLowerCase())),
    headlineNouns: new Set(lexicon.headlineNouns.map((w) => w.toLowerCase())),
    idleClassifiers: new Set(
      lexicon.classifierNouns
        .map((w) => w.toLowerCase())
        .filter((w) => !vocabulary.get(w))
        .map((w) => stemCache.get(w) ?? stemmed(w)[0] ?? w),
    ),
    idleAgeWords: new Set(lexicon.idleAgeAdjectives.map((w) => stemCache.get(w.toLowerCase()) ?? stemmed(w)[0] ?? w)),
    quotingVerbs: new Set(lexicon.quotingVerbs.map((w) => w.toLowerCase())),
    quotingManner: {
      verbs: new Set(lexicon.quotingManner.verbs.map((w) => w.toLowerCase())),
      manners: lexicon.quotingManner.manners.map((p) => tokenise(normalise(p, contractions))),
      as: lexicon.quotingManner.as.toLowerCase(),
      requestTails: lexicon.quotingManner.requestTails.map((p) => tokenise(normalise(p, contractions))),
    },
    priorArticleAdjectives: new Set(lexicon.priorArticleAdjectives.map((w) => w.toLowerCase())),
    definitionFrames: lexicon.definitionFrames
      .map((frame) => frame.toLowerCase().split(/\s+/))
      .sort((a, b) => b.length - a.length)
      .map((frame) => ({ before: frame.slice(0, frame.indexOf('*')), after: frame.slice(frame.indexOf('*') + 1) })),
    nominalSuffixes: lexicon.nominalSuffixes.map((w) => w.toLowerCase()).sort((a, b) => b.length - a.length),
    copulas: new Set(lexicon.copulas.map((w) => w.toLowerCase())),
    addresseeCopulas: new Set(lexicon.addresseeCopulas.map((w) => w.toLowerCase())),
    secondPerson: new Set(lexicon.secondPerson.map((w) => w.toLowerCase())),
    requests: {
      verbs: new Set(lexicon.requests.verbs.map((w) => w.toLowerCase())),
      recipients: new Set(lexicon.requests.recipients.map((w) => w.toLowerCase())),
      politeness: new Set(lexicon.requests.politeness.map((w) => w.toLowerCase())),
      summaries: new Set(lexicon.requests.summaries.map((w) => w.toLowerCase())),
      askerWants: [...lexicon.requests.askerWants].sort((a, b) => b.length - a.length),
    },
    interrogativePrepositions: new Set(lexicon.interrogativePrepositions.map((w) => w.toLowerCase())),
    restatementMarkers: lexicon.restatementMarkers.map((w) => w.toLowerCase()),
    channelReference: channelReferencePattern(lexicon.channelReferences),
    channelPrepositions: new Set(lexicon.channelReferences.prepositions.map((w) => w.toLowerCase())),
    plainChannelReference: plainChannelReferencePattern(lexicon.channelReferences),
    perspectivePhrase: new RegExp(
      `,?\\s*\\bfrom((?:\\s+[\\p{L}'\u2019-]+){1,3}?)\\s+(?:${alternationOf(lexicon.perspectiveNouns)})\\b\\s*,?`,
      'giu',
    ),
    askedIdeas: {
      quantifiers: new Set(lexicon.askedIdeas.quantifiers.map((w) => w.toLowerCase())),
      nouns: new Set(lexicon.askedIdeas.nouns.map((w) => w.toLowerCase())),
    },
    compoundParticles: lexicon.compoundParticles.map((w) => w.toLowerCase()),
    workVerbs: new Set(lexicon.workVerbs.map((w) => w.toLowerCase())),
    jobNouns: lexicon.jobNouns.map((w) => w.toLowerCase()),
    jobNounPhrases: lexicon.jobNouns.map((w) => tokenise(w.toLowerCase())),
    genericJobNouns: new Set(lexicon.genericJobNouns.map((w) => w.toLowerCase())),
    makingVerbs: lexicon.makingVerbs.map((w) => w.toLowerCase()),
    enumerations: {
      ...lexicon.enumerations,
      mentionWords: new Set(lexicon.enumerations.mentionWords.map((w) => w.toLowerCase())),
      listingWords: new Set(lexicon.enumerations.listingWords.map((w) => w.toLowerCase())),
      organisationNouns: new Set(lexicon.enumerations.organisationNouns.flatMap((w) => stemmed(w).join(' '))),
    },
    ordinals: new Map(Object.entries(lexicon.ordinals).map(([w, n]) => [w.toLowerCase(), n])),
    relatedAdjectives: new Set(lexicon.relatedAdjectives.map((w) => w.toLowerCase())),
    jointWords: new Set(lexicon.jointWords.map((w) => w.toLowerCase())),
    readerAuxiliaries: new Set(lexicon.readerAuxiliaries.map((w) => w.toLowerCase())),
    articleDeterminers: new Set(articleDeterminers),
    partPrepositions: new Set(lexicon.partPrepositions.map((w) => w.toLowerCase())),
    queryValueNouns: new Map(
      (Object.entries(lexicon.queryValueNouns) as [AnswerTypeName, string[]][]).flatMap(([type, nouns]) =>
        nouns.map((noun) => [noun.toLowerCase(), type] as const),
      ),
    ),
    hearsay: {
      verbs: new Set(lexicon.hearsay.verbs.map((w) => w.toLowerCase())),
      places: new Set(lexicon.hearsay.places.map((w) => w.toLowerCase())),
      complementisers: new Set(lexicon.hearsay.complementisers.map((w) => w.toLowerCase())),
    },
    tagEndings: lexicon.tagEndings.map((ending) => tokenise(normalise(ending, contractions))).sort((a, b) => b.length - a.length),
    negatedAuxiliaries: new Set(lexicon.negatedAuxiliaries.map((w) => w.toLowerCase())),
    labellingVerbs: new Set(lexicon.labellingVerbs.map((w) => w.toLowerCase())),
    presentAuxiliaries: new Set(lexicon.presentAuxiliaries.map((w) => w.toLowerCase())),
    collectiveNouns: new Set(lexicon.collectiveNouns.map((w) => w.toLowerCase())),
    tagPronouns: new Set(lexicon.tagPronouns.map((w) => w.toLowerCase())),
    interrogativeIntensifiers: lexicon.interrogativeIntensifiers
      .map((phrase) => tokenise(normalise(phrase, contractions)))
      .sort((a, b) => b.length - a.length),
    emphasis: {
      adjectives: new Set(lexicon.emphaticAdjectives.map((w) => w.toLowerCase())),
      shellNouns: new Set(lexicon.shellNouns.map((w) => stem(w.toLowerCase(), stems))),
    },
    lightVerbs: lexicon.lightVerbs.map((group) => ({
      verbs: new Set(group.verbs.map((w) => w.toLowerCase())),
      nouns: new Set(group.nouns.map((w) => w.toLowerCase())),
    })),
    yesNoStarts,
    followUpOpeners: lexicon.followUpOpeners.map((w) => tokenise(w.toLowerCase())),
    entities,
    vocabulary,
    spell,
    suggestions: lexicon.suggestions,
    stemCache,
    stemClashes,
  };
}

/**
 * Turns stemmed tokens into search terms: phrases become their entity, intent or synonym term,
 * other words stay unless they are stopwords. `keepWords` also keeps a multi-word phrase's own
 * words (for story facts, so a question naming part of "final nail in the coffin" still matches),
 * and puts the intents a story text names ("a template for members' posts") in `mentioned`.
 */
/**
 * The terms of the topic file's `news`, checked: it must name one of the story's people or
 * organisations (its lead actor), or a pronoun could be read as anything at all.
 */
function newsTermsOf(news: string | null, terms: readonly string[]): readonly string[] {
  if (news === null) return [];
  if (!terms.some((t) => t.startsWith('e:')))
    throw new LexiconDataError(`data/topic.json: $.news: "${news}" names none of the story's people or organisations`);
  return [...new Set(terms)];
}

/** The words of the news naming its first person or organisation, as written there, lower-case. */
function actorOf(news: string | null, language: Pick<Language, 'phrases' | 'stems'>, contractions: Contractions): string | null {
  if (news === null) return null;
  const words = tokenise(normalise(news, contractions));
  const stems = words.map((w) => stem(w, language.stems));
  for (let at = 0; at < stems.length; at++) {
    const named = entityNamedAt(language, stems, at);
    if (named) return words.slice(at, at + named.length).join(' ');
  }
  return null;
}

export function termsOf(
  language: Pick<Language, 'phrases' | 'stopwords'>,
  tokens: readonly string[],
  keepWords: boolean,
  mentioned?: string[],
): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = language.phrases.longestAt(tokens, i);
    if (match) {
      for (const value of match.values) {
        if (keepWords && value.startsWith('i:')) mentioned?.push(value);
        if (value !== 'f:' && !(keepWords && (value.startsWith('i:') || value.startsWith('o:')))) out.push(value);
      }
      // A one-word phrase maps the same way in the question, so only longer ones keep their words.
      if (keepWords && match.length > 1)
        for (const token of tokens.slice(i, i + match.length)) if (!language.stopwords.has(token)) out.push(token);
      i += match.length;
      continue;
    }
    const token = tokens[i] ?? '';
    if (!language.stopwords.has(token)) out.push(token);
    i++;
  }
  return out;
}

const listTermsByList = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * The terms a word list of the language stands as in a question ("ceo", "s:analyst" for its nouns of a
 * job), worked out once per list: the list is the language's own, so it keys the memo.
 */
export function termsOfList(
  language: Pick<Language, 'phrases' | 'stopwords' | 'spelling' | 'stems' | 'contractions'>,
  list: readonly string[],
): ReadonlySet<string> {
  let found = listTermsByList.get(list);
  if (!found) {
    found = new Set(list.flatMap((entry) => termsOf(language, stemmedTokens(language, entry), false)));
    listTermsByList.set(list, found);
  }
  return found;
}

/** A piece of a question's text as terms, its typos corrected. */
export function typedTermsOf(language: Language, text: string): string[] {
  const typed = tokenise(normalise(text, language.contractions)).map((token) =>
    language.vocabulary.has(token) ? token : (language.spell.correct(token) ?? token),
  );
  return termsOf(language, stemmedTokens(language, typed.join(' ')), false);
}

/** Phrases as tokens, grouped by their first token. */
function byFirstToken(phrases: readonly (readonly string[])[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  const grouped = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) {
    const first = phrase[0];
    if (first === undefined) continue;
    const group = grouped.get(first);
    if (group) group.push(phrase);
    else grouped.set(first, [phrase]);
  }
  return grouped;
}

const kindMembersByLanguage = new WeakMap<Pick<Language, 'kinds'>, ReadonlySet<string>>();

/** Every member the lexicon lists of any kind ("kvm", "@org"), found once per language. */
export function kindMembers(language: Pick<Language, 'kinds'>): ReadonlySet<string> {
  let members = kindMembersByLanguage.get(language);
  if (!members) {
    members = new Set([...language.kinds.values()].flat());
    kindMembersByLanguage.set(language, members);
  }
  return members;
}

/** Phrases as lower-case word lists, longest first, so the first that stands at a word is the longest. */
function wordLists(phrases: readonly string[]): string[][] {
  return phrases.map((p) => p.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);
}

/** A channel reference's words of one kind, any case, as a regular-expression alternation ("group chat" spaced). */
const channelWords = (words: readonly string[]) =>
  alternationOf(
    words.map((w) => w.toLowerCase()),
    { spaced: true },
  );

/** Where a channel reference ends: the end of its clause. */
const channelClauseEnd = '(?=\\s*(?:[,;.?!]|$))';

/**
 * "… for the news channel", "post it in our group chat": a preposition, a determiner, at most one word
 * and a noun only a chat channel is called (`plainNouns`), ending its clause.
 */
function plainChannelReferencePattern({ prepositions, determiners, plainNouns }: Lexicon['channelReferences']): RegExp {
  return new RegExp(
    `\\s+(?:${channelWords(prepositions)})\\s+(?:${channelWords(determiners)})(?:\\s+[\\p{L}\\p{N}_-]+)?\\s+(?:${channelWords(plainNouns)})${channelClauseEnd}`,
    'giu',
  );
}

/**
 * "… for #news", "paste it in the #cars channel": a "#" name ending its clause, after a preposition
 * (and a determiner) or before a channel noun. A "#" name going on ("for #cloud and #server vendors")
 * or standing alone ("what is #xen") is not a channel.
 */
function channelReferencePattern({ prepositions, determiners, nouns }: Lexicon['channelReferences']): RegExp {
  const name = '#[\\p{L}\\p{N}_-]+';
  const [preposition, determiner, noun] = [channelWords(prepositions), channelWords(determiners), channelWords(nouns)];
  const after = `\\s+(?:${preposition})(?:\\s+(?:${determiner}))?\\s+${name}(?:\\s+(?:${noun}))?${channelClauseEnd}`;
  const before = `(?:\\s+(?:${preposition}))?(?:\\s+(?:${determiner}))?\\s+${name}\\s+(?:${noun})${channelClauseEnd}`;
  return new RegExp(`${after}|${before}`, 'giu');
}

/** The host of an address, with and without "www.": "https://www.theregister.com/…" → both spellings. */
function sitesOf(url: string): string[] {
  const host = URL.canParse(url) ? new URL(url).hostname.toLowerCase() : '';
  const bare = host.replace(/^www\./, '');
  return host === '' ? [] : [...new Set([host, bare])];
}
