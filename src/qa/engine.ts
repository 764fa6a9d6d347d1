import { actorName } from '../render/attribution.js';
import type { Story } from '../story/load.js';
import { type AbstainReason, abstain, abstainWithPartial } from './abstain.js';
import { analyseQuestion, anyUnknown, type Question } from './analyse.js';
import { type Answer, lastParagraph, withoutLastParagraph } from './answer.js';
import { pointsAtWhatCameBefore } from './asides.js';
import { answerBlank } from './blanks.js';
import { getIndex, type QaIndex } from './build.js';
import { type Fact, unknownFeature } from './candidates.js';
import { withChatDigitsRead } from './chat-digits.js';
import { withChatOpenersRead } from './chat-openers.js';
import { comparedParts, contrastedParts } from './comparisons.js';
import { composeAnswer, dedupeSources, render } from './compose.js';
import { turnsFrom } from './continuing.js';
import { echoes, holdsEchoed, quotedPhrase } from './echoes.js';
import { enumeratedKind, namedMembers, renderNamedMembers } from './enumerations.js';
import { boundsFeature } from './extent.js';
import { asksGrounds, saysNotKnown } from './ignorance.js';
import { entityNamedAt, isStoryWord, spelledWords, stemmedTokens } from './language.js';
import { stripMarkup, withoutAddressee } from './markup.js';
import { replyTerms } from './naming.js';
import { answerPlacedSentence } from './placed-sentences.js';
import { answerPriorArticleCount } from './prior-count.js';
import { asksQualification } from './qualifying.js';
import { onTopic, rankFacts, type Scored, termWeight } from './rank.js';
import { statesOf } from './states.js';
import { afterQuestionMarks, standsAt } from './text.js';
import { tuning } from './tuning.js';
import { coarserValues } from './values.js';
import { viewsComparedParts } from './views-compared.js';

/**
 * Thresholds for answering, from how FAQ systems abstain: the best fact must hold most of the
 * question's weighted terms, most of what is asked about the subject, and fit the question's type.
 */
export const abstention = { minCoverage: tuning.minCoverage, minTopic: tuning.minTopic, minFit: tuning.minFit } as const;

/**
 * The fact to give as a partial answer: on the topic, lacking only the value asked for, and,
 * among those, one holding a coarser value (the month, for "what exact date") before the others.
 */
function bestPartial(index: QaIndex, question: Question, ranked: readonly Scored[]): Scored | undefined {
  let best: Scored | undefined;
  let bestHasCoarser = false;
  let bestNounShown = false;
  for (const scored of ranked) {
    if (scored.lacking === null || !onTopic(scored)) continue;
    const coarser = scored.lacking in coarserValues ? coarserValues[scored.lacking as keyof typeof coarserValues] : [];
    // For "when will …", what the story says will happen, undated, before the date of something past.
    const hasCoarser = question.future
      ? !scored.fact.valueKinds.hasDate
      : coarser.some((value) => scored.fact.valueKinds.values.has(value));
    // A coarser value does not make up for covering less of the question: "which exact day did Google
    // announce …" is answered in part by the announcement, not by a teaser's year.
    // "which specific java packages": among facts lacking the kind, one whose own words hold the noun says what the story has of it.
    const nounShown =
      scored.lacking === 'kind' && question.kind?.term != null && replyTerms(index.language, scored.fact).has(question.kind.term);
    if (
      !best ||
      (hasCoarser && !bestHasCoarser && scored.coverage >= best.coverage) ||
      (nounShown && !bestNounShown && scored.coverage >= best.coverage)
    ) {
      bestNounShown = nounShown;
      best = scored;
      bestHasCoarser = hasCoarser;
    }
  }
  return best;
}

/**
 * The question word by which a clause asks what each type of question asks: "what did he tell the
 * Board" is asked by "what", not "why did he …". Yes/no questions ask whether, which a text not
 * knowing what was said does not settle.
 */
const askedBy: Partial<Record<Question['type'], string>> = {
  what: 'what',
  said: 'what',
  list: 'what',
  why: 'why',
  who: 'who',
  when: 'when',
  where: 'where',
  process: 'how',
};

/**
 * A fact on the topic saying the story does not know what is asked ("so we don't know what he
 * told the Board"): the terms asked about the subject are, by weight, mostly in what it says is
 * not known. The question's own phrases of not knowing ("why don't we know …") ask about the not
 * knowing, which the fact answers.
 */
interface NotKnowing {
  facts: ReadonlySet<Fact>;
  /** The terms of what they say is not known, by the question word asking it. */
  terms: ReadonlyMap<string, ReadonlySet<string>>;
}

const notKnowingByIndex = new WeakMap<QaIndex, NotKnowing>();

/** The facts saying something is not known, and their terms: few, so most questions skip the test at once. */
function notKnowing(index: QaIndex): NotKnowing {
  let found = notKnowingByIndex.get(index);
  if (!found) {
    const facts = new Set<Fact>();
    const terms = new Map<string, Set<string>>();
    for (const fact of index.facts)
      for (const feature of fact.features) {
        if (!feature.startsWith(unknownFeature)) continue;
        facts.add(fact);
        const [asks = '', ...term] = feature.slice(unknownFeature.length).split(':');
        terms.set(asks, (terms.get(asks) ?? new Set()).add(term.join(':')));
      }
    found = { facts, terms };
    notKnowingByIndex.set(index, found);
  }
  return found;
}

function notKnown(index: QaIndex, question: Question, text: string, ranked: readonly Scored[]): Scored | undefined {
  const asks = question.whetherKnown ?? askedBy[question.type];
  if (!asks) return undefined;
  // "why is the comment a contradiction", "why does the Reg call it one": the grounds of a label, given
  // with it; not why someone acted, which the story may say it does not know.
  if (
    question.type === 'why' &&
    question.whetherKnown === null &&
    asksGrounds(index.language, spelledWords(index.language, text))
  )
    return undefined;
  const { facts: candidates, terms } = notKnowing(index);
  // "what doesn't the Reg know about AWS": whatever is not known, by any question word.
  const askedWords = asks === anyUnknown ? [...terms.keys()] : [asks];
  const subject = question.subject ? `e:${question.subject}` : null;
  // A word the story never uses ("the actual *content*") is in no clause, and says nothing of where the question points.
  const asked = question.terms.filter(
    (t) => t !== subject && !question.subjectTerms.includes(t) && !question.background.has(t) && index.documentFrequency.has(t),
  );
  const weights = asked.map((t) => termWeight(index, t));
  const total = weights.reduce((a, b) => a + b, 0);
  // The few facts that say something is not known are tested first; the ranking is read only for one that fits.
  const fitting = new Set<Fact>();
  for (const word of askedWords) {
    const unknownTerms = terms.get(word);
    if (!unknownTerms || !question.terms.some((t) => unknownTerms.has(t)) || asked.length === 0) continue;
    const keys = asked.map((term) => `${unknownFeature}${word}:${term}`);
    for (const fact of candidates) {
      let held = 0;
      keys.forEach((key, i) => {
        if (fact.features.has(key)) held += weights[i] ?? 0;
      });
      if (held >= total * tuning.unknownShare) fitting.add(fact);
    }
  }
  if (fitting.size === 0) return undefined;
  const found = ranked.find((scored) => fitting.has(scored.fact) && onTopic(scored));
  // "why don't we know what …" asks about the not knowing, which the fact answers, as a whole.
  return found && (question.whetherKnown !== null || !saysNotKnown(text, index.language.words.ignorance)) ? found : undefined;
}

/** Whether a fact holds a question's term, a paraphrase ("stick around" → remain) counting as the word it stands for. */
function holdsTerm(question: Question, fact: Fact, term: string): boolean {
  return fact.terms.has(term) || (question.expansions.get(term)?.terms.some((t) => fact.terms.has(t)) ?? false);
}

/**
 * Whether a fact holds what a yes/no question asks happened: one of its terms other than names, where
 * it has one. The asker's own things named in asking advice ("should we worry about our xen
 * *workloads*") are no happening.
 */
function holdsHappening(question: Question, fact: Fact): boolean {
  const happening = question.terms.filter((t) => !t.startsWith('e:') && !question.askersThings.has(t));
  return happening.length === 0 || happening.some((term) => holdsTerm(question, fact, term));
}

/**
 * "are they dropping Xen completely", "does AWS still use Xen": a question whether the change is total
 * is answered first by the best fact bounding it that answers the question as any would (on the topic,
 * fitting, holding the happening); what ranks above it follows as the other side.
 */
function withBoundFirst(question: Question, ranked: Scored[]): Scored[] {
  if (!question.extent) return ranked;
  const bound = ranked.find(
    (scored) =>
      scored.fact.features.has(boundsFeature) &&
      onTopic(scored) &&
      scored.fit >= tuning.minFit &&
      holdsHappening(question, scored.fact),
  );
  return bound === undefined || bound === ranked[0] ? ranked : [bound, ...ranked.filter((scored) => scored !== bound)];
}

/** Question types answered by the quote itself: "who said …", "what did X say …". */
const askingForQuote: ReadonlySet<Question['type']> = new Set(['who', 'said', 'speaker', 'recipient']);

/** The ranked facts without quotes that only give back a phrase the question quotes (see `echoes.ts`). */
function withoutEchoes(index: QaIndex, question: Question, ranked: Scored[]): Scored[] {
  if (question.echoed.size === 0 || askingForQuote.has(question.type)) return ranked;
  return ranked.filter((scored) => !echoes(index.language, scored.fact, question.echoed));
}

/** Whether a text opens as a question: with a question word or an auxiliary, or a preposition and a question word ("for how long"). */
function opensQuestion(index: QaIndex, part: string): boolean {
  const [first = '', second = ''] = part.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  // "what's", "who's", "where'd": the question word before a contraction.
  const bare = (word: string) => word.replace(/['\u2019]\p{L}+$/u, '');
  const { interrogatives, yesNoStarts, interrogativePrepositions } = index.language;
  const asks = (word: string) => interrogatives.has(word) || interrogatives.has(bare(word));
  return (
    asks(first) ||
    yesNoStarts.has(first) ||
    yesNoStarts.has(bare(first)) ||
    (interrogativePrepositions.has(first) && asks(second))
  );
}

const wordCount = (part: string) => part.split(/\s+/).filter(Boolean).length;

/**
 * "what did Warrilow say about Xen? also who is Cottingham": questions one after another, each
 * ending at its question mark. Each after the first may open with a word of going on ("also",
 * "btw", "and"), dropped; every one must open as a question and be long enough to be one, so
 * "what? why …" and "…? really?" stay whole.
 */
function followingQuestions(index: QaIndex, text: string): string[] | null {
  const sentences = afterQuestionMarks(text);
  if (sentences.length < 2) return null;
  const parts = sentences.map((sentence, at) => (at === 0 ? sentence : withoutFollowUpOpener(index, sentence)));
  return parts.every((part) => opensQuestion(index, part) && wordCount(part) >= tuning.minQuestionPartWords) ? parts : null;
}

/** A sentence without the longest follow-up opener it starts with, and the punctuation after it. */
function withoutFollowUpOpener(index: QaIndex, sentence: string): string {
  const words = sentence
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[,:;.!-]+$/, ''));
  let longest = 0;
  for (const opener of index.language.followUpOpeners)
    if (opener.length > longest && standsAt(words, 0, opener)) longest = opener.length;
  return longest === 0 ? sentence : sentence.split(/\s+/).slice(longest).join(' ');
}

/**
 * "who addressed the advisory board call *vs* who sent the reg a statement": two questions set against each
 * other by a contrast joiner other than a coordinator ("vs", "versus"), each opening as a question, are each
 * asked, as two joined by "and" are.
 */
function questionsSetAgainst(index: QaIndex, text: string): string[] | null {
  const { comparison, coordinators } = index.language.words;
  const lower = text.toLowerCase();
  for (const joiner of comparison.contrastJoiners) {
    const at = coordinators.includes(joiner) ? -1 : lower.indexOf(` ${joiner} `);
    if (at < 0) continue;
    const parts = [text.slice(0, at).trim(), text.slice(at + joiner.length + 2).trim()];
    if (parts.every((part) => opensQuestion(index, part) && wordCount(part) >= tuning.minQuestionPartWords)) return parts;
  }
  return null;
}

/**
 * "what did the Reg do with the documents, and did AWS have time to ask for a correction": two
 * questions in one message. A question (opening with a question word or an auxiliary) is followed,
 * after a comma or "and", by a second one of four words or more opening the same way.
 */
function questionParts(index: QaIndex, text: string): string[] | null {
  const following = followingQuestions(index, text);
  if (following) return following;
  const contrasted = contrastedParts(index.language.words.comparison, text);
  if (contrasted) return contrasted;
  // "… compare with *what Gartner thinks*": only a question on the other side is a second thing asked of;
  // and a comparison with something the story never names ("how does Azure's hypervisor compare …") is declined whole.
  const compared = comparedParts(index.language.words.comparison, text);
  if (compared && opensQuestion(index, compared[1]) && analyseQuestion(index, text).unknownNames.length === 0) return compared;
  const views = viewsComparedParts(index, text);
  if (views) return views;
  const versus = questionsSetAgainst(index, text);
  if (versus) return versus;
  if (!text.includes(',') && !text.includes(' and ')) return null;
  // "tell me what Gartner and Citrix said": a request holds no second question, but may join two names.
  if (!opensQuestion(index, text.trim())) return coordinatedParts(index, text);
  for (const match of text.matchAll(/(?:,\s*(?:and\s+)?|\s+and\s+)(?=[\p{L}'])/gu)) {
    const first = text.slice(0, match.index).trim();
    const second = text.slice(match.index + match[0].length).trim();
    if (
      wordCount(first) >= tuning.minQuestionPartWords &&
      wordCount(second) >= tuning.minQuestionPartWords + 1 &&
      opensQuestion(index, second)
    )
      return [first, second];
  }
  return coordinatedParts(index, text);
}

/** Most words of a name on either side of a coordinating "and" ("David Cottingham", "Linux Foundation"). */
const maxCoordinatedNameWords = 3;

/**
 * "what did Gartner and Citrix say", "where do Warrilow and Cottingham work": two of the story's people
 * or organisations joined by "and" ask the same question of each. The question is asked once with each
 * name, and answered where both are; a word asking of the two together (`jointWords`: "both") keeps it
 * whole, but in a yes/no question.
 */
function coordinatedParts(index: QaIndex, text: string): string[] | null {
  const { language } = index;
  if (!/\sand\s/i.test(text)) return null;
  // "which company do Bulpin and Cottingham *both* work for" asks about the two together; "are Bulpin
  // and Cottingham *both* at Citrix" asks yes or no of each, which holds of the two where it holds of each.
  const lowered = text.toLowerCase().split(/[^\p{L}']+/u);
  const yesNo = language.yesNoStarts.has(lowered.find((w) => w !== '') ?? '');
  if (!yesNo && lowered.some((w) => language.jointWords.has(w))) return null;
  // Words that are one of the story's names, whole: "David Cottingham", not "did Warrilow".
  const namedOne = (words: readonly string[]) => {
    if (words.length === 0 || words.some((w) => language.stopwords.has(w.toLowerCase()))) return false;
    const stems = stemmedTokens(language, words.join(' '));
    return entityNamedAt(language, stems, 0)?.length === stems.length;
  };
  for (const match of text.matchAll(/\s+and\s+/giu)) {
    const before = text.slice(0, match.index).trim().split(/\s+/);
    const after = text
      .slice(match.index + match[0].length)
      .trim()
      .split(/\s+/);
    const longest = (pick: (k: number) => string[]) =>
      [...Array(maxCoordinatedNameWords).keys()]
        .map((k) => k + 1)
        .filter((k) => namedOne(pick(k)))
        .pop();
    const left = longest((k) => (k <= before.length ? before.slice(-k) : []));
    const right = longest((k) => after.slice(0, k).map((w) => w.replace(/[?!.,]+$/, '')));
    if (left === undefined || right === undefined) continue;
    const head = before.slice(0, -left).join(' ');
    const tail = after.slice(right).join(' ');
    const name = (words: readonly string[]) => [head, ...words, tail].filter(Boolean).join(' ');
    return [name(before.slice(-left)), name(after.slice(0, right))];
  }
  return null;
}

/**
 * "who is Bulpin? what's *his* job": in a question after another, naming no one itself, a personal
 * pronoun stands for whom the question before was about, and is read as that name ("what's James
 * Bulpin job" asks what "what's James Bulpin's job" does).
 */
function withAntecedent(index: QaIndex, part: string, before: string): string {
  const pronouns = index.language.personalPronouns;
  const words = part.split(/(\s+)/);
  const bare = (word: string) => word.toLowerCase().replace(/[?,.!]+$/, '');
  if (!words.some((w) => pronouns.has(bare(w)))) return part;
  if (analyseQuestion(index, part).entities.length > 0) return part;
  const antecedent = analyseQuestion(index, before).subject;
  // Only a person or organisation: a name the story holds for something else ("KVM") is no "he" or "they".
  const { personById, organisationById } = index.story;
  if (antecedent === null || !(personById.has(antecedent) || organisationById.has(antecedent))) return part;
  const name = actorName(index.story, antecedent);
  return words.map((word) => (pronouns.has(bare(word)) ? `${name}${word.slice(bare(word).length)}` : word)).join('');
}

/** Each part answered on its own, where every part is; otherwise null, and the message is answered as one question. */
function answerParts(index: QaIndex, parts: readonly string[]): { whole: Answer | null; answers: Answer[] } {
  // A pronoun in a later part stands for whom the part before asked about, where it names someone,
  // and never for the news.
  const answers = parts.map((part, at) =>
    answerText(index, at === 0 ? part : withAntecedent(index, part, parts[at - 1] ?? ''), at > 0),
  );
  return { whole: answers.every((a) => a.answered) ? joinedAnswers(answers) : null, answers };
}

/**
 * "how long did AWS leave the request unanswered, and what does the Register infer from that": where
 * neither every part nor the message as one question is answered, the parts the story answers are,
 * and the reply ends saying the story does not answer the rest: that it says nothing about a name
 * a part asks about ("… and what does IBM think"), or plainly.
 */
function answeredInPart(answers: readonly Answer[]): Answer | null {
  const answered = answers.filter((a) => a.answered);
  if (answered.length === 0) return null;
  // A part itself answered in part ends with what it leaves: that is said once, last.
  const rests = [
    ...answers.filter((a) => !a.answered).map((a) => ({ reason: a.declined, line: a.answer })),
    ...answered.map((a) => ({ reason: a.unanswered, line: lastParagraph(a.answer) })),
  ];
  const named = rests.find((rest) => rest.reason?.kind === 'unknown-names');
  const rest = named?.reason ? { reason: named.reason, line: named.line } : { reason: noMatch, line: restUnanswered };
  const joined = joinedAnswers(answered.map((a) => (a.unanswered ? { ...a, answer: withoutLastParagraph(a.answer) } : a)));
  return { ...joined, answer: `${joined.answer}\n\n${rest.line}`, unanswered: rest.reason };
}

/** Whether the message names a span of time the story's paragraphs give: "the 12 days". */
function namesSpanOfTime(index: QaIndex, text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  return words.some((word, i) => {
    const unit = words[i + 1] ?? '';
    if (!/^\d+$/.test(word) || !index.language.words.timeUnits.includes(unit)) return false;
    const span = new RegExp(`\\b${word}\\s+${unit}\\b`, 'i');
    return index.story.paragraphs.some((paragraph) => span.test(paragraph.text));
  });
}

/** Said after the parts of a message the story answers, for the parts it does not. */
const restUnanswered = "The story doesn't answer the rest of the question.";
const noMatch: AbstainReason = { kind: 'no-match' };

function joinedAnswers(answers: readonly Answer[]): Answer {
  // A block an earlier part already shows (Cottingham's quote, asked about twice) is shown once.
  const shown: string[] = [];
  for (const answer of answers)
    for (const block of answer.answer.split('\n\n')) {
      const said = block.replace(/^> /gm, '').trim();
      if (!shown.some((earlier) => earlier.replace(/^> /gm, '').includes(said))) shown.push(block);
    }
  return {
    answered: true,
    answer: shown.join('\n\n'),
    sources: dedupeSources(answers.flatMap((a) => a.sources)),
    suggestions: [],
  };
}

/**
 * Answers a free-text question from the story's structured data, citing paragraphs and speakers,
 * or abstains ("The story doesn't say ...") with three questions it can answer. When the story
 * holds the thing asked about but not the value asked for (a year, a price, which instance type),
 * it abstains with a partial answer: what is missing and what the story does say. Never throws
 * for any string.
 */
export function answerQuestion(story: Story, question: string): Answer {
  return answerFrom(getIndex(story), question);
}

const storyWord = (index: QaIndex) => (word: string) => isStoryWord(index.language, word);
const pointerWord = (index: QaIndex) => (word: string) => pointsAtWhatCameBefore(index.language, word);

/**
 * {@link answerQuestion} with a given index of the story (one read from a file, one built with a test
 * lexicon).
 */
export function answerFrom(index: QaIndex, question: string): Answer {
  // "the cloud ____": a blank the story's own words around it fill; markup would read its underscores.
  const filled = typeof question === 'string' ? answerBlank(index, withinLength(question, tuning.maxQuestionLength)) : null;
  if (filled) return filled;
  const text =
    typeof question === 'string'
      ? withChatOpenersRead(
          index.language,
          withChatDigitsRead(
            index,
            withoutAddressee(stripMarkup(withinLength(question, tuning.maxQuestionLength)), storyWord(index), pointerWord(index)),
          ),
        )
      : '';
  return answerText(index, text, false);
}

/**
 * A message cut to `max` characters, so one long paste costs no more than a question. Where the
 * question comes last, after a long story of the asker's ("So I've been running a mixed fleet … Anyway,
 * who from AWS spoke on the call?"), the whole sentences that end the message are kept, not its opening.
 */
function withinLength(message: string, max: number): string {
  if (message.length <= max) return message;
  const head = message.slice(0, max);
  const asked = message.lastIndexOf('?');
  if (asked < max) return head;
  const sentenceStarts = [...message.matchAll(/(?<=[.!?:;])\s+(?=\S)/g)].map((m) => (m.index ?? 0) + m[0].length);
  const from = sentenceStarts.find((start) => message.length - start <= max && start <= asked);
  return from === undefined ? head : message.slice(from);
}

/**
 * A message without markup, its chat digits read, answered whole or in its parts; `following` for a
 * later part of a question asking several things. A part is read as it stands in the message: "type 2"
 * stays a number in "a type 1 or type 2 hypervisor" when the part is "type 2 hypervisor".
 */
function answerText(index: QaIndex, text: string, following: boolean): Answer {
  const parts = questionParts(index, text);
  const partly = parts ? answerParts(index, parts) : null;
  if (partly?.whole) return partly.whole;
  const whole = answerWhole(index, text, following);
  // "what version of KVM is it, like which release": the message declined with what the story does
  // say knows what is missing; a part answered alone would give something else.
  if (whole.answered || whole.partial || partly === null) return whole;
  return answeredInPart(partly.answers) ?? whole;
}

/**
 * "whats his job title exactly", "what did she say": a person pointed at by a pronoun, where the
 * message names no one and asks nothing else of the story, is someone from a message before this one,
 * which the bot does not see. Any person's answer would be a guess.
 */
function asksOfUnnamedPerson(index: QaIndex, analysed: Question, text: string): boolean {
  if (analysed.entities.length > 0 || !analysed.terms.every((term) => term.startsWith('i:'))) return false;
  return spelledWords(index.language, text).some((word) => index.language.personOnlyPronouns.has(word));
}

/** The message answered as one question. */
function answerWhole(index: QaIndex, text: string, following: boolean): Answer {
  // "name all the companies mentioned": no one fact holds the list; the story's data does.
  const enumerated = enumeratedKind(index.language, text);
  const named = enumerated && namedMembers(index, enumerated);
  if (named)
    return { answered: true, answer: renderNamedMembers(index.language, named), sources: named.sources, suggestions: [] };
  const analysed = analyseQuestion(index, text, following);
  if (analysed.unknownNames.length > 0) return abstain(index, analysed, { kind: 'unknown-names', names: analysed.unknownNames });
  if (asksOfUnnamedPerson(index, analysed, text)) return abstain(index, analysed, { kind: 'no-match' });
  // "how many stories had the Reg run on this before": the earlier ones the story mentions, counted.
  const priorCount = answerPriorArticleCount(index, text, analysed);
  if (priorCount) return priorCount;
  // "Bulpin's closing line": one sentence of someone's words, by its place.
  const placed = answerPlacedSentence(index, text, analysed);
  if (placed) return placed.partial ? abstainWithPartial(index, analysed, placed.partial) : placed;
  // Bare numbers ("2+2") match names like "Launch Complex 2" but ask nothing about the story; a
  // span of time ("why bring up the 12 days") is a figure the story gives.
  if (analysed.terms.every((t) => /^\d+(?:\.\d+)?$/.test(t)) && !namesSpanOfTime(index, text))
    return abstain(index, analysed, { kind: text.trim() ? 'no-match' : 'empty' });
  const found = withoutEchoes(index, analysed, rankFacts(index, analysed));
  // "is KVM dead": only a fact saying the state of the subject, not of another thing beside it.
  const { state } = analysed;
  const stated =
    state === null
      ? undefined
      : found.find((scored) => onTopic(scored) && scored.fit >= tuning.minFit && statesOf(index.language, state, scored.fact));
  if (state !== null && stated === undefined) return abstain(index, analysed, { kind: 'no-match' });
  const ranked = withBoundFirst(
    analysed,
    stated === undefined || stated === found[0] ? found : [stated, ...found.filter((scored) => scored !== stated)],
  );
  // "is Oracle still sticking with Xen": only a fact in which Oracle itself turns from it says.
  const { keptOn } = analysed;
  if (keptOn !== null) {
    // "did Bulpin say AWS will stay on Xen": the source's own statements only, as ranking fits them.
    const turned = ranked.find(
      (scored) => turnsFrom(index, keptOn, scored.fact) && (analysed.source === null || scored.fit >= tuning.minFit),
    );
    if (!turned) return abstain(index, analysed, { kind: 'no-match' });
    // "will AWS *still* support Xen": what bounds the turn comes before it, where a fact bounds it.
    const bound = analysed.extent && ranked[0]?.fact.features.has(boundsFeature) ? ranked[0] : undefined;
    const first = bound && bound !== turned ? [bound, turned] : [turned];
    return composeAnswer(index, analysed, [...first, ...ranked.filter((scored) => !first.includes(scored))]);
  }
  // The story saying it does not know what is asked is what it says, not whatever else it holds.
  const unknown = notKnown(index, analysed, text, ranked);
  const best = ranked[0];
  // "Do we know what he told the Board?" is answered by the text saying it is not known.
  if (unknown && analysed.whetherKnown !== null)
    return composeAnswer(index, analysed, [unknown, ...ranked.filter((scored) => scored !== unknown)]);
  if (unknown) {
    // What the story does hold on it comes after ("explained … “what is true and what isn't”").
    const held = ranked.find((scored) => scored !== unknown && onTopic(scored) && scored.fit >= tuning.minFit);
    const parts = [unknown, ...(held ? [held] : [])].map((scored) => render(index, analysed, scored.fact));
    return abstainWithPartial(index, analysed, {
      answer: parts.map((p) => p.text).join('\n\n'),
      sources: dedupeSources(parts.flatMap((p) => p.sources)),
    });
  }
  // "What is a hypervisor?": the story uses the term without saying what it means.
  if (analysed.defines !== null) {
    const missing = index.language.missing.definition.replace('{kind}', `“${analysed.defines}”`);
    if (!best || !onTopic(best) || best.fit < tuning.minFit) return abstain(index, analysed, { kind: 'no-match' });
    const { text: says, sources } = render(index, analysed, best.fact);
    return abstainWithPartial(index, analysed, { answer: `${missing} What it does say: ${says}`, sources });
  }
  if (!best || !onTopic(best) || best.fit < tuning.minFit) {
    const partial = bestPartial(index, analysed, ranked);
    if (!partial?.lacking) return abstain(index, analysed, { kind: 'no-match' });
    const missing = index.language.missing[partial.lacking].replace('{kind}', analysed.kind?.noun ?? '');
    const { text: says, sources } = render(index, analysed, partial.fact);
    return abstainWithPartial(index, analysed, { answer: `${missing} What it does say: ${says}`, sources });
  }
  // "what are the 'unequivocal statements' …": the sentence using the phrase does not say what it is.
  if (analysed.asksEchoed && holdsEchoed(best.fact, analysed.echoed)) {
    const phrase = `“${quotedPhrase(text)}”`;
    const missing = index.language.missing.definition.replace('{kind}', phrase);
    const { text: says, sources } = render(index, analysed, best.fact);
    return abstainWithPartial(index, analysed, { answer: `${missing} What it does say: ${says}`, sources });
  }
  // "Did Tesla respond to NCC Group?": a yes/no question asks whether something happened. A fact
  // naming the same people but not the happening cannot say yes or no.
  // "does the Reg hedge the Gartner quote": the story's qualification after the quote is the hedging.
  const qualified = best.fact.qualifiedBy !== undefined && asksQualification(index, analysed);
  if (analysed.type === 'yesno' && !qualified && !holdsHappening(analysed, best.fact))
    return abstain(index, analysed, { kind: 'no-match' });
  // "were the minutes leaked or public": the answer is one of the two, so a fact holding neither says nothing on it.
  if (analysed.alternatives.length > 0 && !analysed.alternatives.some((term) => holdsTerm(analysed, best.fact, term)))
    return abstain(index, analysed, { kind: 'no-match' });
  // A fact saying the story lacks something ("no byline") declines, and is itself what the story says.
  if (best.fact.absence) return abstainWithPartial(index, analysed, { answer: best.fact.answer, sources: best.fact.sources });
  const composed = composeAnswer(index, analysed, ranked);
  // "should I worry about my Xen VMs": the story advises nobody; what it says on the rest is said as that.
  return analysed.advice && composed.answered
    ? { ...composed, answer: `${index.language.words.advice.reply} ${composed.answer}` }
    : composed;
}
