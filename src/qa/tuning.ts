/**
 * The engine's ranking and abstention constants, in one place. Each was set on the tuning sets
 * (the paraphrases, the first development set, the tuning half of the second); change one only
 * with `npm run eval` on those sets and on the untouched half's totals.
 */
export const tuning = {
  /** Share of the question's weighted terms the best fact must hold: below it, too much of the question is unmatched. */
  minCoverage: 0.62,
  /** Share of what is asked about the subject the best fact must hold: naming the subject is not enough. */
  minTopic: 0.55,
  /** Type fit the best fact needs: below it, the fact is the wrong kind of answer (a quote for "when"). */
  minFit: 0.7,

  /** An intent ("template", "headline") weighs more than any word: it says which part of the story is wanted. */
  intentWeight: 6,
  /** Entities weigh more than words of the same rarity: a question is about whom it names. */
  entityBoost: 1.5,
  /**
   * A term reached only through a WordNet expansion weighs less than the word the question used, but
   * as a shared sense it can carry what is asked about a subject alone (it clears minTopic).
   */
  expansionWeight: 0.55,
  /**
   * A word the story never uses that only describes ("upcoming", "confused"): it says how, not what,
   * so it costs a common term's weight, not an unknown noun's.
   */
  modifierWeight: 2.0,
  /** A term reached one level up WordNet's hierarchy: a looser link than a shared sense. */
  hypernymWeight: 0.25,
  /**
   * An intent a fact answers only in part (it sits in the teasers or the update the question names):
   * enough with the question's other words, never enough to outrank the part itself.
   */
  partlyShare: 0.7,
  /** Share of what is asked about the subject that must lie in what a fact says is not known, for "the story doesn't know". */
  unknownShare: 0.55,
  /** A term of a subordinate clause ("… when they were asked"): the circumstances, not what is asked. */
  backgroundWeight: 0.4,
  /**
   * A noun for the asker's own things in a question asking advice ("our xen *workloads*"), or a word only
   * a set-up before the question holds ("for *the closing segment*, …"): the story knows nothing of
   * them, so they only break ties between facts that answer the rest.
   */
  askersThingsWeight: 0.15,
  /** The story's main news, read for a pronoun standing for nothing named, weighs this much of a term in all (`deixis.ts`). */
  newsWeight: 1,
  /** Shortest part of a closed compound ("car" in "carmaker", "craft" in "spacecraft"): shorter ones are affixes. */
  compoundPartLength: 3,
  /** Most words before a noun read as one compound ("passive entry feature"): longer runs are clauses. */
  compoundReach: 3,

  /** A profile answers "who is X?" ahead of everything mentioning X. */
  profileForNameOnly: 1.3,
  /** A fact spelling out the abbreviation asked about. */
  expansionSpelledOut: 1.2,
  /** Anything else for "what does X stand for": below minFit. */
  expansionOther: 0.5,
  /** A fact describing how something works ("involves", "what happens"), for "how does X work". */
  processDescribed: 1.1,
  /** Any other fact for "how does X work": below minFit. */
  processOther: 0.6,
  /** For "what did X say" about someone quoted: X's own quotes. */
  saidOwnQuote: 1.15,
  /** Someone else's quote. */
  saidOtherQuote: 0.6,
  /** A lead-in ("sent us the following:") fits as the statement it introduces, a shade behind it. */
  leadInShare: 0.99,
  /** The most words a noun phrase pointing back ("the unequivocal statements recorded above") is read back over. */
  maxPointingWords: 4,
  /** A quote by an organisation speaking for the one asked about (the Linux Foundation for the Xen Project): just below their own. */
  saidSpokesperson: 1.1,
  /** For a yes/no question naming its source: the source's own quote, a little ahead of what others report of it. */
  sourceOwnWord: 1.05,
  /** For a yes/no question naming its source ("does Gartner agree …"): a fact that is not the source's word, below minFit. */
  notTheSource: 0.6,
  /** "Who said …" answered by a quote, which names its speaker. */
  speakerQuote: 1.15,
  /** "Who said …" answered by a fact nobody is said to have said: below minFit. */
  speakerUnattributed: 0.6,
  /** A quote said to someone other than the one the question names ("tell the Register"): below minFit. */
  saidToOther: 0.6,
  /** A fact that is not a quote: just below minFit, so a quote wins when there is one. */
  saidNotQuote: 0.68,
  /** An article sentence reporting the subject's words ("the Xen Project will tell the world …"): above minFit, below a quote. */
  saidReported: 0.9,
  /** A fact saying the subject left something unanswered, for what they replied to it: a quote of theirs on it would hold more. */
  saidUnanswered: 0.95,
  /** Anything not backed by someone never quoted: words put in their mouth. */
  saidUnbacked: 0.6,
  /** A "who did X talk to" answer that is not a quote. */
  recipientNotQuote: 0.6,
  /** Someone else's quote for "who did X talk to". */
  recipientOtherSpeaker: 0.65,
  /** X's own quote (1.2) or their organisation's (1.1) ... */
  recipientOwnQuote: 1.2,
  recipientOrganisationQuote: 1.1,
  /** ... plus this when it was said to another organisation (an outlet) rather than in X's own posts. */
  recipientToAnother: 0.15,
  /** "who" answered by a profile. */
  whoProfile: 1.1,
  /** "who" answered by a fact naming someone the question did not. */
  whoNamesSomeone: 1,
  /** "who" answered by a fact concerning none of the people and organisations the question names: below minFit. */
  whoNotConcerned: 0.6,
  /** A "what" or yes/no question's fact not concerning the question's subject: below minFit. */
  subjectNotConcerned: 0.6,
  /** A related story's teaser for a question pointing at no related story: it is about another story, below minFit. */
  teaserUnasked: 0.6,
  /** A related story's fact for a question naming nothing only the related stories hold: below minFit. */
  relatedUnasked: 0.6,
  /** Fewest letters of a word read as a story name it sounds like ("zen" → Xen): shorter words sound like too much. */
  minSoundAlikeLength: 3,
  /** Most edits between a word and the story name it sounds like ("warlow" → Warrilow: 2). */
  soundAlikeEdits: 2,
  /** A name this long may be misspelt by ear one edit further ("slager" → Schlaeger: 3). */
  longNameLength: 8,
  /** A name shorter than this is one edit from its sound-alikes ("zen" → Xen), not two ("oss" is no AWS). */
  shortNameLength: 4,
  /**
   * Fewest consonant sounds (Double Metaphone letters) of a name heard as two words ("sit tricks" →
   * Citrix, STRKS): two words run together sound like a short name too often.
   */
  minHeardPairSounds: 4,
  /** Most words between a phrasal verb and its particle ("walk *any of this* back"): further on, the particle is another phrase's. */
  particleReach: 3,
  /** A fact of another related story than the one a question picks by its place ("the *second* teaser"): below minFit. */
  otherRelatedStory: 0.6,
  /** A person's profile for a role asked of an organisation they are not at: below minFit. */
  roleOfAnother: 0.6,
  /** A related story's teaser for a question naming that story ("the google story"): before the facts inside it. */
  relatedStoryNamed: 1.05,
  /** "whose <noun>" answered by a fact never naming the noun: below minFit. */
  possessedNotNamed: 0.6,
  /** "who <verb>" answered by a fact with that verb in the passive and no agent ("was created"): it names no doer, below minFit. */
  whoAgentless: 0.65,
  /** "who <verb>" answered by a fact not holding the verb ("who built X" → X's owner): it names no doer of it, below minFit. */
  whoDeedMissing: 0.6,
  /** Words a definition question's term may have ("what is *a relay attack*"): longer asks about something, not a word's meaning. */
  maxDefinedWords: 3,
  /** A question comparing two things ("is Xen more secure than KVM") answered by a fact that compares nothing: below minFit. */
  comparisonUnstated: 0.6,
  /** A fact stating no purpose ("built *for* …", "created *to* run …") for "what did X build Y for": below minFit. */
  purposeUnstated: 0.6,
  /** How many words a comparative may stand before "than": "better *performance for AWS* than". */
  comparativeReach: 3,
  /** A fact that is the profile or words of someone the question rules out ("besides Warrilow") answers nothing asked. */
  ruledOutOwn: 0.6,
  /** A fact about what the question sets aside ("cloud aside, …"), going no further: below the facts about the rest. */
  ruledOutTopic: 0.6,
  /** How many words a phrasal deed after "who" may span: "who *took over* from", "who *stepped in for*". */
  deedPhraseReach: 4,
  /** How many words that are no stopword may stand between a doer and its verb of turning: "Amazon Web Services *intends* to replace". */
  turnDoerReach: 2,
  /** How many words after a verb of turning its object may span: "moving new EC2 instance types from Xen to its own cut of KVM". */
  turnObjectReach: 12,
  /** A fact whose modifier of the question's noun is the opposite of the question's ("new" against "existing" instances): below minFit. */
  opposedModifier: 0.6,
  /** How many words after an opposed modifier may be the noun it modifies: "all new *EC2 instance* types". */
  modifiedReach: 2,
  /** "who" answered by a fact naming nobody new: below minFit. */
  whoNamesNobody: 0.65,
  /** "when" answered by a dated event or the update. */
  whenEvent: 1.15,
  /** "when" answered by another fact holding a date. */
  whenDated: 1.05,
  /** A fact without the kind of value asked for (no date for "when", no amount for "how many"): below minFit. */
  missingValue: 0.5,
  /** "how many" answered by a fact stating an amount. */
  howManyAmount: 1.1,
  /** A fact holding the exact kind of value asked for (a year for "what year"). */
  valuePresent: 1.1,
  /** A profile for a question that does not ask who someone is. */
  profileOtherwise: 0.95,
  /**
   * A profile of someone other than the question's subject, for a question not asking a role: its
   * summary of their words loses to the words themselves ("which citrix products' customers …"
   * gets the quote naming them). The pool scores the same from 0.6 to 0.8; the mildest is kept.
   */
  profileOfAnother: 0.8,
  /** A fact the question's subject stands behind ("Xen's plan"). */
  bySubject: 1.01,
  /** A fact giving a means ("based on measuring …") answers "how does X tell …" a little ahead of one covering it alike. */
  meansGiven: 1.02,
  /** A fact saying "not just X but Y" answers "besides X, what …" ahead of one covering it alike. */
  beyondGiven: 1.05,
  /** A key point of the story, on ties. */
  keyPoint: 1.04,
  /** A claim or quote over a bare sentence, on ties. */
  claimOrQuote: 1.02,
  /** The headline or template for a question not asking for them: they mention much but answer little. */
  metaNotAsked: 0.95,
  /** The article's publication, date, address, footer or byline for a question not asking for them: below minFit. */
  selfNotAsked: 0.6,
  /** A fact stating only what was meant to happen, for "why": it restates the question's premise, no cause; below minFit. */
  whyPlanStated: 0.6,
  /** A yes/no question not asking about a plan, against a fact saying what was meant to happen: below minFit, it says what was to be, not what was. */
  yesNoPlanStated: 0.6,
  /** Words a question needs at least, on each side, to be read as one of two in a message ("…, and did AWS have time …"): fewer is a tag ("…, right?") or an afterthought ("and why"). */
  minQuestionPartWords: 3,
  /** A quote from the document the question names ("AWS's earlier posts"): ahead of facts only mentioning that document. */
  venueAsked: 1.1,
  /** A fact holding, word for word, the line the question quotes ("who said 'making inroads in …'"): ahead of facts sharing its words. */
  verbatimQuoted: 1.2,
  /** A fact not naming the "which <kind>" asked for: below minFit. */
  kindUnsatisfied: 0.6,
  /** The default template among templates. */
  defaultTemplate: 1.02,
  /** BM25+ share of the score: only a tie-break. */
  bm25TieBreak: 0.01,
  /**
   * Between facts covering the question alike, the one whose own words name the question's subject
   * first ("*AWS* documents revealed …" for "what is AWS replacing Xen with") is about it. A tenth of
   * the BM25 share: it reorders only exact ties (0.002 and above cost the pool an answer).
   */
  subjectOpensTieBreak: 0.001,

  /** "what did X say": X's other quotes scoring at least this share of the best are shown too. */
  sameSpeakerShare: 0.9,
  /** At most this many quotes by one speaker. */
  maxQuotes: 4,
  /** A close call: runners-up scoring at least this share of the best are shown beside it. */
  closeCallShare: 0.95,
  /** At most this many facts in a close call. */
  maxCloseCall: 3,

  /** Questions longer than Discord's option limit are cut, so one long paste costs no more than a question. */
  maxQuestionLength: 300,
  /** Typos are corrected only in words at least this long: shorter ones have too many neighbours. */
  minCorrectableLength: 5,
  /** Typos of question words ("wich", "whos") are corrected from this length: few English words are one typo from one. */
  minInterrogativeTypoLength: 4,
  /** A noun stands for its verb ("assurance" → assur) only when the rest is this long: "sentence", "instance" are no verbs' nouns. */
  minDerivedBaseLength: 5,
  /** A preamble is dropped only before a question of at least this many words: "why?" alone points back into it. */
  minPreambledQuestionWords: 3,
  /** Fewest words of a last clause asked alone after clauses retelling what the asker knows: "who addressed it" is too few. */
  minContextedQuestionWords: 4,
  /** Fewest words of the clauses retelling what the asker knows: "per the board minutes" frames the question, and is kept. */
  minRetellingWords: 8,
  /** A destination's preposition stands at most this many words after its word of motion: "taking NASA's CAPSTONE to the Moon". */
  destinationReach: 3,
  /** A venue's noun stands at most this many words after its preposition: "on the Xen Project Advisory Board Mailing List". */
  venueReach: 7,
  /** Title words naming the article ("the xen/aws embedded story") are at most this many: a longer run is a description, not a name. */
  maxTitleWords: 4,
  /** Words describing a part of the page before its noun ("the little grey blurb") are at most this many: more is a clause. */
  maxPartDescribingWords: 3,
  /** A sentence refers back to the one before it when a pronoun stands among its first this many words: "We're told *it* will …". */
  anaphorReach: 4,
  /** A term a fact holds only through its pronoun ("it" = the new service) counts a little less than its own words: on ties, the fact saying it wins. */
  referredShare: 0.97,
  /** Words after a name that may be the noun it names: a compound's head follows its modifier ("Photon satellite *bus*"). */
  nameCompoundReach: 2,
  /** Words between a universal quantifier and the noun it quantifies: "all new future instance types". */
  quantifiedNounReach: 3,
} as const;
