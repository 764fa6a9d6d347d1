import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { parseDataFile } from '../story/data-file.js';
import { defaultDataDir, StoryDataError } from '../story/load.js';

const phrase = z.string().trim().min(1, 'must not be empty').max(80);
const words = z.array(phrase).min(1);

/** A position's words; its `parts` are among its nouns, which is where the position finds them. */
const positionWordsSchema = z
  .strictObject({ adjectives: words, nouns: words, verbs: words, parts: words })
  .refine((p) => p.parts.every((part) => p.nouns.includes(part)), {
    message: 'every part must be among the nouns',
    path: ['parts'],
  });

export const questionTypeNames = [
  'expansion',
  'process',
  'howmany',
  'when',
  'why',
  'said',
  'speaker',
  'recipient',
  'who',
  'where',
  'list',
  'yesno',
] as const;
export const intentNames = [
  'headline',
  'standfirst',
  'update',
  'related',
  'template',
  'publication',
  'role',
  'published',
  'footer',
  'byline',
  'address',
] as const;
/** What answers a question about the story as a whole: where it is from, its address, its update, whom it quotes, its key points. */
export const wholeStoryAnswers = ['publication', 'address', 'update', 'quoted', 'gist'] as const;
export type WholeStoryAnswer = (typeof wholeStoryAnswers)[number];
/** Kinds of value a question can ask for; its answer must hold one ("what year" → a year). */
export const answerTypeNames = [
  'time',
  'weekday',
  'day',
  'reckonedYear',
  'year',
  'month',
  'price',
  'percent',
  'duration',
  'exactCount',
  'count',
  'person',
  'version',
  'destination',
  'location',
  'venue',
  'measure',
] as const;

/**
 * What a partial answer can say is missing: a kind of value, any date ("when"), any amount ("how
 * many"), a named kind, a place ("where"), what a general term means ({kind} is the term).
 */
export const missingNames = [...answerTypeNames, 'date', 'amount', 'kind', 'title', 'place', 'definition'] as const;

const record = <T extends readonly string[], S extends z.ZodType>(names: T, schema: S) =>
  z.strictObject(Object.fromEntries(names.map((name) => [name, schema])) as Record<T[number], S>);

/** Synonym groups, "which <noun>" kinds and spelling fixes: shared by the language file and the topic file. */
const synonymGroups = z.array(z.array(phrase).min(2));
const kinds = z.record(phrase, z.array(phrase).min(1));

/** The language lexicon (data/lexicon.json): everything about English, nothing about one story. */
export const languageFileSchema = z.strictObject({
  /** BCP 47 tag of the language the file describes. */
  language: z.string().min(2),
  /** Slang and misspellings rewritten before anything else: "wat" → "what". */
  spelling: z.record(phrase, phrase),
  /** Irregular forms the light stemmer would get wrong: "told" → "tell". */
  stems: z.record(phrase, phrase),
  /** Contractions and possessive endings and what they expand to ("n't" → " not"; "'s" → ""). */
  contractions: z.record(z.string().min(2).max(8), z.string().max(16)),
  /**
   * Contractions that after a question word may stand for the auxiliary of a question whose verb is
   * bare ("what's BLE stand for" is "what does", "what'd he say" "what did"), with that auxiliary.
   */
  doSupport: z.record(z.string().min(2).max(8), z.string().max(16)),
  /** Symbols read as words: "©" → "copyright", "%" → "percent"; one within ASCII must be a single character. */
  symbols: z.record(
    z
      .string()
      .regex(
        /^(?:\P{ASCII}+|[^\p{L}\p{N}\s'])$/u,
        'must be a symbol outside ASCII, or one ASCII character not a letter, digit or apostrophe',
      )
      .max(4),
    phrase,
  ),
  stopwords: words,
  /** Cue phrases per question type; `*` stands for a few words (the subject). */
  questionTypes: record(questionTypeNames, words),
  /** Cue phrases per kind of value asked for; `*` as in questionTypes. */
  answerTypes: record(answerTypeNames, words),
  /** How a reply names a missing value ("the exact date"); {kind} is the noun of a "which <kind>" question. */
  missing: record(missingNames, z.string().trim().min(1).max(200)),
  /** Phrases asking for a part of the story itself (its headline, its update, its template...). */
  intents: record(intentNames, z.array(phrase.refine((p) => !p.includes('*'), 'must not contain "*"')).min(1)),
  /** Groups of words and phrases meaning the same in any text; the first one names the group. */
  synonyms: synonymGroups,
  /** "which <noun>" asks for one of these: @org, @person, @mention, @link, @hashtag. */
  kinds,
  /** Verbs of saying or mentioning plainly: the article as their subject asks what the story says, whoever says it. */
  mentionVerbs: words,
  /** Words that open a "which <noun>" question: the noun after one is the kind asked for. */
  kindOpeners: words,
  /**
   * Requests that, opening a question before an article, ask for one of a kind as "which" does:
   * "*name the* outlet AWS talked to", "*tell me the* analyst who …".
   */
  kindRequests: words,
  /** Openers after which a noun the lexicon lists no kind for asks for a named one ("which instance type is …"). */
  namedKindOpeners: words,
  /** Nouns that ask for a kind after "what" ("what *kind* of servers"), as "which" does. */
  kindNouns: words,
  /** Words between "which" and its noun that are not the noun: "which *kind of* company". */
  kindSkips: words,
  /** Determiners that point at the story in an intent ("title of *the* article" = "title of *this* article"). */
  articleDeterminers: words,
  /** Question words: a yes/no verb after one ("what is …") does not make a yes/no question. */
  interrogatives: words,
  /** Small words a spelled-out abbreviation may hold without giving it a letter ("Bureau *of* ..."). */
  abbreviationJoiners: words,
  months: z.array(phrase).length(12),
  weekdays: z.array(phrase).length(7),
  /** Amounts written as words: "twelve", "billions". */
  numberWords: words,
  /** "how many *of* the new instance types": a count cue before one asks a share of a set. */
  partitiveWords: words,
  /** Words that make a number a price: "dollars", "per month". */
  currencyWords: words,
  percentWords: words,
  /** Units of measure (data size, frequency, length, mass, power): "how many MB" asks an amount, and a unit is no name. */
  measureUnits: words,
  /** Words before a unit that ask for a measure in it: "*in* MB", "how *many* kilobytes". */
  unitLeaders: words,
  /** Prepositions placing a thing relative to a date ("*before* the November call"): that date is not the thing's own. */
  relativeDatePrepositions: words,
  /** Nouns for a version of a thing ("fork", "cut of KVM", "KVM derivative"): a fact naming one of a thing gives its version. */
  variantNouns: words,
  /** Prepositions joining a version noun to its thing: "a cut *of* KVM". */
  variantPrepositions: words,
  /** Nouns of a place (town, country, island): "which town" asks where, and the noun is no part of what is asked about. */
  placeNouns: words,
  /** Words that make a number a duration: "12 days". */
  timeUnits: words,
  /** Words that give an amount without a number ("billions of devices"): a count, never an exact one. */
  vagueAmounts: words,
  /** Words that describe a price without giving one ("low-cost"): what a partial answer to "how much" can offer. */
  vaguePrices: words,
  /** Words that make a number a time of day: "10 am", "14:00 GMT". */
  timeOfDay: words,
  /**
   * Years counted by another reckoning than the calendar's ("model year", "fiscal year"): a year a
   * text gives is one of them only where it names the reckoning; "2022" alone dates the news.
   */
  yearReckonings: words,
  /** Phrases by which a sentence announces what follows ("sent us the following:"). */
  leadIns: words,
  /**
   * Phrases after a noun pointing back at what the text gave before it ("the statements *recorded
   * above*"): asked about by that noun phrase's words, the sentence is shown with the paragraph before it.
   */
  backReferences: words,
  /** Connectives by which a sentence qualifies what came before it ("But …", "AWS did, however, …"). */
  contrasts: words,
  /**
   * Nouns for the hopeful or the unwelcome side of a situation (WordNet's {silver lining, bright side},
   * upside, saving grace; downside, drawback): they ask for a turn of that valence, a contrast sentence.
   */
  turnNouns: z.object({ good: words, bad: words }),
  /** How a yes/no answer introduces the story's qualification of it. */
  qualificationIntro: z.string().trim().min(1).max(80),
  /** Verbs of adding to a text ("when was the TechTarget bit *tacked on*"): when something was added to the article is when it was updated. */
  additionVerbs: words,
  /**
   * "how many stories had the Reg run on this before": the nouns for a later piece the story may
   * mention ("its *follow up*"), the words placing articles before this one, plural article nouns
   * counted, and the reply ({count}, {publication}, {list}).
   */
  priorArticles: z.strictObject({
    nouns: words,
    markers: words,
    countedNouns: words,
    counted: phrase.refine((p) => p.includes('{count}') && p.includes('{list}'), 'must contain "{count}" and "{list}"'),
  }),
  /**
   * Words asking how the story qualifies what it reports ("how does the Reg *hedge* the final-nail line",
   * "what *caveat* follows"): a fact the story qualifies holds them, and its answer carries the qualification.
   */
  qualificationAsks: words,
  /**
   * Purpose: "what did AWS *build* KVM *for*" asks what a thing was made to do. `verbs` are WordNet's
   * verbs of creation (verb.creation: build, make, create, design, develop, …), `intending` its verbs
   * of intending (intend, mean), inflected; a question ending in one of `prepositions` after one of
   * them asks a purpose. A text states one where a verb of creation is followed by an `infinitive` or
   * a preposition ("created *to* run on", "built *for* NVMe-enabled servers"), one of intending by a
   * preposition ("meant *for*"; "intends *to* replace" is a plan), or it holds one of `markers` ("in order to").
   * A question opening on one of `asking` ("*why* did AWS build …") before a verb of creation asks a purpose too,
   * unless the verb is one of `idiomatic`, whose idioms ask why ("why does the reg *make* a point of …").
   */
  purpose: z.object({
    verbs: words,
    intending: words,
    prepositions: words,
    infinitive: words,
    markers: words,
    asking: words,
    idiomatic: words,
  }),
  /** Phrases that say a text describes how something works ("the technique involves …", "what happens is"). */
  processMarkers: words,
  /**
   * How a text gives the means of something ("*based on* measuring latency", "*by* cutting the
   * latency": a preposition before a gerund), and the question words asking for means ("how does
   * the car tell …") when no other question type's cue matches.
   */
  meansMarkers: z.object({ phrases: words, gerundPrepositions: words, questionWords: words }),
  /** Words saying something went without a reply ("that email went *unanswered*", "AWS *ignored* our requests"). */
  unanswered: words,
  /** Phrases by which a text says something is not known ("we don't know what he told the Board"). */
  ignorance: words,
  /** Auxiliaries of the passive ("KVM *was* created"): a passive without its agent does not say who did it. */
  passiveAuxiliaries: words,
  /** Prepositions naming a passive's agent ("created *by* …"). */
  agentPrepositions: words,
  /** Words by which a clause speaks of the future ("when *will* AWS …", "it *will* launch on …"). */
  futureAuxiliaries: words,
  /** "I", "my": in a quote, like `firstPerson` ("we", "our"), the words name whoever said it. */
  firstPersonSingular: words,
  /** Phrases that carry nothing a question asks ("bring up" = mention); dropped like stopwords. */
  stopPhrases: words,
  /** Verbs after which a "what did X tell …" question names whom it was said to ("tell the Register"). */
  recipientVerbs: words,
  /**
   * Verbs by which a yes/no question names its source: "does Gartner *agree* Xen is toast?" asks
   * what Gartner said, and is answered only from Gartner's statements.
   */
  attributionVerbs: words,
  /** Phrases naming a question's source before it: "*according to* the Gartner guy, …" asks what Gartner said. */
  sourcePhrases: words,
  /**
   * Nouns for where a source says something ("according to the Reg's earlier *reporting*", "as per
   * Gartner's *analysis*"): after a source phrase and its possessive, they name the source's medium,
   * not what is asked, and are dropped with the words describing them.
   */
  sourceNouns: words,
  /** Suffixes after a hyphen that say "as for": "what's Oracle doing *hypervisor-wise*" asks about hypervisors. */
  aspectSuffixes: words,
  /** What a question rules out follows these (", not via a blog post", "rather than …"); a leading comma must be there. */
  exclusions: words,
  /**
   * Markers that rule out a topic the way "cloud *aside*" does ("xen's future *outside* the cloud",
   * "*beyond* the cloud"): what follows is ruled out and set aside, so a fact about it answers only
   * where it goes beyond it.
   */
  settingAsideExclusions: words,
  /**
   * "can they *just* unlock it *or more*", "*only* the door *or* …": a limiter, then "or" ending the
   * message or before a word of more (`continuations`), asks whether something goes beyond it, as
   * "besides unlocking it" does.
   */
  onlyOrMore: z.strictObject({ limiters: words, continuations: words }),
  /** "which hypervisor did AWS use *before* KVM": markers of what came before, dropped before a kind's member (see `prior-members.ts`). */
  priorMarkers: words,
  /** "was the update posted *on* November 22nd": prepositions putting a date to what a yes/no question checks (see `checked-dates.ts`). */
  datePrepositions: words,
  /** Words after what a question rules out, before a comma ("cloud *aside*, how does …"). */
  postposedExclusions: words,
  /**
   * Words or phrases opening a subordinate clause ("when they were asked", "as far as … is concerned")
   * or a phrase of circumstance ("in response to all this"): its terms weigh less.
   */
  subordinators: words,
  /**
   * The asker's own context ("need it for a citation", "I'm writing a follow-up: …"): a clause whose
   * subject is the asker (`firstPersonSingular`, or none) and whose verb is one of these (wanting,
   * needing, the asker's own work), or which opens with one of the purpose prepositions before "my".
   * `discourseMarkers` ("ok so", "hey") may open a sentence about the asker before its first-person word.
   */
  askerAsides: z.strictObject({
    verbs: words,
    purposePrepositions: words,
    discourseMarkers: words,
    /** "hey *bot*, who is …", "*guys*, what did …": whom a message is addressed to, after a marker or before a comma; it asks nothing. */
    addressees: words,
    /** English's indefinite pronouns of persons: "as *someone* who runs …, what …" describes the asker. */
    indefinitePronouns: words,
    /** "the link *so* I can share it", "the short version (*that*) I can paste": words opening what the asker will do with the answer. */
    purposeConnectives: words,
    /** "… *so* Dana can read it out": those of them after which anyone the asker hands the answer to may stand as the subject. */
    handingConnectives: words,
    /** "so I *can* share it": the modals of such a clause. */
    purposeModals: words,
  }),
  /** Determiners before a number that counts the answer's parts ("the 3 other stories"), not a figure to find. */
  quantifierDeterminers: words,
  /** The writer's own voice ("we", "us", "our"): in a question about a story, its publication. */
  firstPerson: words,
  /** Forms of "be" opening a yes/no question whether a state is said of a thing ("*is* Xen dead"): see `states.ts`. */
  copulas: words,
  /**
   * Forms of "be" that, opening a yes/no question before a second-person word, ask about the one asked
   * ("*are* you finished", "*were* you done"): the bot, of which the story says nothing (`deixis.ts`).
   */
  addresseeCopulas: words,
  /** Words addressing the bot ("can *you* tell us"): then "we" and "us" are the readers, not the publication. */
  secondPerson: words,
  /**
   * "could you please *provide* the full headline", "*kindly* send *me* the link": verbs of handing over
   * that, opening a request, ask for their object (they are not searched); whom to; and words of
   * politeness that make an opening before such a verb a request; `summaries` ("recap", "tl;dr") ask
   * for a summary, which before a noun of someone's saying ("tl;dr the LF statement") asks what was said;
   * `askerWants` ("i need", "i'd like to know") open a request for what follows.
   */
  requests: z.strictObject({ verbs: words, recipients: words, politeness: words, summaries: words, askerWants: words }),
  /** "*for* how long …, and …", "*in* which month …": prepositions a question may open with before its question word. */
  interrogativePrepositions: words,
  /** "the standfirst, *that is*, the line beneath the headline": phrases opening a restatement of what was just named. */
  restatementMarkers: words,
  /**
   * A chat channel named as text at the end of a clause ("for *#news*", "in the *#cars channel*"): where
   * the asker will post the answer. The words that may stand before the "#" name and after it, and
   * `plainNouns`, the nouns only a channel is called, which name one without a "#" ("for the news *channel*").
   */
  channelReferences: z.strictObject({ prepositions: words, determiners: words, nouns: words, plainNouns: words }),
  /**
   * "*from an investor's point of view*, what …": nouns of a viewpoint after "from" and whose it is.
   * Whose it is, where it is none of the story's names, is the asker's; the phrase asks nothing.
   */
  perspectiveNouns: words,
  /** "*any idea* when …": a quantifier and a noun of knowing that ask what the one asked knows. */
  askedIdeas: z.object({ quantifiers: words, nouns: words }),
  /** "kick*off*", "roll*out*": particles a phrasal verb's noun is written with, run together. */
  compoundParticles: words,
  /** "where does Warrilow *work*": verbs of working, which asked with "where" of a person ask the employer. */
  workVerbs: words,
  /** "who *put out* the template", "who *circulated* it": verbs of making or giving out an item, whose maker they ask for. */
  makingVerbs: words,
  /**
   * "name all the *companies* *mentioned*": words saying what the story names is asked, words of
   * listing, the nouns asking for every organisation, and the list's sentences ({count}, {noun}, {list}).
   */
  enumerations: z.strictObject({
    mentionWords: words,
    listingWords: words,
    organisationNouns: words,
    /** What an organisation list calls its members, whatever noun asked for it (the Linux Foundation is no "company"). */
    organisationsNoun: phrase,
    inBody: phrase.refine((p) => p.includes('{list}') && p.includes('{count}'), 'must contain "{count}" and "{list}"'),
    inTeasers: phrase.refine((p) => p.includes('{list}'), 'must contain "{list}"'),
    onlyInTeasers: phrase.refine((p) => p.includes('{list}'), 'must contain "{list}"'),
  }),
  /** "is Schlaeger a Google *engineer*", "is Cottingham the *CEO* of Citrix": nouns of a job, whose check a person's role answers. */
  jobNouns: words,
  /** "which Citrix *executive* spoke to the Reg": job nouns naming no particular job, which ask only for one of an organisation's people. */
  genericJobNouns: words,
  /** "the *second* teaser", "the *last* related story": a place in a list, counted from its end where negative. */
  ordinals: z.record(phrase, z.number().int()),
  /** "which stories are *related*": adjectives saying plural articles are the related stories. */
  relatedAdjectives: words,
  /** "do Bulpin and Cottingham *both* work for": words asking of two named together, not of each. */
  jointWords: words,
  /** Auxiliaries before "we" that make it the readers ("what *do we* know"), not the publication ("what *did we* ask"). */
  readerAuxiliaries: words,
  /**
   * "I *heard* (*somewhere*) *that* AWS is dropping Xen": verbs of having come across a claim, after the
   * asker, where, and the words that may open the claim; such an opening asks whether the claim holds.
   */
  hearsay: z.strictObject({ verbs: words, places: words, complementisers: words }),
  /** Words that close a tag question ("xen is dead, right?"): dropped, and they make the question yes/no. */
  tagEndings: words,
  /** Nouns for a body of people ("the Xen *group*", "the Citrix *team*"): after one of the story's names, the organisation itself. */
  collectiveNouns: words,
  /** Verbs putting a label on something ("why does the Reg *call* it a contradiction"): a why-question with one asks for the label's grounds. */
  labellingVerbs: words,
  /** Auxiliaries of the present tense ("why *does* the Reg say …"): a view held now, whose grounds a why-question asks. */
  presentAuxiliaries: words,
  /** Negated auxiliaries ("wasn't"), which with a pronoun after them close a tag question ("the call was in October, *wasn't it*?"). */
  negatedAuxiliaries: words,
  /** Pronouns after an auxiliary in a tag question ("…, didn't *they*?"). */
  tagPronouns: words,
  /**
   * Phrases that only intensify the question word before them ("what *the hell* is BLE", "where *on
   * earth* is it going"; Huddleston and Pullum's emotive wh-modifiers): dropped, they ask nothing.
   */
  interrogativeIntensifiers: words,
  /**
   * Adjectives that only stress the shell noun after them ("Xen's *big* plan", "the *major* plans"):
   * dropped there, they ask nothing; before another noun ("another big company") they stay.
   */
  emphaticAdjectives: words,
  /**
   * Light verbs and the nouns they go with: verbs only saying an event took place ("*hold* the call",
   * "the summit was *held*") beside nouns of events, and verbs only saying someone has a post ("who
   * *holds* the title of …") beside nouns of posts. Beside such a noun, the verb asks nothing.
   */
  lightVerbs: z.array(z.strictObject({ verbs: words, nouns: words })),
  /**
   * Shell nouns (Schmid 2000's factual, linguistic, mental, modal, eventive and circumstantial
   * classes: "aspect", "notion", "attempt"): they frame what a question asks rather than carry it,
   * so one the story never uses weighs as a describing word.
   */
  shellNouns: words,
  /** Words offering an alternative in a yes/no question ("… or did they walk away"): what follows may be the answer's other half. */
  alternatives: words,
  /** Relative pronouns ("the guy *who* said …"): a verb right after one belongs to a clause describing a noun. */
  relativePronouns: words,
  /** Pronouns and demonstratives opening a sentence that refer back to the sentence before it ("*It* will initially focus …", "*These* two languages …"). */
  anaphors: words,
  /** Words pointing back at what was said before besides the anaphors ("who was *that*", "the person from *there*"): a clause holding one is no question of its own. */
  contextPointers: words,
  /** Words opening a clause that frames a question rather than retelling the story ("*according to* the last bit, where …"). */
  framingOpeners: words,
  /** Nouns ending a label before a colon that files the question under the asker's heading ("platform q:"). */
  labelNouns: words,
  /** Joiners of contrast ending a few words of hedging before a question ("tiny thing *but* …"). */
  hedgeJoiners: words,
  /** Verbs of wanting that open the asker's remark after a question, its subject left out ("wanna see where it goes"). */
  wantingOpeners: words,
  /** Pronouns that, as the subject of a question embedded in the asker's wanting, point back at the thing just asked for ("wanna see where *it* goes"). */
  pointingSubjects: words,
  /** Words of presence closing the asker's few words about who they are ("quizmaster *here*, …"). */
  introductions: words,
  /** "the *small* line under the *big* title": adjectives of size before nouns for a part of the page or the text, which name the part no more closely. */
  partSizes: z.object({ adjectives: words, nouns: words }),
  /** Conjunctions of reason opening the asker's reason after a question ("…, *since* they ghosted el reg"). */
  reasonConjunctions: words,
  /**
   * Third-person personal pronouns, every case: in a question after another ("who is Bulpin? what's
   * *his* job"), one stands for whom the question before was about.
   */
  personalPronouns: words,
  /** Pronouns that stand only for a person ("his", "she"): after a set-up naming someone, they point at that name, not at the set-up's other words. */
  personOnlyPronouns: words,
  /** Words after "it" that make it a dummy subject, standing for nothing before it ("*it appears* that …", "*it's been* quite a journey"). */
  dummySubjectFollowers: words,
  /**
   * Adjectives of exactness between a question word and the value it asks for ("which *exact* day",
   * "what *precise* year"): they ask for the same kind of value as the bare phrase.
   */
  precisionAdjectives: words,
  /** "which packages *exactly*": adverbs of exactness, each with the adjective it stands for. */
  precisionAdverbs: z.record(phrase, phrase),
  /**
   * Verbs of directed motion (Levin's class 51.1, with head, bound, travel, fly), inflected: "where is
   * X *headed*" asks for a destination; they are not searched there.
   */
  motionVerbs: words,
  /**
   * Verbs of sending and carrying (Levin's 11.1, 11.3), inflected: "taking NASA's CAPSTONE *to the
   * Moon*" gives a destination. Verbs of motion do not: "going to KVM" is a change of platform.
   */
  sendingVerbs: words,
  /** Nouns of a journey: "a *mission* to the Moon" gives a destination. */
  motionNouns: words,
  /**
   * Verbs of being situated or made somewhere (Levin's 47.6 and the verbs of creation of 26.4 with
   * a locative), inflected: "where is X *based*" asks for the place X is at, not for "based"; they are
   * not searched there.
   */
  seatVerbs: words,
  /**
   * Locative prepositions of a seat ("*in* Virginia", "*at* Wallops Island"): a place name after one,
   * after a seat verb or before its region ("in Mahia, New Zealand"), says where something is.
   */
  seatPrepositions: words,
  /**
   * Verbs of making something public ("post", "publish", "surface", "leak", "come out"), inflected:
   * "where was the template *posted*" asks for a venue; they are not searched there.
   */
  postingVerbs: words,
  /**
   * Nouns of a place where writing appears ("mailing list", "minutes", "blog", "forum"): one after a
   * preposition of `venuePrepositions`, a few words on, says where something appeared.
   */
  venueNouns: words,
  /** Prepositions before a venue: "*on* the mailing list", "*in* the minutes". */
  venuePrepositions: words,
  /**
   * Verbs of solving ("figure out", "work out", "crack"): in a "who" question with none of the
   * `negations` they ask who found something out, read as `as`; elsewhere they keep their group
   * ("did the Register ever work out why …" asks whether it knows).
   */
  solving: z.strictObject({ as: phrase, phrases: words }),
  /**
   * Phrases of keeping on with something (WordNet's "continue" verbs: stick with, stay on, keep using;
   * and "back", "support" in the sense of supporting) and the verbs of turning from it, all forms:
   * `leaving` takes what is left as its object (replace, ditch, abandon, drop), `moving` after one of
   * the `sources` (switch, move, go, migrate *from*); what is turned to follows one of the
   * `destinations` ("replace Xen *with* KVM", "going *to* KVM"). A yes/no question whether someone
   * keeps on with a thing is answered only by a fact in which they turn from it or to another of its kind.
   */
  continuing: z.strictObject({
    phrases: words,
    leaving: words,
    moving: words,
    sources: words,
    destinations: words,
    /** "a Xen *backer*", "a *supporter* of Xen": the endings making a noun of a one-word phrase, and the prepositions taking the thing after it. */
    agents: z.strictObject({ suffixes: words, objectPrepositions: words }),
  }),
  /**
   * How far the news goes (`extent.ts`): `words`, phrases of extent or permanence ("completely", "for
   * good", "still", "every") that make a yes/no question about the news ask whether the change is total;
   * `limits`, phrases of continuing or limit ("keep", "remain", "both", "at least") by which a fact states
   * a bound on a change; `ending`, verbs of ending (stop, cease, all forms) that state one after a
   * negation at most `reach` words before them ("hasn't said it will *stop*"), as `continuing.leaving` do.
   */
  extent: z.strictObject({ words, limits: words, ending: words, reach: z.number().int().min(1).max(20) }),
  /**
   * "tell X from Y", "tell them apart": a verb of saying (`verbs`) with one of the `particles` at most
   * `reach` words after it, its object between, means telling things apart; read as `as`.
   */
  discerning: z.strictObject({ verbs: words, particles: words, reach: z.number().int().min(1).max(10), as: phrase }),
  /**
   * "what *phrase* does Warrilow *use*": after a question word, one of `nouns` for wording, an
   * auxiliary, someone (at most `reach` words), then one of `verbs` of using words, read as `as`.
   */
  wording: z.strictObject({ nouns: words, verbs: words, as: phrase, reach: z.number().int().min(1).max(10) }),
  /**
   * "how did the reg *find out* how the board will respond": after one of `askingWords` and an
   * auxiliary, a verb of learning (`verbs`) before a question word or one of `contentOpeners` asks what
   * revealed what follows; the words from the asking word to the verb read as `as.what` and `as.verb`.
   */
  learning: z.strictObject({
    askingWords: words,
    verbs: words,
    contentOpeners: words,
    as: z.strictObject({ what: phrase, verb: phrase }),
  }),
  /** Words that negate a clause ("not", "never", "nobody"). */
  negations: words,
  /**
   * Prepositions of direction ("to", "towards", "for"): a place after one (and a determiner), a few
   * words after a verb of sending or a noun of a journey, is a destination.
   */
  directionPrepositions: words,
  /**
   * A light verb and the nouns of saying it takes ("did Oracle *give* the Register *a comment*",
   * "*make a statement*", "*have any response*"): after a name in a yes/no question they name its
   * source, as an attribution verb does.
   */
  speechActs: z.strictObject({
    verbs: words,
    nouns: words,
    /** What "who <verb> the <noun> for X" asks, in the words a synonym group holds: "speaks for". */
    speakingFor: z.string().min(1),
  }),
  /**
   * Words of knowing ("know", "idea", "clear") that open an embedded question in a yes/no question
   * ("do we *know what* he told the Board?"): it asks whether that is known, which a text saying it
   * is not known answers.
   */
  knowing: words,
  /** Words opening a clause asked yes or no of after an opening of the asker's ("I wonder *if* …"): see `declaratives.ts`. */
  yesNoComplementisers: words,
  /** Nouns for the article itself ("what does *the article* say about …"): as a speaker, it is its publication. */
  articleNouns: words,
  /**
   * Nouns for what an article is called ("the *title* of the TechTarget piece", "the *name* of the
   * Register article"): before "of", a determiner and an article noun they ask for a headline.
   */
  headlineNouns: words,
  /**
   * Nouns that only say what kind of thing a name is ("the Xen *program*", "the Amazon *lot*"): after
   * one of the story's names, where the story never uses them, they add nothing to the name.
   */
  classifierNouns: words,
  /** Jobs by their initials ("CTO", "VP"): words of the language, not names the story leaves out. */
  jobInitialisms: words,
  /** Age adjectives that before a name say only what it was ("the *old* Xen program"), not which. */
  idleAgeAdjectives: words,
  /**
   * Active verbs of quoting ("whose words does the post *quote*"): the question's subject is who
   * quotes, so its own words do not answer.
   */
  quotingVerbs: words,
  /**
   * How something was quoted: where one of `verbs` asks it, each of `manners` ("word for word",
   * "paraphrase") is read as `as`, the word a text saying how it quoted uses ("verbatim").
   */
  quotingManner: z.strictObject({ verbs: words, manners: words, as: phrase, requestTails: words }),
  /**
   * Adjectives placing an article before this one ("the *first* Register story", "the *earlier*
   * piece", "its *follow-up*"): that article is one the story only mentions.
   */
  priorArticleAdjectives: words,
  /**
   * Frames asking what a word means ("what is a *", "what does * mean"): `*` is the thing defined.
   * A general term the story never defines (no name of its own, no part of the page) is not
   * answered by a text that merely uses it.
   */
  definitionFrames: z
    .array(
      phrase.refine((p) => p.split(/\s+/).filter((w) => w === '*').length === 1, 'must hold one "*" word for the thing defined'),
    )
    .min(1),
  /** Suffixes making a noun of a verb ("assur*ance*", "announce*ment*"): such a noun the story never uses stands for its verb. */
  nominalSuffixes: words,
  /**
   * Words for a text's first appearance ("first", "original"): the date a story was published is when
   * it first came out, as against its update, so its publication facts are found by them too.
   */
  firstAppearance: words,
  /**
   * Adverbs of order ("when did this article *first* go up", "*originally*"): they say which of a
   * thing's dates is asked, not what about it.
   */
  orderAdverbs: words,
  /**
   * Adverbials of eventual time ("in the end", "ultimately"): in a question they place what is asked
   * late in a sequence, and weigh as background, like a subordinate clause's terms.
   */
  eventualAdverbs: words,
  /**
   * Verbs by which an article comes out, plain and colloquial, all their forms ("publish", "go up",
   * "drop", "land", "hit"): with the article as subject, a "when" question asks its publication date.
   */
  publishingVerbs: words,
  /** Adjectives of age ("old", "recent", "outdated"): said of the article, they ask when it came out. */
  ageAdjectives: words,
  /** Question words asking a degree before an adjective ("*how* old is it"). */
  degreeQuestionWords: words,
  /**
   * Phrases placing something low on the page ("at the bottom of the page", "the foot of the page"):
   * beside another part of the page they say where that part is, and do not ask for the footer.
   */
  pagePlaces: words,
  /**
   * Phrases reporting that someone shares the view just stated ("X *thinks so*", "X *agrees*"): such
   * a paragraph and the quotes after it carry that view on, so what qualifies them qualifies it.
   */
  agreementReports: words,
  /** Nouns of a job that also name a stance ("position"): held by a thing, not a person, they are a stance. */
  stanceNouns: words,
  /** Possessive pronouns never standing for a person ("*its* position"). */
  impersonalPossessives: words,
  /** Pronouns standing for the article itself in a question naming nothing else ("when did *this* go up"). */
  articlePronouns: words,
  /** "a", "an": with `articleDeterminers`, the words after which a word is a noun ("on *the call*", "*a* view"). */
  indefiniteArticles: words,
  /** Question words asking for a person ("*who* runs XenServer"). */
  personQuestionWords: words,
  /**
   * Verbs of leading an organisation or a function, all their forms (WordNet's "be in charge of" verbs:
   * run, head, lead, manage, direct, oversee …), and of having one in one's care (cover, handle): "who
   * *runs* X" asks for the role of X's leader, "what does she *cover* at Y" for her own.
   */
  leadingVerbs: words,
  /**
   * Phrasal verbs of having something in one's care, all forms (WordNet's "be in charge of" and
   * "look after" verbs: take care of, keep an eye on, head up, be responsible for): in a question they
   * read as the verb of leading `as` ("runs"), asking for a role where that verb would.
   */
  caring: z.strictObject({ as: phrase, phrases: words }),
  /**
   * Membership said by a preposition ("is AWS still *in* the Xen Project"): the prepositions, and the
   * noun whose term the question then searches.
   */
  membership: z.object({ prepositions: words, noun: z.string().min(1) }).strict(),
  /**
   * Phrases by which a text says what was to happen ("CAPSTONE was *meant to* launch from …"): it
   * states a plan, which a "why" question about what came of it presupposes and does not ask.
   */
  /**
   * How a text says it goes beyond something ("not just unlock the door but start the car", "far from
   * simply …"): such a fact answers "besides X, what …".
   */
  additiveMarkers: words,
  /** Words joining two of a kind ("java *and* python packages"). */
  coordinators: words,
  /** Words opening a second question after a first one's question mark ("…? *also* who is Cottingham"). */
  followUpOpeners: words,
  /** Determiners saying every thing of a kind ("*all* new instance types"): a reply naming the set answers "which <plural>". */
  universalQuantifiers: words,
  /**
   * Nouns for one sentence of someone's words after a place ("Bulpin's *closing line*", "the second
   * *sentence* of the statement"); a plural ("his closing *lines*") asks for the words around it.
   */
  sentenceNouns: z.strictObject({ singular: words, plural: words }),
  /**
   * Replies for a sentence of someone's words by its place: the sentence ({whose}, {venue}, {place}:
   * an ordinal, `only` or `last`, {sentence}), their words whole for a plural ({words}), a place beyond
   * them ({count}, {whose}, {words}), and where a template was given ({audience}).
   */
  placedSentence: z.strictObject({
    picked: phrase.refine((p) => p.includes('{sentence}'), 'must contain "{sentence}"'),
    only: phrase,
    last: phrase,
    whole: phrase.refine((p) => p.includes('{words}'), 'must contain "{words}"'),
    beyond: phrase.refine((p) => p.includes('{count}') && p.includes('{words}'), 'must contain "{count}" and "{words}"'),
    templateVenue: phrase,
  }),
  planMarkers: words,
  /**
   * How a text compares ("more secure *than*", "fast*er than*", "better performance than"): a
   * comparative (a degree word and the word after it, an irregular comparative, or a word with the
   * comparative suffix that is not one of `notComparative`, "other than", "rather than") at most
   * `tuning.comparativeReach` words before one of `than`. A question comparing is answered only by a
   * text that compares.
   */
  /**
   * Pairs of opposed modifiers (WordNet's antonyms new/old, with the words of each sense: existing,
   * current, previous, legacy …; future, upcoming, next …): a text whose modifier of one side stands
   * before the noun the question's modifier of the other side stands before speaks of other things.
   */
  opposedModifiers: z.array(z.tuple([words, words])),
  comparison: z.strictObject({
    than: words,
    degreeWords: words,
    irregular: words,
    suffix: z.string().min(1),
    notComparative: words,
    /** Verbs of surpassing (WordNet's surpass, outdo, outstrip, beat, exceed …): "no benchmark shows KVM *beating* Xen" compares too. */
    surpassing: words,
    /** "*which* is older, Xen or KVM": words opening a choice between two things put side by side by "or". */
    choiceOpeners: words,
    /** The word putting the two side by side ("or"). */
    choiceJoiners: words,
    /** "what's the *difference* between Launch Complex 1 and Launch Complex 2": nouns asking how two things differ. */
    contrastNouns: words,
    /** The preposition naming the two ("between"). */
    contrastPrepositions: words,
    /** The word between the two ("and", "vs"). */
    contrastJoiners: words,
    /** Words before the contrast noun dropped with it ("the *main* difference"). */
    contrastModifiers: words,
    /** "how does Citrix's take *compare with* what Gartner thinks": phrases putting one thing beside another to be compared. */
    comparingPhrases: words,
    /** Words opening a question of how the first thing compares ("*how does*"), dropped from it. */
    comparingOpeners: words,
    /** "do Cottingham and Warrilow *agree*", "Gartner *vs* the LF": words setting two sources' views side by side. */
    viewCues: words,
    /** "*beat* the latency *check*": what a verb of surpassing gets past, not a rival; the verb compares nothing then. */
    obstacles: words,
    /** "a *defence* against relays, how do they *beat it*": pronouns after a verb of surpassing that stand for an obstacle named before. */
    obstaclePointers: words,
    /** What a verb of surpassing before an obstacle is read as: "*beat* the latency check" gets past it ("defeat"). */
    overcoming: phrase,
    /** "… agree *on* Xen", "Gartner vs the LF *about* AWS": what they are compared on follows one of these, and is no side. */
    topicPrepositions: words,
    /** Cues that set one side against the other between them ("Gartner *vs* the LF", "the LF's take *differs* from the Reg's"). */
    differing: words,
  }),
  /**
   * Prepositions left at the end of a "which <organisation>" question about a person ("which firm is
   * Warrilow an analyst *at*", "which company is she *with*"): the organisation is the person's own.
   */
  affiliationPrepositions: words,
  /**
   * Words after a verb that make it name a role, not a deed ("which outfit *acts as* mouthpiece",
   * "who *serves as* spokesperson"): what follows is asked of the doer, as after "is".
   */
  roleConnectives: words,
  /**
   * How a question asks for the name of a thing: `before` follows the noun phrase naming it ("the
   * new hypervisor *is called* what"), `after` precedes it ("the *name of* the new hypervisor"),
   * `closing` follows it and ends the message ("aws new hypervisor *name*?").
   */
  namingPhrases: z.strictObject({ before: words, after: words, closing: words }),
  /**
   * Adverbs of emphasis, truth and manner (really, actually, ever, explicitly, publicly …) that may
   * stand between a speaker and a verb of saying: "did AWS *really* say …" names AWS as its source.
   */
  speakingAdverbs: words,
  /**
   * Verbs of judging (Levin's appraisal and "consider" verbs: rate, judge, assess, view, regard, reckon …):
   * "how does the writer *rate* Xen's chances" asks for the writer's view, as a verb of saying does.
   */
  judgingVerbs: words,
  /**
   * Adjectives of certainty (WordNet's "certain, sure" satellites: confident, convinced, positive …):
   * "why is the reg *so sure* …" asks for the writer's grounds, as "why does the reg think …" does.
   */
  /**
   * Adjectives of feeling about something ("is the Linux Foundation *angry* at AWS", "is Citrix *worried*"):
   * said of someone the story quotes, they ask that one's view, which only their word answers.
   */
  attitudeAdjectives: words,
  certaintyAdjectives: words,
  /** Adverbs of degree that may stand before an adjective of certainty: "so sure", "that confident", "pretty certain". */
  degreeAdverbs: words,
  /** Nouns for whoever wrote the article (writer, author, journalist, reporter …): their view is the publication's. */
  writerNouns: words,
  /**
   * Nouns for a publication, singular and plural (WordNet's publication, periodical, newspaper and
   * website, and "outlet"): an organisation whose role in the story data holds one publishes articles,
   * so "the headline of *the TechTarget article*" asks about its article, not this one.
   */
  outletNouns: words,
  /**
   * Nouns for a written document one could cite (WordNet's document, report, paper, memo, minutes …):
   * "which <one>" asks for a document, so a fact naming none does not answer "which Gartner *report*
   * said so". Each is a kind (`@document:<head>`) unless the lexicon's kinds already list it.
   */
  documentNouns: words,
  /** Determiners picking out one thing against another ("the *other* site", "*another* outlet"). */
  otherDeterminers: words,
  /**
   * Past participles of the verbs of naming (WordNet's name, call, dub, title, term, christen,
   * nickname, style, label, brand, know as): in the story, the name right after one is the name of
   * a noun before it in its sentence ("the new service … is *called* Assured Open Source Software").
   */
  namingVerbs: words,
  /**
   * Prepositions of place, locative not directional ("*near* the paired phone", "*at* Wallops Island"):
   * a "where" question's answer holds one.
   */
  placePrepositions: words,
  /**
   * Where in the article a question points ("the *last bit* before the update", "how does the story
   * *end*", "the *opening* paragraph"): adjectives before a noun for a stretch of text, nouns after a
   * determiner, and verbs whose subject is the article or one of its parts. `parts`, among the nouns,
   * name a part of a text by themselves ("the *intro*"), where "the end" may be the end of anything.
   */
  articlePositions: z.strictObject({ opening: positionWordsSchema, ending: positionWordsSchema }),
  /** Nouns for a stretch of a text ("paragraph", "line", "bit"): after a position adjective, a place in the article. */
  textNouns: words,
  /** Adverbs between a determiner and a position noun ("the *very* end"). */
  positionIntensifiers: words,
  /** Prepositions linking a page part to its article ("the headline *on* the reg piece"). */
  partPrepositions: words,
  /** Prepositions naming a part of the page as a boundary ("the last bit *before* the update"): the part is not where it is. */
  boundaryPrepositions: words,
  /** Pronouns standing for a noun named before ("the google *one*"): see `page-places.ts`. */
  substitutePronouns: words,
  /** Words pointing at choices a question offers ("which *of these*: Oracle, IBM or Microsoft"): see `offered-choices.ts`. */
  choicePointers: words,
  /** Words hedging choices guessed after a question ("…? *like* a board thing or a dev summit"): see `offered-choices.ts`. */
  choiceHedges: words,
  /** Chat's laughter ("lol", "haha"): it ends a sentence as a full stop does, so a remark beside the question may be dropped (see `asides.ts`). */
  laughter: words,
  /**
   * Digits chat uses for prepositions ("who speaks *4* xen", "aws talked *2* who"): read as the word
   * only between words, where they cannot be a count (see `chat-digits.ts`).
   */
  chatDigits: z.record(z.string().regex(/^\d$/, 'must be one digit'), phrase),
  /** "exact *# of* devices": the number sign before these words is chat's word for a number ("number"). */
  numberSign: z.strictObject({ before: words, as: phrase }),
  /** "*stop* relay attacks": verbs of stopping before a harm (`harms`) keep it from happening, read as `as` ("prevent"). */
  preventing: z.strictObject({ verbs: words, harms: words, as: phrase }),
  /**
   * Letters chat types for a question word at the start of a message ("*y* is xen dying"), read as the
   * word only before one of `followers` (an auxiliary): elsewhere "y" is a letter ("the Model Y").
   */
  chatOpeners: z.strictObject({
    words: z.record(z.string().regex(/^[a-z]+$/, 'must be lowercase letters'), phrase),
    followers: words,
  }),
  /**
   * Nouns naming a kind of value, by the kind they ask for in a message typed as a search query
   * ("capstone launch *date*", "xen license *cost*"): see `search-queries.ts`.
   */
  queryValueNouns: z.partialRecord(z.enum(answerTypeNames), words),
  /**
   * Questions asking for advice ("should I worry about my Xen VMs", "is Xen still worth learning"), which
   * the story, reporting what happened, never gives: see `advice.ts`. `modals` ask what one should do;
   * `askerJudgements` ask advice only beside the asker ("do *I* need to", "does this matter to *me*") or a
   * modal, `verdicts` ask it alone ("is X a safe bet"); both, and the asker's own `actions` and times
   * ("learning", "picking", "I run", "today"), are not searched. `reply` opens the answer, which is what the story says on the rest.
   */
  advice: z.strictObject({
    modals: words,
    /** A question opening with one of these and holding one of `needs` asks what one must do ("do AWS customers need to …"): a modal too. */
    presentAuxiliaries: words,
    needs: z.array(phrase).min(1),
    askerJudgements: z.array(phrase).min(1),
    verdicts: z.array(phrase).min(1),
    /** Verdicts only before a gerund: "worth *learning*" asks advice, "what is Citrix worth" a value. */
    verdictsBeforeGerund: z.array(phrase).min(1),
    actions: z.array(phrase).min(1),
    /** The asker's possessives ("should we worry about *our* Xen workloads"): the noun after one is the asker's own, and weighs least. */
    askerPossessives: words,
    /** The asker as subject ("*we* still run Xen, should we worry"): a set-up of the asker's own things, which weigh least. */
    askerSubjects: words,
    reply: phrase,
  }),
  /**
   * Questions about the story as a whole ("what happened?", "tl;dr", "who is quoted?", "source?"):
   * for each answer, the question words it answers and the words saying it is asked for, first
   * answer first: the publication (publication), its address (address), the update (update), the people and organisations
   * the story quotes (quoted), its key points (gist).
   */
  wholeStory: z
    .array(
      z.strictObject({
        answer: z.enum(wholeStoryAnswers),
        asks: z.array(z.enum([...questionTypeNames, 'what'])).min(1),
        cues: z.array(phrase).min(1),
      }),
    )
    .min(1),
  /**
   * Pronouns that, with nothing named in the question for them to stand for, point at the news itself
   * ("does *this* affect existing instances", "what are *they* replacing *it* with"): see `deixis.ts`.
   */
  newsPronouns: words,
  /** Words of doing that, beside a news pronoun, ask about the news itself even with no other word ("why are they *doing* this", "who's *behind* it"). */
  /**
   * Participles of undergoing an effect ("affected", "impacted"): a yes/no question saying something
   * undergoes one by nothing it names ("are existing instances *affected*") asks about the news's effect (`deixis.ts`).
   */
  newsEffects: words,
  newsDeeds: words,
  /** Words asking whether the news is so ("is it *official*", "is this *confirmed*"): such a yes/no question asks whether its lead actor confirmed it. */
  newsConfirmations: words,
  /** The question such a yes/no question is asked as, {actor} the news's lead actor: "did {actor} confirm it". */
  newsConfirmationQuestion: phrase.refine((p) => p.includes('{actor}'), 'must contain "{actor}"'),
  /** Suggestion patterns; {person} and {source} are filled from the story. */
  suggestions: z.array(phrase).min(3),
});

/** The topic file beside the story data (data/topic.json): this story's names and vocabulary. */
export const topicFileSchema = z.strictObject({
  /** The story's own spellings and possessives: "gartners" → "gartner". */
  spelling: z.record(phrase, phrase),
  /** Story words the stemmer must leave alone ("aws", "os"). */
  stems: z.record(phrase, phrase),
  /** The topic's paraphrases: "final nail in the coffin" ↔ "dead". */
  synonyms: synonymGroups,
  /** "which <noun>" for the topic's nouns: "hypervisor" → kvm, xen. */
  kinds,
  /** Names the story never mentions that a question may (other vendors, people): always unknown. */
  outsiders: z.array(phrase),
  /**
   * The story's main news in a few words, naming its lead actor ("AWS replacing Xen with KVM"): what
   * a pronoun standing for nothing the question names points at ("is this confirmed"). Null for none.
   */
  news: z.string().trim().min(1, 'must not be empty').max(120).nullable().default(null),
  /**
   * The WordNet paraphrase table beside this file (written by `npm run build:wordnet`), or null for
   * none. Use one only where a held-out set shows it helps without wrong answers.
   */
  wordnet: z
    .string()
    .regex(/^[\w.-]+\.json$/, 'must be a file name beside the topic file')
    .nullable(),
});

/** WordNet paraphrases of the story's words (data/wordnet.json, written by `npm run build:wordnet`). */
export const wordnetFileSchema = z.strictObject({
  source: z.string(),
  /** A word a question may use → the story words it shares a sense with. */
  synonyms: z.record(z.string(), z.array(z.string()).min(1)),
  /** A more general word → the story words it stands above. */
  hypernyms: z.record(z.string(), z.array(z.string()).min(1)),
  /** The opposite of a story adjective or adverb ("privat" ← publicly), stemmed: read in yes/no questions only. */
  antonyms: z.record(z.string(), z.array(z.string()).min(1)).default({}),
  /**
   * Common words WordNet lists only as adjectives or adverbs ("upcoming", "everywhere"): they
   * describe, not name. Stored stemmed as the engine stems ("upcom"); rebuild after changing the stemmer.
   */
  modifiers: z.array(z.string()).default([]),
  /**
   * WordNet's multiword expressions that describe ("in a nutshell", also in `modifiers`) or share a
   * sense with a story word ("stick around", also in `synonyms`), stemmed: a question reads one as a
   * single word.
   */
  collocations: z.array(z.string()).default([]),
  /**
   * Common words WordNet lists mainly as verbs ("cover", "tack"), stemmed: the verb of a question
   * asking for a part of the page says how that part relates, not what is asked.
   */
  verbs: z.array(z.string()).default([]),
  /**
   * Base forms of common verbs ("stand", "mean", "do"), as written: after a question word and its
   * subject, one reads a contracted "'s" as "does" ("what's BLE *stand* for").
   */
  bareVerbs: z.array(z.string()).default([]),
  /**
   * Four-letter English words ("tack", "fill", "runs"): a four-letter token among them is a word, not
   * a letter dropped from a longer one, and is not corrected.
   */
  shortWords: z.array(z.string()).default([]),
});

export type LanguageFile = z.infer<typeof languageFileSchema>;
export type WordnetFile = z.infer<typeof wordnetFileSchema>;
export type TopicFile = z.infer<typeof topicFileSchema>;
/** The WordNet tables the engine reads; all but the paraphrases may be absent (a test lexicon). */
export type WordnetTables = Pick<WordnetFile, 'synonyms' | 'hypernyms'> &
  Partial<Pick<WordnetFile, 'antonyms' | 'modifiers' | 'collocations' | 'verbs' | 'bareVerbs' | 'shortWords'>>;
/** The engine's lexicon: the language file with the topic file's entries added. */
export type Lexicon = Omit<LanguageFile, 'language'> & {
  outsiders: string[];
  /** The topic file's `news`: the story's main news in a few words, or null. */
  news: string | null;
  /** Paraphrases from WordNet for this story's vocabulary; empty when the story has no table. */
  wordnet: WordnetTables;
};
export type QuestionTypeName = (typeof questionTypeNames)[number];
export type IntentName = (typeof intentNames)[number];
export type AnswerTypeName = (typeof answerTypeNames)[number];
export type MissingName = (typeof missingNames)[number];

/** Raised when the language or topic file is missing, not JSON, or breaks its schema; stops the bot like bad story data. */
export class LexiconDataError extends StoryDataError {}

function readJson<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  const file = `data/${path.split(/[\\/]/).pop() ?? path}`;
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new LexiconDataError(`${file}: cannot be read (${(cause as NodeJS.ErrnoException).code ?? 'error'})`, { cause });
  }
  return parseDataFile(file, raw, schema, (message, options) => new LexiconDataError(message, options));
}

/**
 * The two files merged, with the checks that span them: a word that is both a stopword and a
 * synonym would silently vanish or not depending on order, and a word in two groups is ambiguous.
 */
export function mergeLexicon(
  language: LanguageFile,
  topic: TopicFile,
  wordnet: WordnetTables = { synonyms: {}, hypernyms: {} },
  files = { language: 'data/lexicon.json', topic: 'data/topic.json' },
): Lexicon {
  const stop = new Set(language.stopwords.map((w) => w.toLowerCase()));
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const check = (file: string, groups: readonly (readonly string[])[]) =>
    groups.forEach((group, i) =>
      group.forEach((member, j) => {
        const key = member.toLowerCase();
        const where = `${file}: $.synonyms[${i}][${j}]`;
        if (!key.includes(' ') && stop.has(key)) problems.push(`${where}: "${member}" is also a stopword`);
        const other = seen.get(key);
        if (other !== undefined && other !== `${file}#${i}`)
          problems.push(`${where}: "${member}" is already in group ${other.replace('#', ' ')}`);
        seen.set(key, `${file}#${i}`);
      }),
    );
  check(files.language, language.synonyms);
  check(files.topic, topic.synonyms);
  if (problems.length > 0) throw new LexiconDataError(problems.slice(0, 5).join('; '));
  const { language: _tag, ...rest } = language;
  return {
    ...rest,
    spelling: { ...language.spelling, ...topic.spelling },
    stems: { ...language.stems, ...topic.stems },
    synonyms: [...language.synonyms, ...topic.synonyms],
    kinds: { ...language.kinds, ...topic.kinds },
    outsiders: topic.outsiders,
    news: topic.news ?? null,
    wordnet: {
      synonyms: wordnet.synonyms,
      hypernyms: wordnet.hypernyms,
      antonyms: wordnet.antonyms ?? {},
      modifiers: wordnet.modifiers ?? [],
      collocations: wordnet.collocations ?? [],
      verbs: wordnet.verbs ?? [],
      bareVerbs: wordnet.bareVerbs ?? [],
      shortWords: wordnet.shortWords ?? [],
    },
  };
}

/**
 * Reads and validates the language lexicon, a topic file and, when there is one beside it, the
 * story's WordNet table; errors name the file and the JSON path.
 */
export function loadLexicon(
  path: string = join(defaultDataDir, 'lexicon.json'),
  topicPath: string = join(defaultDataDir, 'topic.json'),
  /** False for `npm run build:wordnet`, which writes the table and must run without one. */
  withWordnet = true,
): Lexicon {
  const language = readJson(path, languageFileSchema);
  const topic = readJson(topicPath, topicFileSchema);
  const wordnet =
    topic.wordnet === null || !withWordnet ? undefined : readJson(join(dirname(topicPath), topic.wordnet), wordnetFileSchema);
  const name = (p: string) => `data/${p.split(/[\\/]/).pop() ?? p}`;
  return mergeLexicon(language, topic, wordnet, { language: name(path), topic: name(topicPath) });
}

/** The language file and the topic file that go with the story data in `dir`. */
export function lexiconFiles(dir: string = defaultDataDir): { language: string; topic: string } {
  // A story folder may bring its own language file; without one it uses the shipped English.
  const language = existsSync(join(dir, 'lexicon.json')) ? join(dir, 'lexicon.json') : join(defaultDataDir, 'lexicon.json');
  return { language, topic: join(dir, 'topic.json') };
}

const cached = new Map<string, Lexicon>();

/**
 * The language lexicon and the topic file beside the story data in `dir` (data/ by default),
 * loaded once per folder.
 */
export function getLexicon(dir: string = defaultDataDir): Lexicon {
  let lexicon = cached.get(dir);
  if (!lexicon) {
    const files = lexiconFiles(dir);
    lexicon = loadLexicon(files.language, files.topic);
    cached.set(dir, lexicon);
  }
  return lexicon;
}
