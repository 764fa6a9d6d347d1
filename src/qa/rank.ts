import type { Question } from './analyse.js';
import type { QaIndex } from './build.js';
import {
  agentlessFeature,
  beyondFeature,
  comparesFeature,
  countOfFeature,
  type Fact,
  quoteNamesFeature,
  setsAsideFeature,
  unansweredFeature,
  variantFeature,
  venueFeature,
} from './candidates.js';
import { holdsVerbatim } from './echoes.js';
import { entityNamedAt, entityTerm, stemmedTokens, termsOf, termsOfList } from './language.js';
import type { MissingName } from './lexicon.js';
import { factsOpposingModifiers, opposedFeatures } from './opposites.js';
import type { OrderedRelatedStory } from './page-places.js';
import { purposeFeature } from './purpose.js';
import { asksQualification, qualificationTerms } from './qualifying.js';
import { escapeRegExp } from './text.js';
import { tuning } from './tuning.js';
import { dateValueKinds, figureKind, type ValueKind } from './values.js';

/** A fact scored against a question. */
export interface Scored {
  fact: Fact;
  /** Share of the question's weighted terms the fact contains (0..1). */
  coverage: number;
  /** The same share without the subject: does the fact answer what is asked about the subject? */
  topic: number;
  /** How well the fact's kind fits the question's type; below 1 is a mismatch. */
  fit: number;
  /**
   * What the fact lacks that the question asks for: a kind of value ("year") or a "which <kind>"
   * ("kind"). Set only when that alone keeps the fact from fitting: it is then the partial answer.
   */
  lacking: MissingName | null;
  score: number;
}

/**
 * An `x:` term's weight, as its best story term's, and the share of it a fact holding one of its
 * story terms earns: a paraphrase counts less than the question's own word, and costs as much missed.
 */
function expansionWeight(index: QaIndex, question: Question, term: string): { weight: number; earned: number } {
  const expansion = question.expansions.get(term);
  if (!expansion) return { weight: index.unknownWeight, earned: 0 };
  const factor = expansion.relation === 'hypernym' ? tuning.hypernymWeight : tuning.expansionWeight;
  return { weight: Math.max(...expansion.terms.map((t) => termWeight(index, t))), earned: factor };
}

/** A term's postings as parallel arrays: walking a Map's entries allocates an array per entry, per question. */
interface PostingArrays {
  ids: Int32Array;
  scores: Float64Array;
}

const postingArrays = new WeakMap<ReadonlyMap<number, number>, PostingArrays>();

function asArrays(postings: ReadonlyMap<number, number>): PostingArrays {
  let arrays = postingArrays.get(postings);
  if (!arrays) {
    arrays = { ids: Int32Array.from(postings.keys()), scores: Float64Array.from(postings.values()) };
    postingArrays.set(postings, arrays);
  }
  return arrays;
}

/** An `x:` term's postings: any of its story terms, each fact once at its best score. */
function expansionPostings(index: QaIndex, question: Question, term: string): PostingArrays {
  const best = new Map<number, number>();
  for (const alternative of question.expansions.get(term)?.terms ?? []) {
    const { ids, scores } = asArrays(index.postings(alternative));
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      best.set(id, Math.max(best.get(id) ?? 0, scores[k] as number));
    }
  }
  return { ids: Int32Array.from(best.keys()), scores: Float64Array.from(best.values()) };
}

/** How much a term says about what is asked: rare terms more, entities more, unknown words most. */
export function termWeight(index: QaIndex, term: string): number {
  const df = index.documentFrequency.get(term) ?? 0;
  if (df === 0) return index.language.modifiers.has(term) ? tuning.modifierWeight : index.unknownWeight;
  if (term.startsWith('i:')) return tuning.intentWeight;
  const idf = Math.log(1 + index.facts.length / df);
  return term.startsWith('e:') ? idf * tuning.entityBoost : idf;
}

/**
 * What `compute` gives for a fact and a key, worked out once and kept in `store`: what these read of a
 * fact (its reply text) is the same for every question, so the store is bounded by the story's facts.
 */
function perFact<V>(
  index: QaIndex,
  store: WeakMap<Fact, Map<string, V>>,
  fact: Fact,
  key: string,
  compute: (fact: Fact, key: string, index: QaIndex) => V,
): V {
  let byKey = store.get(fact);
  if (!byKey) {
    byKey = new Map();
    store.set(fact, byKey);
  }
  if (byKey.has(key)) return byKey.get(key) as V;
  const value = compute(fact, key, index);
  byKey.set(key, value);
  return value;
}

const memberPatterns = new Map<string, RegExp>();
const shownMembers = new WeakMap<Fact, Map<string, boolean>>();

/** Whether a fact's reply text holds a word starting with the (stemmed) member ("java", "kvm"); once per fact and member. */
function shows(index: QaIndex, fact: Fact, member: string): boolean {
  return perFact(index, shownMembers, fact, member, showsNow);
}

function showsNow(fact: Fact, member: string): boolean {
  let pattern = memberPatterns.get(member);
  if (!pattern) {
    // A member's words are stems ("assur open sourc softwar"): each may run on before the next.
    pattern = new RegExp(`\\b${escapeRegExp(member).replace(/ /g, '\\w*\\W+')}`, 'i');
    memberPatterns.set(member, pattern);
  }
  return pattern.test(fact.answer);
}

const shownOutsideTitles = new WeakMap<Fact, Map<string, boolean>>();

/**
 * Whether a fact's reply shows a kind's member outside the job titles of the story's people:
 * "director for *XenServer* product management" says who someone is, not which product they spoke
 * of. Found once per fact and member.
 */
function showsOutsideTitles(index: QaIndex, fact: Fact, member: string): boolean {
  return perFact(index, shownOutsideTitles, fact, member, showsOutsideTitlesNow);
}

function showsOutsideTitlesNow(fact: Fact, member: string, index: QaIndex): boolean {
  let text = fact.answer;
  for (const person of index.story.people)
    if (person.title) text = text.replace(new RegExp(escapeRegExp(person.title), 'gi'), ' ');
  showsNow(fact, member);
  return memberPatterns.get(member)?.test(text) ?? false;
}

const memberWordLists = new Map<string, readonly string[]>();

/** A kind member's words ("assur open sourc softwar"), split once. */
function memberWords(member: string): readonly string[] {
  let words = memberWordLists.get(member);
  if (!words) {
    words = member.split(' ');
    memberWordLists.set(member, words);
  }
  return words;
}

interface EntityDescription {
  terms: ReadonlySet<string>;
  /** The description's words as written, lower-cased ("spacecraft"), for closed compounds. */
  words: readonly string[];
}

const describedBy = new WeakMap<QaIndex, ReadonlyMap<string, EntityDescription>>();

/** The terms of each named person's and organisation's name and role ("Carmaker whose …"), once per index. */
function entityDescriptions(index: QaIndex): ReadonlyMap<string, EntityDescription> {
  let found = describedBy.get(index);
  if (!found) {
    const { language, story } = index;
    const termsIn = (texts: readonly (string | null | undefined)[]): EntityDescription => ({
      terms: new Set(
        texts.flatMap((text) => (text ? termsOf(language, stemmedTokens(language, text, language.stemCache), true) : [])),
      ),
      words: [...new Set(texts.flatMap((text) => (text ? text.toLowerCase().split(/[^\p{L}\p{N}]+/u) : [])))],
    });
    found = new Map([
      ...story.people.map((p) => [p.id, termsIn([p.name, p.title, p.role])] as const),
      // An organisation is also what its people's titles say it does (Gartner's "research veep"), and
      // the firm its people are at: "which analyst firm is Warrilow at" reads "analyst" as him.
      ...story.organisations.map(
        (o) =>
          [
            o.id,
            termsIn([
              o.name,
              o.fullName,
              o.role,
              ...story.people.filter((p) => p.organisation === o.id).flatMap((p) => [p.title, p.name]),
            ]),
          ] as const,
      ),
    ]);
    describedBy.set(index, found);
  }
  return found;
}

/**
 * Whether a description holds one of the narrowing terms, or opens a closed compound with the
 * narrowing word: a "*space* company" is described by "*space*craft", a "*car* company" by "*car*maker".
 */
function describes(description: EntityDescription | undefined, qualifiers: readonly string[], word: string | undefined): boolean {
  if (!description) return false;
  if (qualifiers.some((t) => description.terms.has(t))) return true;
  return (
    word !== undefined &&
    word.length >= tuning.compoundPartLength &&
    description.words.some((w) => w.length >= word.length + tuning.compoundPartLength && w.startsWith(word))
  );
}

function kindSatisfied(index: QaIndex, question: Question, fact: Fact): boolean {
  const kind = question.kind;
  if (!kind) return true;
  // "what caveat does the Reg add": a fact the story qualifies has one, its qualification.
  if (fact.qualifiedBy && kind.term !== null && qualificationTerms(index.language).has(kind.term)) return true;
  // "which hypervisor": besides the members the lexicon lists, one the story names by the noun ("the EC2 hypervisor").
  if (kind.named?.(fact)) return true;
  return kind.members.some((member) => {
    if (member === '@org' || member === '@person') {
      const wanted = member === '@org' ? 'organisation' : 'person';
      // "which car companies": one the story describes by the narrowing word ("Carmaker …"), not any company.
      const described = kind.qualifiers ? entityDescriptions(index) : null;
      // Named in the fact's own words: a sentence beside the one naming NCC Group names no shop.
      // "which company besides AWS": one the question rules out is no more an answer than one it names.
      for (const id of fact.named)
        if (
          !question.entities.includes(id) &&
          !question.excluded.includes(id) &&
          index.language.entities.get(id)?.kind === wanted &&
          (!kind.qualifiers || describes(described?.get(id), kind.qualifiers, kind.qualifierWord))
        )
          return true;
      return false;
    }
    if (member === '@named') return kind.named?.(fact) ?? false;
    if (member.startsWith('@')) return fact.features.has(member);
    // The member must be in what the reply shows, not only in what the fact is found by (a quote's
    // context): "which languages are high-risk" is not answered by "particularly high-risk profiles".
    // A member of several words ("assured open source software") is named by all of them in the reply.
    if (memberWords(member).length > 1) return shows(index, fact, member);
    return (
      fact.terms.has(member) &&
      !question.terms.includes(member) &&
      shows(index, fact, member) &&
      // "which products did Cottingham say …": a member only in a job title answers "which product does he manage".
      (question.asksTitle || showsOutsideTitles(index, fact, member))
    );
  });
}

const metaIntents: Partial<Record<Fact['kind'], readonly string[]>> = {
  headline: ['i:headline'],
  standfirst: ['i:standfirst'],
  update: ['i:update'],
  publication: ['i:publication'],
  'related-list': ['i:related'],
  teaser: ['i:related', 'i:headline', 'i:standfirst'],
  template: ['i:template'],
  published: ['i:published'],
  address: ['i:address'],
  footer: ['i:footer'],
  byline: ['i:byline'],
  gist: ['i:gist'],
  quoted: ['i:quoted'],
};

/** Facts about the article itself, saying nothing about its subject. */
/** The intent term of someone's role and employer. */
const roleIntent = 'i:role';

/** The feature of a text reporting someone as saying something: `@reported:<id>`. */
const reportedFeature = '@reported:';

const selfFacts: ReadonlySet<Fact['kind']> = new Set(['publication', 'published', 'address', 'footer', 'byline']);

/** What typeFit needs to know about the question, worked out once rather than for every fact. */
interface FitContext {
  subjectQuoted: boolean;
  /** Organisations speaking for the subject (or the source): their quotes are the subject's word. */
  spokespeople: ReadonlySet<string>;
  /** For "who" questions: the features of the question's terms used in the passive without an agent. */
  agentless: readonly string[];
  /** For "who" questions: the question's terms that are names in the story ("kvm", "java"), not people or organisations. */
  names: readonly string[];
  /** For a yes/no question about someone: the feature of a quote whose own words name them. */
  quoteNamesSubject: string | null;
  /**
   * "in the update, what did AWS tell TechTarget": the subject is quoted in the part of the page the
   * question names, so the part says where they spoke, and their words answer, not the part's summary.
   */
  quotedInPart: boolean;
  /** The facts speaking of the opposite of what the question's modifiers pick out ("new instance types" for "existing instances"). */
  opposed: ReadonlySet<number>;
}

const spokespeopleByIndex = new WeakMap<QaIndex, Map<string, ReadonlySet<string>>>();
const noOne: ReadonlySet<string> = new Set();

/** The organisations speaking for someone, worked out once per story and person. */
function spokespeopleOf(index: QaIndex, subject: string | null): ReadonlySet<string> {
  if (subject === null) return noOne;
  let known = spokespeopleByIndex.get(index);
  if (!known) {
    known = new Map();
    spokespeopleByIndex.set(index, known);
  }
  let found = known.get(subject);
  if (!found) {
    found = new Set(index.story.organisations.filter((o) => o.speaksFor?.includes(subject)).map((o) => o.id));
    known.set(subject, found);
  }
  return found;
}

function fitContext(index: QaIndex, question: Question): FitContext {
  const subject = question.source ?? question.subject;
  const spokespeople = spokespeopleOf(index, subject);
  return {
    subjectQuoted:
      subject !== null &&
      index.story.quotes.some((q) => q.speaker === subject || q.organisation === subject || spokespeople.has(q.organisation)),
    spokespeople,
    agentless: question.type === 'who' ? question.terms.map((t) => `${agentlessFeature}${t}`) : [],
    names: question.type === 'who' ? question.terms.filter((t) => storyNames(index).has(t)) : [],
    quoteNamesSubject: question.type === 'yesno' && question.subject !== null ? `${quoteNamesFeature}${question.subject}` : null,
    quotedInPart: question.type === 'said' && subject !== null && quotedInAskedPart(index, question, subject, spokespeople),
    opposed: factsOpposingModifiers(index.facts, opposedFeatures(question.modified)),
  };
}

function quotedInAskedPart(index: QaIndex, question: Question, subject: string, spokespeople: ReadonlySet<string>): boolean {
  const parts = question.terms.filter((t) => t.startsWith('i:'));
  if (parts.length === 0) return false;
  return index.facts.some(
    (f) =>
      f.kind === 'quote' &&
      f.about !== undefined &&
      f.about !== null &&
      (f.about === subject || spokespeople.has(f.about) || index.story.personById.get(f.about)?.organisation === subject) &&
      parts.some((t) => f.partly.has(t)),
  );
}

const storyNamesByIndex = new WeakMap<QaIndex, ReadonlySet<string>>();

/**
 * The story's names that are not people or organisations: words it writes capitalised inside a
 * sentence ("KVM", "Java", "NVMe"), as the engine stems them.
 */
function storyNames(index: QaIndex): ReadonlySet<string> {
  let names = storyNamesByIndex.get(index);
  if (!names) {
    const found = new Set<string>();
    for (const paragraph of index.story.paragraphs)
      for (const match of paragraph.text.matchAll(/(?<=[\p{L}\p{N},;:)’'"”] )\p{Lu}[\p{L}\p{N}]*/gu))
        for (const term of stemmedTokens(index.language, match[0], index.language.stemCache))
          if (!index.language.stopwords.has(term)) found.add(term);
    names = found;
    storyNamesByIndex.set(index, names);
  }
  return names;
}

/** Whether `whom` (or someone speaking for them) is quoted in a paragraph. */
function saidIn(index: QaIndex, whom: string, paragraph: number, context: FitContext): boolean {
  return index.story.quotes.some(
    (q) =>
      q.paragraph === paragraph && (q.speaker === whom || q.organisation === whom || context.spokespeople.has(q.organisation)),
  );
}

/** How well a quote fits as the word of `whom`: their own, their organisation's, a spokesperson's, or someone else's. */
function quoteFit(index: QaIndex, whom: string, fact: Fact, context: FitContext): number {
  const organisation = index.story.personById.get(fact.about ?? '')?.organisation;
  if (fact.about === whom || organisation === whom) return tuning.saidOwnQuote;
  if (context.spokespeople.has(fact.about ?? '') || context.spokespeople.has(organisation ?? '')) return tuning.saidSpokesperson;
  return tuning.saidOtherQuote;
}

/**
 * "Does Gartner agree Xen is toast?" is answered only from Gartner's word: its quotes, claims the
 * data says it made, an article sentence reporting what it said, or, for the publication, its own
 * reporting.
 */
function sourceFit(index: QaIndex, source: string, fact: Fact, context: FitContext): number {
  const own = fact.kind === 'quote' ? quoteFit(index, source, fact, context) : 0;
  // The source's own word first, but only just: what others report of it may cover more.
  if (own > 1) return tuning.sourceOwnWord;
  // "Has AWS said it will stop investing?": "AWS haven't said that …", whoever reports it.
  if (fact.features.has(`${reportedFeature}${source}`)) return 1;
  if (fact.kind === 'quote') return own;
  // The publication's own view is what it writes in its own voice, not a sentence reporting others
  // ("We've learned that Amazon commented …, telling the outlet that …"). A claim is the story's own
  // summary, its judgement beside what it reports ("…, a contradiction of its earlier posts").
  if (source === index.publication && fact.kind === 'sentence' && reportsAnother(fact, source)) return tuning.notTheSource;
  // A claim the source made; an event only when the source alone acts in it.
  if (fact.kind === 'claim' ? fact.by.includes(source) : fact.by.length === 1 && fact.by[0] === source) return 1;
  if (source === index.publication && fact.kind === 'sentence') return 1;
  return tuning.notTheSource;
}

/** Whether a text reports someone other than `source` as saying something (its `@reported:` features). */
function reportsAnother(fact: Fact, source: string): boolean {
  for (const feature of fact.features)
    if (feature.startsWith(reportedFeature) && feature !== `${reportedFeature}${source}`) return true;
  return false;
}

/**
 * Whether a fact is the profile, words or claim of an entity the question rules out, or holds none of
 * the question's terms but those naming what it rules out ("which analysts besides Warrilow": "analyst"
 * names Warrilow too).
 */
function ruledOutOwn(question: Question, fact: Fact): boolean {
  const excluded = question.excluded;
  if (excluded.includes(fact.about ?? '') || fact.by.some((id) => excluded.includes(id))) return true;
  return !question.terms.some((t) => fact.terms.has(t) && !(t.startsWith('e:') && excluded.includes(t.slice(2))));
}

const relatedIntentTerm = 'i:related';

const relatedOnlyTermsMemo = new WeakMap<QaIndex, ReadonlySet<string>>();

/** Terms only the related stories' facts hold, none of the article's own: once per index. */
function relatedOnlyTerms(index: QaIndex): ReadonlySet<string> {
  let terms = relatedOnlyTermsMemo.get(index);
  if (!terms) {
    const inRelated = (fact: Fact) => fact.partly.has(relatedIntentTerm);
    const own = new Set(index.facts.filter((f) => !inRelated(f)).flatMap((f) => [...f.terms]));
    terms = new Set(index.facts.filter(inRelated).flatMap((f) => [...f.terms].filter((t) => !own.has(t))));
    relatedOnlyTermsMemo.set(index, terms);
  }
  return terms;
}

/** Whether a role is asked of organisations alone, two or more of them ("AWS's role in the Xen Project"). */
function roleOfOrganisationInAnother(index: QaIndex, question: Question): boolean {
  if (question.entities.length < 2 || !question.terms.includes(roleIntent)) return false;
  return question.entities.every((id) => index.language.entities.get(id)?.kind === 'organisation');
}

/** Whether a quote was said to someone other than whom the question names ("what did X *tell the Register*"). */
function saidToAnother(question: Question, fact: Fact): boolean {
  return question.recipient !== null && !fact.saidTo?.has(question.recipient);
}

function typeFit(index: QaIndex, question: Question, fact: Fact, onlyEntities: boolean, context: FitContext): number {
  // "what role does AWS play in the Xen Project" asks about one organisation in another: a profile of
  // someone at a third organisation, though it names both, gives that person's job.
  if (fact.kind === 'person' && question.subject !== null && roleOfOrganisationInAnother(index, question)) {
    if (index.story.personById.get(fact.about ?? '')?.organisation !== question.subject) return tuning.roleOfAnother;
  }
  // "how does the Reg describe Amazon's earlier statements" is not answered by a related story's
  // sentence sharing only the publication and a common word ("originally"): a fact of a related
  // story, lacking someone the question names, answers only a question pointing at a related story
  // or naming something only the related stories hold.
  if (
    fact.partly.has(relatedIntentTerm) &&
    question.entities.some((id) => id !== index.publication && !fact.terms.has(`e:${id}`)) &&
    !question.terms.includes(relatedIntentTerm) &&
    !question.terms.some((t) => relatedOnlyTerms(index).has(t))
  )
    return tuning.relatedUnasked;
  // "who is quoted in the second teaser": only that story's facts answer, not the list of all of them.
  if (question.relatedStory !== null && !ownRelatedStory(question.relatedStory, fact)) return tuning.otherRelatedStory;
  // "Is Xen more secure than KVM?" is not answered by a fact saying Xen is pitched at security.
  if (question.compares && !fact.features.has(comparesFeature)) return tuning.comparisonUnstated;
  // "What did AWS build KVM for?" is not answered by a fact about KVM that states no purpose.
  if (question.asksPurpose && !fact.features.has(purposeFeature)) return tuning.purposeUnstated;
  // "Will existing instances move to KVM?" is not answered by what all *new* instance types will use.
  if (context.opposed.has(fact.id)) return tuning.opposedModifier;
  // "Which analysts besides Warrilow commented?" is not answered by Warrilow's profile or words.
  if (question.excluded.length > 0 && ruledOutOwn(question, fact)) return tuning.ruledOutOwn;
  // "cloud aside, how does the Reg see Xen's outlook" is not answered by its outlook in the cloud.
  if (
    question.setAsideTopics.some((t) => fact.terms.has(t)) &&
    !fact.features.has(beyondFeature) &&
    !fact.features.has(setsAsideFeature)
  )
    return tuning.ruledOutTopic;
  // "Who built the CAPSTONE spacecraft?" is not answered by NASA, its owner, nor "which company built
  // it?" by Rocket Lab's taking delivery of it, nor "who approved the template?" by the template,
  // though it is the part of the page asked about: the fact must hold the deed. A quote answering
  // "which companies kept Xen viable" says it in its speaker's words ("had Oracle and Amazon in their court").
  if (question.deed !== null && !fact.terms.has(question.deed) && (question.type === 'who' || fact.kind !== 'quote'))
    return tuning.whoDeedMissing;
  const intents = metaIntents[fact.kind];
  const fit = kindFit(index, question, fact, onlyEntities, context);
  // The part of the story asked for ("who is the author?" → the byline) fits whatever the question
  // word; the headline or the template answers questions about themselves, not everything they mention.
  if (intents) {
    // A related story's headline or standfirst answers a question pointing at a related story (or
    // naming something the teaser holds), not "what's the standfirst under the headline".
    if (
      fact.kind === 'teaser' &&
      !question.terms.includes('i:related') &&
      !question.terms.some((t) => !t.startsWith('i:') && fact.terms.has(t))
    )
      return tuning.teaserUnasked;
    // "what's the google story about": the teaser of the related story named, asked nothing it does not hold,
    // answers before what is in that story ("what does BLE stand for in the tesla story" asks what is).
    if (
      fact.kind === 'teaser' &&
      question.terms.includes(relatedIntentTerm) &&
      question.terms.every((t) => fact.terms.has(t) || t === relatedIntentTerm)
    )
      return Math.max(tuning.relatedStoryNamed, fit);
    if (intents.some((intent) => question.terms.includes(intent))) return context.quotedInPart ? fit : Math.max(1, fit);
    return tuning.metaNotAsked * fit;
  }
  return fit;
}

/** Whether a fact is drawn from the related story the question picks, and from no other. */
function ownRelatedStory({ paragraphs, others }: OrderedRelatedStory, fact: Fact): boolean {
  return fact.sources.some((s) => paragraphs.has(s.paragraph)) && !fact.sources.some((s) => others.has(s.paragraph));
}

/** Whether a fact is the deed's object's own: its words or profile, or the profile of its organisation. */
function deedObjectsOwn(index: QaIndex, object: string, fact: Fact, profile: boolean): boolean {
  if (fact.about === object || fact.by.includes(object)) return true;
  return profile && index.story.personById.get(object)?.organisation === fact.about;
}

function kindFit(index: QaIndex, question: Question, fact: Fact, onlyEntities: boolean, context: FitContext): number {
  const subject = question.subject;
  const profile = fact.kind === 'person' || fact.kind === 'organisation';
  // A question naming someone and asking nothing else ("who is X?", "what about X?") wants the profile.
  const asksAboutThem =
    question.type !== 'said' && question.type !== 'recipient' && question.type !== 'expansion' && question.type !== 'speaker';
  // … but "which Gartner *report* …" asks for a thing of a kind, which a profile not naming one does not give.
  if (
    onlyEntities &&
    subject &&
    profile &&
    fact.about === subject &&
    asksAboutThem &&
    question.source === null &&
    (question.kind === null || kindSatisfied(index, question, fact))
  )
    return tuning.profileForNameOnly;
  switch (question.type) {
    case 'expansion':
      return question.abbreviation !== null && fact.features.has(`@spells-out:${question.abbreviation}`)
        ? tuning.expansionSpelledOut
        : tuning.expansionOther;
    // "How does X work?" wants a text saying how ("the technique involves …"); anything else on
    // the topic is no answer, so "how does a hypervisor work" declines.
    case 'process':
      // "how does the car's defence work": "based on measuring …" says how it works.
      return fact.features.has('@process') || fact.features.has('@workings') ? tuning.processDescribed : tuning.processOther;
    case 'said': {
      if (!subject) return 1;
      if (leftUnanswered(index, question, subject, fact)) return tuning.saidUnanswered;
      if (context.subjectQuoted) {
        // "The Linux Foundation … sent us the following:" carries the statement it introduces, and
        // fits as that statement does, a shade behind it.
        if (fact.introduces) {
          const introduced = index.story.quotes
            .filter((q) => fact.introduces?.includes(q.paragraph) && saidIn(index, subject, q.paragraph, context))
            .map((q) => quoteFit(index, subject, { ...fact, about: q.speaker ?? q.organisation }, context));
          if (introduced.length > 0) return Math.max(...introduced) * tuning.leadInShare;
        }
        // A template the subject wrote for others to post is their own words, as a quote is.
        if (fact.kind === 'template' && fact.about === subject) return 1;
        // "what is the Xen Project going to tell the world": the article reporting what the subject says.
        // Not when the question names whom it was said to (the sentence may report words said to another),
        // nor when the sentence lacks any of what was asked about: it reports the words, not all they cover.
        if (
          fact.kind === 'sentence' &&
          question.recipient === null &&
          fact.features.has(`${reportedFeature}${subject}`) &&
          question.terms.every((t) => t.startsWith('e:') || fact.terms.has(t))
        )
          return tuning.saidReported;
        if (fact.kind !== 'quote') return tuning.saidNotQuote;
        // "what didn't AWS say, according to Cottingham": the source's own words reporting the subject's
        // ("AWS haven't said that …") are what the subject said by the source's account.
        if (
          question.source !== null &&
          question.source !== subject &&
          fact.features.has(`${reportedFeature}${subject}`) &&
          quoteFit(index, question.source, fact, context) === tuning.saidOwnQuote
        )
          return tuning.saidReported;
        // "What did X tell the Register?" is answered by what X said to the Register, not to others.
        if (saidToAnother(question, fact)) return tuning.saidToOther;
        return quoteFit(index, subject, fact, context);
      }
      // Someone the story never quotes "said" only what the data says they claimed, or, for the
      // publication, its own reporting (not what it reports others saying); anything else would put
      // words in their mouth.
      if (subject === index.publication && (fact.kind === 'sentence' || fact.kind === 'claim') && reportsAnother(fact, subject))
        return tuning.saidUnbacked;
      if (fact.by.includes(subject)) return 1;
      if (subject === index.publication && fact.kind === 'sentence') return 1;
      // "what does the Tesla *teaser* say …": a part of the page speaks with its own sentences.
      if (fact.kind === 'sentence' && question.subjectTerms.some((t) => t.startsWith('i:') && fact.partly.has(t))) return 1;
      return tuning.saidUnbacked;
    }
    // "Who said Xen is a staple technology?" is answered by whoever said it: a quote, or a claim
    // the data attributes to someone.
    case 'speaker':
      // "whose words does the Xen Project's post quote": the one quoting is not whom it quotes.
      if (question.quotedBy !== null && (fact.about === question.quotedBy || fact.by.includes(question.quotedBy)))
        return tuning.speakerUnattributed;
      // "who talked to the Register" is answered by what was said to the Register, not to others.
      if (fact.kind === 'quote' && saidToAnother(question, fact)) return tuning.saidToOther;
      if (fact.kind === 'quote') return tuning.speakerQuote;
      return fact.kind === 'claim' && fact.by.length > 0 ? 1 : tuning.speakerUnattributed;
    case 'recipient': {
      // "Who did X talk to?" is answered by X's quotes, which say whom they were said to; the
      // one naming another organisation (an outlet) beats one said in X's own posts.
      if (fact.kind !== 'quote') return tuning.recipientNotQuote;
      const speakerOrganisation = index.story.personById.get(fact.about ?? '')?.organisation;
      if (subject && fact.about !== subject && speakerOrganisation !== subject) return tuning.recipientOtherSpeaker;
      const toAnother = [...(fact.saidTo ?? [])].some((id) => id !== fact.about && id !== speakerOrganisation);
      return (
        (fact.about === subject ? tuning.recipientOwnQuote : tuning.recipientOrganisationQuote) +
        (toAnother ? tuning.recipientToAnother : 0)
      );
    }
    case 'who': {
      // "Who developed KVM?" names KVM: a fact about Google's developers that never names it answers something else.
      if (context.names.some((name) => !fact.terms.has(name))) return tuning.whoNotConcerned;
      // "Who runs the Xen Project?" asks about the Xen Project: a fact not concerning it answers something else.
      // … and names them itself, not just sits in a paragraph that does.
      if (
        question.entities.length > 0 &&
        !question.entities.every((id) => fact.named.has(id) || fact.about === id || fact.by.includes(id))
      )
        return tuning.whoNotConcerned;
      // "Who created KVM?" is not answered by "its cut of KVM was created to run on …": the passive
      // without an agent says what was done, not who did it.
      if (context.agentless.some((key) => fact.features.has(key))) return tuning.whoAgentless;
      // "Who replaced Schlaeger?" is not answered by Schlaeger's own words or profile, nor by his
      // organisation's profile listing him among its people: they say what he or it did.
      if (question.deedObject !== null && deedObjectsOwn(index, question.deedObject, fact, profile)) return tuning.whoDeedMissing;
      // "Who else … besides AWS?" is not answered by AWS.
      // "Who replaced Schlaeger at AWS?" asks for someone else than Schlaeger or AWS.
      // "Which firm is Warrilow at?" (an affiliation: the role intent) is answered by his own profile.
      if (profile)
        return question.excluded.includes(fact.about ?? '') ||
          (question.entities.includes(fact.about ?? '') && !question.terms.includes(roleIntent))
          ? tuning.whoNamesNobody
          : tuning.whoProfile;
      for (const id of fact.named)
        if (!question.entities.includes(id) && !question.excluded.includes(id)) return tuning.whoNamesSomeone;
      return tuning.whoNamesNobody;
    }
    // Whether the fact holds a date or an amount at all is the answer-type contract's (rankFacts).
    case 'when':
      return fact.kind === 'event' || fact.kind === 'update' ? tuning.whenEvent : tuning.whenDated;
    case 'howmany':
      return tuning.howManyAmount;
    default: {
      // "Why was CAPSTONE moved off the Virginia pad?" presupposes the plan it was moved from: a
      // fact saying what was meant to happen restates that and gives no cause.
      if (question.type === 'why' && fact.features.has('@plan')) return tuning.whyPlanStated;
      // "Was the Virginia pad finished?" asks what happened or holds: "CAPSTONE was meant to launch from
      // the Virginia pad" says what was to happen, which answers only a question asking about the plan.
      if (question.type === 'yesno' && !question.asksPlan && fact.features.has('@plan')) return tuning.yesNoPlanStated;
      if (question.source !== null) return sourceFit(index, question.source, fact, context);
      // "Is Citrix moving XenServer to KVM too?" asks what Citrix does: a Citrix exec's quote about AWS
      // says what Citrix thinks of AWS, not what Citrix does. Its own words must name them.
      if (
        context.quoteNamesSubject !== null &&
        fact.kind === 'quote' &&
        (fact.about === subject || index.story.personById.get(fact.about ?? '')?.organisation === subject) &&
        !fact.features.has(context.quoteNamesSubject)
      )
        return tuning.subjectNotConcerned;
      // "Whose report did the minutes mention?" asks who owns a report: a fact never naming one answers something else.
      if (question.possessed !== null && !namesPossessed(index, question.possessed, fact)) return tuning.possessedNotNamed;
      // "What's the Register's phone number?" asks about the Register, not about any phone.
      if (question.type === 'what' && question.subject !== null && !fact.entities.has(question.subject))
        return tuning.subjectNotConcerned;
      // "Did Google Cloud ever run on Xen?" asks about the two together: a fact about Xen alone cannot say.
      if (question.type === 'yesno' && question.entities.length > 1 && !question.entities.every((id) => fact.entities.has(id)))
        return tuning.subjectNotConcerned;
      // "Does Google Cloud run on KVM too?" asks what Google does: a fact never naming Google says what another does.
      if (question.type === 'yesno' && question.subject !== null && !fact.entities.has(question.subject))
        return tuning.subjectNotConcerned;
      // Someone else's profile summarises what the story says of them ("Told The Register that
      // Citrix customers had not asked …"); the story's own words on it say more.
      if (profile)
        return fact.about !== subject && !question.terms.includes('i:role') ? tuning.profileOfAnother : tuning.profileOtherwise;
      // Between facts that cover the question alike, the one its subject stands behind ("Xen's plan").
      // … and, for "how is the car supposed to tell …", the one giving a means ("based on measuring …"),
      // and for "besides unlocking it, what …", the one going beyond something ("not just … but …").
      const bySubject =
        (subject !== null && fact.by.includes(subject) ? tuning.bySubject : 1) *
        (question.asksMeans && fact.features.has('@means') ? tuning.meansGiven : 1) *
        (question.asksBeyond && fact.features.has(beyondFeature) ? tuning.beyondGiven : 1);
      if (fact.keyPoint) return tuning.keyPoint * bySubject;
      return (fact.kind === 'claim' || fact.kind === 'quote' ? tuning.claimOrQuote : 1) * bySubject;
    }
  }
}

const futurePatterns = new WeakMap<QaIndex, RegExp>();

/** Whether a fact gives a date (of the kind asked for, if any) after a future auxiliary: "it will launch *in June*". */
function datedInFuture(index: QaIndex, fact: Fact, wants: string | null): boolean {
  let pattern = futurePatterns.get(index);
  if (!pattern) {
    const auxiliaries = index.language.words.futureAuxiliaries.map((w) => escapeRegExp(w).replace(/ /g, '\\s+'));
    pattern = new RegExp(`\\b(?:${auxiliaries.join('|')})\\b`, 'i');
    futurePatterns.set(index, pattern);
  }
  const future = pattern;
  return perFact(index, futureDatesMemo, fact, wants ?? '', (_, key) => {
    const at = fact.answer.search(future);
    const after = at < 0 ? null : fact.answer.slice(at);
    return (
      after !== null &&
      (key !== '' ? index.language.values.valuesIn(after).has(key as ValueKind) : index.language.values.hasDate(after))
    );
  });
}

// Per fact, so bounded by the story's facts: these read the reply text, which is the same for every question.
const futureDatesMemo = new WeakMap<Fact, Map<string, boolean>>();
const stemmedAnswers = new WeakMap<Fact, readonly string[]>();

/** A fact's reply text as the engine stems it, once per fact. */
function answerStems(index: QaIndex, fact: Fact): readonly string[] {
  let stems = stemmedAnswers.get(fact);
  if (!stems) {
    stems = stemmedTokens(index.language, fact.answer, index.language.stemCache);
    stemmedAnswers.set(fact, stems);
  }
  return stems;
}

/** Whether a fact names the noun a "whose" question asks about, by its term or its stem. */
function namesPossessed(index: QaIndex, possessed: NonNullable<Question['possessed']>, fact: Fact): boolean {
  if (possessed.term !== null && fact.terms.has(possessed.term)) return true;
  return answerStems(index, fact).includes(possessed.stem);
}

/** How many words after a number the noun it counts may come: "12 *days*", "billions of *devices*". */
const countWindow = 3;

const countedMemo = new WeakMap<Fact, Map<string, 'number' | 'none' | 'all' | null>>();
const stemmedNumberWords = new WeakMap<QaIndex['language'], ReadonlySet<string>>();
const stemmedUniversalQuantifiers = new WeakMap<QaIndex['language'], ReadonlySet<string>>();

/** A lexicon word list as the stems a fact's words are compared in, once per language. */
function stemmedList(
  cache: WeakMap<QaIndex['language'], ReadonlySet<string>>,
  language: QaIndex['language'],
  list: readonly string[],
): ReadonlySet<string> {
  let found = cache.get(language);
  if (!found) {
    found = new Set(list.flatMap((w) => stemmedTokens(language, w)));
    cache.set(language, found);
  }
  return found;
}

/**
 * How a fact counts the (stemmed) noun: `number` for a number or number word with the noun just
 * after it ("12 *days*"), `none` for a negation just before it ("no queries", "not received any
 * queries"), which says there were none, `all` for a quantifier of the whole ("*all* new instance
 * types"), which says every one; null when it does not count it.
 */
function countOf(index: QaIndex, fact: Fact, noun: string): 'number' | 'none' | 'all' | null {
  return perFact(index, countedMemo, fact, noun, countNow);
}

function countNow(fact: Fact, noun: string, index: QaIndex): 'number' | 'none' | 'all' | null {
  const { language } = index;
  const words = answerStems(index, fact);
  const wholeWords = stemmedList(stemmedUniversalQuantifiers, language, language.words.universalQuantifiers);
  const numberWords = stemmedList(stemmedNumberWords, language, language.words.numberWords);
  const before = (test: (word: string) => boolean) =>
    words.some((word, i) => test(word) && words.slice(i + 1, i + 1 + countWindow).includes(noun));
  // A part of the page counted ("how many related stories"): the fact that is that part, stating a number.
  return noun.startsWith('i:')
    ? fact.features.has(countOfFeature(noun))
      ? 'number'
      : null
    : before((word) => /^\d+(?:[.,]\d+)*$/.test(word) || numberWords.has(word))
      ? 'number'
      : before((word) => language.negations.has(word))
        ? 'none'
        : before((word) => wholeWords.has(word))
          ? 'all'
          : null;
}

/**
 * Whether the question asks of the set a fact's quantifier of the whole counts: "*all new* instance
 * types" counts the new ones, and answers "how many of the *new* instance types", not "how many
 * instance types does EC2 have". Every word between the quantifier and the noun narrows the set; one
 * of them must be asked, unless there is none.
 */
function asksWholeCounted(index: QaIndex, fact: Fact, question: Question, noun: string): boolean {
  const { language } = index;
  const words = answerStems(index, fact);
  const wholeWords = stemmedList(stemmedUniversalQuantifiers, language, language.words.universalQuantifiers);
  return words.some((word, i) => {
    if (!wholeWords.has(word)) return false;
    const at = words.slice(i + 1, i + 1 + countWindow).indexOf(noun);
    if (at < 0) return false;
    // "all new *EC2* instance types": a name there says whose they are, and narrows nothing.
    const narrowing = termsOf(language, words.slice(i + 1, i + 1 + at), false).filter((term) => !term.startsWith('e:'));
    return narrowing.length === 0 || narrowing.some((term) => question.terms.includes(term));
  });
}

const listedMemo = new WeakMap<Fact, Map<string, boolean>>();

/** Punctuation ending a stretch of text in which names may stand in a list (a comma joins them). */
const listBreaks = /[:;.!?“”"()[\]—–]+/;

/**
 * "how many Citrix products had no queries": a fact listing members of the kind counted (the topic's
 * `kinds`: "XenDesktop, XenApp or XenMobile" for "product"; organisations, "Oracle and Amazon", for
 * "companies") counts them by listing them, though it states no number. A list is two or more names
 * side by side or joined by a coordinator; names apart in the sentence ("Schlaeger of AWS … the Xen
 * Project's call") list nothing.
 */
function listsKind(index: QaIndex, fact: Fact, noun: string): boolean {
  return perFact(index, listedMemo, fact, noun, listsKindNow);
}

function listsKindNow(fact: Fact, noun: string, index: QaIndex): boolean {
  const { language } = index;
  const members = (language.kinds.get(noun) ?? []).filter((m) => !m.startsWith('@')).map((m) => m.split(' '));
  const organisations = language.kinds.get(noun)?.includes('@org') ?? false;
  // Within one stretch of text: "The Register: “AWS is …" puts no names side by side.
  return fact.answer.split(listBreaks).some((stretch) => {
    const stems = stemmedTokens(language, stretch, language.stemCache);
    // Where each name of the kind ends, by where it starts.
    const ends = new Map<number, number>();
    stems.forEach((_, i) => {
      const member = members.find((m) => m.every((word, k) => stems[i + k] === word));
      if (member) ends.set(i, i + member.length);
      const named = organisations ? entityNamedAt(language, stems, i) : null;
      if (named && language.entities.get(named.id)?.kind === 'organisation') ends.set(i, i + named.length);
    });
    return [...ends].some(([, end]) => ends.has(language.words.coordinators.includes(stems[end] ?? '') ? end + 1 : end));
  });
}

const variantTermsByIndex = new WeakMap<QaIndex, Map<string, readonly string[]>>();

/**
 * The `@variant:` features that give a version of what a question term names: its own, and for a
 * kind's term ("what version of *the hypervisor*") its members' ("a custom cut of KVM"). Once per term.
 */
function variantTermsOf(index: QaIndex, term: string): readonly string[] {
  let byTerm = variantTermsByIndex.get(index);
  if (!byTerm) {
    byTerm = new Map();
    variantTermsByIndex.set(index, byTerm);
  }
  let found = byTerm.get(term);
  if (!found) {
    const { language } = index;
    const members = term.startsWith('s:') ? (language.kinds.get(term.slice(2)) ?? []) : [];
    const memberTerms = members.filter((m) => !m.startsWith('@')).flatMap((m) => termsOf(language, [m], false));
    found = [term, ...memberTerms].map((t) => `${variantFeature}${t}`);
    byTerm.set(term, found);
  }
  return found;
}

/** The kind of value a question asks for that a fact lacks, if any. */
function missingValueOf(index: QaIndex, question: Question, fact: Fact): MissingName | null {
  // "What is Schlaeger's job title?": a profile without one says who he is with, not what he does
  // ("who does he work for", "which company", ask whom, and it says).
  if (
    fact.kind === 'person' &&
    question.type === 'what' &&
    question.kind === null &&
    question.terms.includes('i:role') &&
    index.story.personById.get(fact.about ?? '')?.title === null
  )
    return 'title';
  // "the name of the LF person who …" wants a person the question did not name.
  if (question.wants === 'person')
    return [...fact.named].some((id) => !question.entities.includes(id) && index.language.entities.get(id)?.kind === 'person')
      ? null
      : 'person';
  const asksWhen = question.type === 'when' || (question.wants !== null && dateValueKinds.has(question.wants));
  // "When will AWS finish moving?" is not answered by the date of something that already happened:
  // only a date the fact gives after a future auxiliary ("it will launch on June 27") is one.
  if (question.future && asksWhen) return datedInFuture(index, fact, question.wants) ? null : 'date';
  // "How many stories …" is not answered by "the two languages": the count must count the noun asked about.
  if (question.counted !== null && (question.wants === 'count' || question.wants === 'exactCount')) {
    // "how many queries did Citrix get": "no queries" counts them, none, with no number; "how many of
    // the new instance types": "all new instance types" counts every one.
    const count = countOf(index, fact, question.counted);
    const counts =
      count === 'none' ||
      (count === 'all' && question.countsShare && asksWholeCounted(index, fact, question, question.counted)) ||
      (count === 'number' && fact.valueKinds.values.has(question.wants)) ||
      (question.wants === 'count' && listsKind(index, fact, question.counted));
    return counts &&
      // "how many teasers mention Tesla" asks about some of them: the count of them all does not answer it.
      (!question.counted.startsWith('i:') || question.terms.every((t) => t === question.counted))
      ? null
      : question.wants;
  }
  // The update's date is when the story learned what it reports, not when that happened: it answers
  // "when was the story updated", not "when did AWS comment to TechTarget".
  // … or when something was added to the story ("when was the TechTarget bit tacked on").
  if (asksWhen && fact.kind === 'update' && !question.terms.includes('i:update') && !question.addsToText)
    return question.wants ?? 'date';
  // A teaser's year is when that story was published: it answers "what year is the Tesla story from",
  // not "which model year Teslas are affected".
  if (asksWhen && fact.kind === 'teaser' && !question.asksArticle) return question.wants ?? 'date';
  // "what version of KVM does AWS use": a version of a thing the question names ("a custom cut of KVM") gives one.
  if (question.asksVariant && question.terms.some((term) => variantTermsOf(index, term).some((t) => fact.features.has(t))))
    return null;
  if (question.wants !== null) return fact.valueKinds.values.has(question.wants) ? null : question.wants;
  if (question.type === 'when') return fact.valueKinds.hasDate ? null : 'date';
  // "where do the attackers put their gadgets": the answer says where, by a preposition of place ("near the phone").
  if (question.type === 'where')
    return answerStems(index, fact).some((w) => index.language.placePrepositions.has(w)) ? null : 'place';
  if (question.type === 'howmany') return fact.valueKinds.hasQuantity ? null : 'amount';
  return null;
}

/** Each fact's sums for the question being ranked, by fact id; one set per index serves every question. */
interface Sums {
  covered: Float64Array;
  topicCovered: Float64Array;
  bm25: Float64Array;
}

const sumsByIndex = new WeakMap<QaIndex, Sums>();

/** The index's sums, zeroed: ranking runs to its end without yielding, so no two questions share them at once. */
function zeroedSums(index: QaIndex): Sums {
  const n = index.facts.length;
  let sums = sumsByIndex.get(index);
  if (!sums) {
    sums = { covered: new Float64Array(n), topicCovered: new Float64Array(n), bm25: new Float64Array(n) };
    sumsByIndex.set(index, sums);
    return sums;
  }
  sums.covered.fill(0);
  sums.topicCovered.fill(0);
  sums.bm25.fill(0);
  return sums;
}

/** Facts holding terms of the sentence before them: a contrast sentence turning from it, a sentence opening with a pronoun. */
interface BorrowingFacts {
  contrasts: readonly { id: number; terms: ReadonlySet<string>; borrowed: ReadonlySet<string> }[];
  referring: readonly { id: number; terms: ReadonlySet<string>; borrowed: ReadonlySet<string> }[];
  qualified: readonly { id: number; terms: ReadonlySet<string>; borrowed: ReadonlySet<string> }[];
  updates: readonly { id: number; terms: ReadonlySet<string>; borrowed: ReadonlySet<string> }[];
}

const borrowingByIndex = new WeakMap<QaIndex, BorrowingFacts>();

/** The facts borrowing terms from the sentence before them, found once per index. */
function borrowingFacts(index: QaIndex): BorrowingFacts {
  let found = borrowingByIndex.get(index);
  if (!found) {
    found = {
      contrasts: index.facts.flatMap(({ id, terms, overturns }) => (overturns ? [{ id, terms, borrowed: overturns }] : [])),
      referring: index.facts.flatMap(({ id, terms, refersBack }) =>
        refersBack ? [{ id, terms, borrowed: refersBack.terms }] : [],
      ),
      // The update is what was added to the story, a part of it.
      updates: index.facts.flatMap(({ id, terms, kind }) =>
        kind === 'update'
          ? [
              {
                id,
                terms,
                borrowed: new Set([
                  ...termsOfList(index.language, index.language.words.additionVerbs),
                  ...termsOf(index.language, [...index.language.textNouns], false),
                ]),
              },
            ]
          : [],
      ),
      // The story qualifies in its own voice.
      qualified: index.facts.flatMap(({ id, terms, qualifiedBy }) =>
        qualifiedBy
          ? [
              {
                id,
                terms,
                borrowed: new Set([
                  ...qualificationTerms(index.language),
                  ...(index.publication ? [entityTerm(index.publication)] : []),
                ]),
              },
            ]
          : [],
      ),
    };
    borrowingByIndex.set(index, found);
  }
  return found;
}

/** Credits each fact with the question's terms it holds only by borrowing them, at `share` of their weight. */
function creditBorrowed(
  facts: BorrowingFacts['contrasts'],
  weighed: readonly { term: string; weight: number; topical: boolean }[],
  share: number,
  covered: Float64Array,
  topicCovered: Float64Array,
): void {
  for (const { id, terms, borrowed } of facts)
    for (const { term, weight, topical } of weighed)
      if (!terms.has(term) && borrowed.has(term)) {
        covered[id] = (covered[id] ?? 0) + weight * share;
        if (topical) topicCovered[id] = (topicCovered[id] ?? 0) + weight * share;
      }
}

/**
 * "what did AWS reply to the Register's email": the story saying it went unanswered says what came
 * back from someone other than the publication, where the fact holds what the question asks beyond
 * the names, and the question names what went unanswered ("coming back to AWS, what did it tell
 * TechTarget" names nothing).
 */
function leftUnanswered(index: QaIndex, question: Question, subject: string, fact: Fact): boolean {
  if (subject === index.publication || fact.kind === 'quote' || !fact.features.has(unansweredFeature)) return false;
  const replying = termsOfList(index.language, index.language.words.unanswered);
  return (
    fact.terms.has(entityTerm(subject)) &&
    question.terms.some((t) => !t.startsWith('e:') && !replying.has(t)) &&
    question.terms.every((t) => t.startsWith('e:') || fact.terms.has(t))
  );
}

/**
 * Facts sharing at least one term with the question, scored. Every fact answering can choose comes
 * first, best first (see {@link orderedForAnswering}); the others follow in story order.
 */
export function rankFacts(index: QaIndex, question: Question): Scored[] {
  if (question.terms.length === 0) return [];
  const n = index.facts.length;
  const { covered, topicCovered, bm25 } = zeroedSums(index);
  const subjectTerm = question.subject ? `e:${question.subject}` : null;
  const aboutSubject = new Set([...question.subjectTerms, ...(subjectTerm ? [subjectTerm] : [])]);
  const qualifying = asksQualification(index, question);
  let total = 0;
  let topicTotal = 0;
  // "how many *companies* …": the noun counted is matched by a fact listing its kind's members, as a kind noun is.
  const counted =
    question.kind === null && question.wants === 'count' && question.counted !== null && !question.counted.startsWith('i:')
      ? question.counted
      : null;
  const kindTerms = new Set(
    question.kind?.terms ??
      (question.kind?.term ? [question.kind.term] : counted ? termsOf(index.language, [counted], false) : []),
  );
  const kindWeights: { term: string; weight: number }[] = [];
  const weighed: { term: string; weight: number; topical: boolean }[] = [];
  // "is this story from 2022?": a figure a yes/no question puts forward is answered by the fact giving
  // the value of that kind ("No: November 22, 2017"), as the kind noun of "which hypervisor" is.
  const figures: { term: string; kind: ValueKind; weight: number; topical: boolean }[] = [];
  for (const term of question.terms) {
    const expanded = term.startsWith('x:');
    const { weight: full, earned } = expanded
      ? expansionWeight(index, question, term)
      : { weight: question.describing.has(term) ? tuning.modifierWeight : termWeight(index, term), earned: 1 };
    const askers = question.askersThings.has(term);
    const w = question.news.has(term)
      ? (full * tuning.newsWeight) / question.news.size
      : askers
        ? full * tuning.askersThingsWeight
        : question.background.has(term)
          ? full * tuning.backgroundWeight
          : full;
    // The asker's own things add to a fact holding them, but a fact lacking them lacks nothing asked.
    if (!askers) total += w;
    // What a subordinate clause says is the circumstance, not what is asked about the subject.
    const topical = !aboutSubject.has(term) && !question.background.has(term) && !askers;
    if (topical) topicTotal += w;
    if (kindTerms.has(term) && !kindWeights.some((k) => k.term === term)) kindWeights.push({ term, weight: w });
    if (!expanded) weighed.push({ term, weight: w, topical });
    const figure = question.type === 'yesno' ? figureKind(term) : null;
    if (figure !== null) figures.push({ term, kind: figure, weight: w, topical });
    const { ids, scores } = expanded ? expansionPostings(index, question, term) : asArrays(index.postings(term));
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      covered[id] = (covered[id] ?? 0) + w * earned;
      if (topical) topicCovered[id] = (topicCovered[id] ?? 0) + w * earned;
      bm25[id] = (bm25[id] ?? 0) + (scores[k] as number);
    }
  }
  // "why didn't CAPSTONE launch from the US pad as planned": the question restates the plan a
  // contrast sentence turns from ("However, delays … pushed the move"), so that sentence holds it.
  if (question.type === 'why' && !question.asksPlan)
    creditBorrowed(borrowingFacts(index).contrasts, weighed, 1, covered, topicCovered);
  // "We're told it will initially focus on …": what the pronoun stands for is the fact's too.
  creditBorrowed(borrowingFacts(index).referring, weighed, tuning.referredShare, covered, topicCovered);
  // "when did they tack the TechTarget bit on": the update is what was added.
  if (question.addsToText) creditBorrowed(borrowingFacts(index).updates, weighed, 1, covered, topicCovered);
  // "how does the Reg hedge the final-nail line": a fact the story qualifies holds the words asking for
  // it, in the publication's voice.
  // Only a fact holding something else the question asks: "what limits does the tesla defence have"
  // asks nothing of the final-nail line.
  if (qualifying)
    creditBorrowed(
      borrowingFacts(index).qualified.filter(({ terms, borrowed }) =>
        weighed.some(({ term }) => !borrowed.has(term) && terms.has(term)),
      ),
      weighed,
      1,
      covered,
      topicCovered,
    );
  let maxRank = 0;
  for (let id = 0; id < n; id++) if ((bm25[id] ?? 0) > maxRank) maxRank = bm25[id] ?? 0;
  // "in the Tesla teaser", "at the end of the update": the part of the page named is partly
  // answered by any fact sitting in it.
  // The kind asked for ("which publication") is matched by a fact naming one, below, not in part.
  const intents = question.terms
    .filter((t) => t.startsWith('i:') && t !== question.kind?.term)
    .map((term) => ({ term, earned: termWeight(index, term) * tuning.partlyShare, topical: !aboutSubject.has(term) }));
  if (intents.length > 0)
    for (let id = 0; id < n; id++) {
      const partly = index.facts[id]?.partly;
      if (!partly || partly.size === 0) continue;
      for (const { term, earned, topical } of intents)
        if (partly.has(term)) {
          covered[id] = (covered[id] ?? 0) + earned;
          if (topical) topicCovered[id] = (topicCovered[id] ?? 0) + earned;
        }
    }
  const onlyEntities = question.terms.every((t) => t.startsWith('e:') || t === 'i:role');
  const context = fitContext(index, question);
  const scored: Scored[] = [];
  for (let id = 0; id < n; id++) {
    let got = covered[id] ?? 0;
    if (got === 0) continue;
    const fact = index.facts[id];
    if (!fact) continue;
    const satisfied = kindSatisfied(index, question, fact);
    const kindMet = counted === null ? satisfied : listsKind(index, fact, counted);
    let topicGot = topicCovered[id] ?? 0;
    // The kind noun ("which hypervisor") counts as matched by a fact naming one, not by the word.
    // … when the fact holds something else the question asks: naming Bluetooth does not make the
    // Tesla teaser an answer to "what wireless protocol does CAPSTONE use".
    if (kindMet && kindWeights.length > 0) {
      let ownKindWeight = 0;
      for (const { term, weight } of kindWeights) if (fact.terms.has(term)) ownKindWeight += weight;
      if (got > ownKindWeight)
        for (const { term, weight } of kindWeights)
          if (!fact.terms.has(term)) {
            got += weight;
            if (!aboutSubject.has(term)) topicGot += weight;
          }
    }
    for (const figure of figures)
      if (!fact.terms.has(figure.term) && fact.valueKinds.values.has(figure.kind)) {
        got += figure.weight;
        if (figure.topical) topicGot += figure.weight;
      }
    const coverage = total > 0 ? got / total : 0;
    const topic = topicTotal > 0 ? topicGot / topicTotal : 1;
    // When and where the story was published answer a question not asking for them only when they
    // hold all of it ("when did the Register publish this"): "what year was KVM released?" is not
    // asking when The Register published.
    const selfUnasked =
      got < total && selfFacts.has(fact.kind) && !question.terms.some((t) => metaIntents[fact.kind]?.includes(t));
    // "who said 'making inroads in …'": the item holding the line word for word, with whose it is, says it.
    const verbatim =
      question.quotedPhrases.length > 0 &&
      (fact.kind === 'quote' || fact.kind === 'template') &&
      holdsVerbatim(index.language, fact, question.quotedPhrases);
    // "what does the Reg say in rebuttal to Cottingham": the story's qualification of his quote is the
    // Reg's word, whoever the quote is.
    const typeFitted = selfUnasked
      ? tuning.selfNotAsked
      : qualifying && fact.qualifiedBy
        ? 1
        : (verbatim
            ? Math.max(1, typeFit(index, question, fact, onlyEntities, context)) * tuning.verbatimQuoted
            : typeFit(index, question, fact, onlyEntities, context)) *
          (fact.isDefault ? tuning.defaultTemplate : 1) *
          (fact.kind === 'quote' && venueAsked(question, fact) ? tuning.venueAsked : 1);
    // The answer-type contract: "when" wants a date, "how many" an amount, "what year" a year,
    // "which instance type" a named one.
    const missingValue = missingValueOf(index, question, fact);
    const fit =
      typeFitted *
      (satisfied ? 1 : tuning.kindUnsatisfied) *
      (missingValue !== null ? tuning.missingValue : question.wants ? tuning.valuePresent : 1);
    const lacking = typeFitted >= tuning.minFit ? (missingValue ?? (satisfied ? null : 'kind')) : null;
    const score =
      coverage * fit +
      tuning.bm25TieBreak * (maxRank > 0 ? (bm25[id] ?? 0) / maxRank : 0) +
      (question.subject !== null && fact.opensWith === question.subject ? tuning.subjectOpensTieBreak : 0);
    scored.push({ fact, coverage, topic, fit, lacking, score });
  }
  return orderedForAnswering(scored);
}

/**
 * Whether the question names the document a quote appeared in, all of its terms and a word besides
 * names ("what did AWS's *earlier posts* call the new hypervisor"): the quote is that document's words.
 */
function venueAsked(question: Question, fact: Fact): boolean {
  const terms = venueTermsOf(fact);
  return terms.length > 0 && terms.some((t) => !t.startsWith('e:')) && terms.every((t) => question.terms.includes(t));
}

const venueTermsByFact = new WeakMap<Fact, readonly string[]>();

/** The terms of the document a quote appeared in, read from its features once per fact. */
function venueTermsOf(fact: Fact): readonly string[] {
  let terms = venueTermsByFact.get(fact);
  if (!terms) {
    terms = [...fact.features].filter((f) => f.startsWith(venueFeature)).map((f) => f.slice(venueFeature.length));
    venueTermsByFact.set(fact, terms);
  }
  return terms;
}

/** Whether a scored fact is on the question's topic: it covers enough of the question, and of what is asked about its subject. */
export function onTopic(scored: Scored): boolean {
  return scored.coverage >= tuning.minCoverage && scored.topic >= tuning.minTopic;
}

/**
 * The scored facts (in story order) as answering reads them: first every fact it can choose, best
 * first, then the rest in story order. It can choose a fact on the topic, or one scoring close enough
 * to the best answer to be shown beside it (`closeCallShare`, `sameSpeakerShare` of the best fact or
 * of any on-topic fact, which may be chosen first). Most facts share only a word or two with the
 * question; leaving them unsorted was a tenth of a question's time.
 */
function orderedForAnswering(scored: Scored[]): Scored[] {
  let best = 0;
  let lowestOnTopic = Number.POSITIVE_INFINITY;
  for (const s of scored) {
    if (s.score > best) best = s.score;
    if (s.score < lowestOnTopic && onTopic(s)) lowestOnTopic = s.score;
  }
  const floor = Math.min(tuning.closeCallShare, tuning.sameSpeakerShare) * Math.min(best, lowestOnTopic);
  const chosen: Scored[] = [];
  const rest: Scored[] = [];
  for (const s of scored) (s.score >= floor || onTopic(s) ? chosen : rest).push(s);
  // Stable: equal scores keep story order.
  chosen.sort((a, b) => b.score - a.score);
  return rest.length === 0 ? chosen : chosen.concat(rest);
}
