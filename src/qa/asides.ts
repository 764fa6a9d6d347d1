/**
 * What a message says beside its question: sentences after it ("I need it for my piece."), sentences and clauses
 * about the asker ("I am a student.", "need it for a citation"), dropped before analysis.
 */
import { hearsayClaimAt } from './hearsay.js';
import { isStoryWord, type Language, spelledWords, stemOfWord, typedTermsOf } from './language.js';
import { afterQuestionMarks, alternationOf, escapeRegExp, normalise, straightQuotes, tokenise } from './text.js';
import { tuning } from './tuning.js';

/**
 * "What is Warrilow's title? I need it for my piece.", "Which three? Please list them all.": sentences
 * after a message's last question (two words or more, ending in a full stop or an exclamation mark)
 * say how to answer or why it is asked, not what, and are dropped. Sentences before it may set up
 * what it asks ("The article says AWS had plenty of time. How much …?") and stay, unless they are
 * remarks (`withoutRemarksBeside`).
 */
export function withoutAfterthoughts(language: Language, message: string): string {
  return withoutRemarksBeside(language, withoutGuesses(language, withoutRemarkAfterQuestion(language, message)));
}

/** Most words of a guess after a question: "mars?", "'clear'? something stronger?". */
const maxGuessWords = 3;

/**
 * "where's capstone actually headed? *mars?*", "what adjective does the reg use? *'clear'? something
 * stronger?*": short fragments after a question, each with its own question mark, that open no question,
 * join nothing to it ("and citrix?") and name none of the story's names are the asker's guesses at the
 * answer, which the answer settles; the question is asked alone.
 */
function withoutGuesses(language: Language, message: string): string {
  const sentences = afterQuestionMarks(message.trimEnd());
  const [question, ...guesses] = sentences;
  if (question === undefined || guesses.length === 0 || !opensQuestion(language, spelledWords(language, question)))
    return message;
  const guess = (fragment: string) => {
    const words = spelledWords(language, fragment);
    return (
      fragment.endsWith('?') &&
      words.length > 0 &&
      words.length <= maxGuessWords &&
      !opensQuestion(language, words) &&
      !language.words.coordinators.includes(words[0] ?? '') &&
      !namesStoryEntity(language, fragment)
    );
  };
  return guesses.every(guess) ? question : message;
}

function withoutRemarkAfterQuestion(language: Language, message: string): string {
  const end = message.lastIndexOf('?');
  if (end < 0) return message;
  const rest = message.slice(end + 1);
  // Most messages end at their question mark: no sentence to split (a split by pattern is not cheap).
  if (rest.trim() === '') return message.slice(0, end + 1);
  const after = rest.split(/(?<=[.!])\s+/);
  const statement = (sentence: string) => /[.!]\s*$/.test(sentence) && sentence.trim().split(/\s+/).length >= 2;
  if (after.every((sentence) => !sentence.trim() || statement(sentence))) return message.slice(0, end + 1);
  return isRemark(language, { text: rest, words: spelledWords(language, rest) }) || isAside(language, rest)
    ? message.slice(0, end + 1)
    : message;
}

/**
 * "what year is this from? *feels ancient*", "which company does bulpin work for? *tryna figure out if
 * he's biased lol*": words after the last question mark that ask nothing and use none of the story's
 * words or names remark on the question; "…? *type 1 vs type 2*" and "…? *in the reg or elsewhere*" use
 * the story's words and may say what is asked.
 */
function isRemark(language: Language, sentence: Sentence): boolean {
  const { text, words } = sentence;
  // "…? *wanna see where it goes*": a question word after the asker's wanting opens what they want to
  // find out for themselves, and asks the bot nothing.
  const wanting = !text.includes('?') && language.wantingOpeners.has(words[0] ?? '');
  if (words.length === 0 || (!wanting && asks(language, sentence))) return false;
  // "…? want to see where *it* goes before I share it": what the asker will do with the thing asked for
  // may use the story's words ("share") without asking for them.
  if (wanting && asksOnlyAfterIt(language, words)) return !namesStoryEntity(language, text);
  // "saw this on hn": a word whose stem is a stopword ("saw" → "see") says no more than the stopword.
  const meaningful = (w: string) => !language.stopwords.has(w) && !language.stopwords.has(stemOfWord(language, w));
  if (words.some((w) => meaningful(w) && storyUsesWordOrStem(language, w))) return false;
  return !namesStoryEntity(language, text);
}

const remarkBoundaries = new WeakMap<Language, RegExp>();

/** Where a message's sentences end: a full stop or exclamation marks before a space, or chat's laughter. */
function remarkBoundary(language: Language): RegExp {
  let pattern = remarkBoundaries.get(language);
  if (!pattern) {
    const laughter = `(?<![\\p{L}'])(?:${alternationOf(language.words.laughter)})(?![\\p{L}'])`;
    pattern = new RegExp(`(?<=[.!])\\s+|\\s*${laughter}[\\s.!,]*`, 'giu');
    remarkBoundaries.set(language, pattern);
  }
  return pattern;
}

/**
 * "*wow!* who is warrilow", "*saw this on hn* lol gartner guy quote?", "wait what year is this from lol
 * *feels old*": a sentence beside the question (ended by a full stop, exclamation marks or chat's
 * laughter, which ends a sentence as a full stop does) that asks nothing and uses none of the story's
 * words or names (a remark: see `isRemark`) is dropped. A question pointing back ("what did *they*
 * say") keeps the sentences before it, which may hold what it points at; "what did gartner say lol
 * about xen" keeps its "about xen".
 */
function withoutRemarksBeside(language: Language, message: string): string {
  const boundary = remarkBoundary(language);
  boundary.lastIndex = 0;
  // Most messages are one sentence: nothing to split.
  if (!boundary.test(message)) return message;
  const parts = partsOf(language, message, boundary);
  const asking = parts.findIndex((part) => asks(language, part));
  if (asking < 0 || parts.length < 2) return message;
  const lastAsking = parts.findLastIndex((part) => asks(language, part));
  const pointing = pointsBack(language, parts[asking]?.words ?? []);
  const kept = parts.filter((part, i) => {
    if (i >= asking && i <= lastAsking) return true;
    if (i < asking && pointing) return true;
    return !isRemark(language, part);
  });
  return kept.length === parts.length ? message : kept.map((part) => part.text.trim()).join(' ');
}

/**
 * "what year is this story from? *need it for a citation*", "*I'm writing a follow-up for our
 * newsletter and want to get this right*: in the November update, what …": a clause about the asker
 * (its subject the asker or none, its verb one of wanting, needing or the asker's own work: the
 * lexicon's `askerAsides`; or "for my …") says why the question is asked, not what, and is dropped.
 * Such a clause holds no question word and names nothing of the story ("I want to know about
 * Warrilow, …" keeps Warrilow), and something else in the message must still ask.
 */
const clauseBoundary = /([,:;()]|\s[-\u2013\u2014]+\s|[.?!]+(?=\s|$))/;

const asidePatterns = new WeakMap<Language, RegExp>();

/** Any asker verb, or a purpose preposition before a first-person word: to skip the split in most questions. */
function asidePattern(language: Language): RegExp {
  let pattern = asidePatterns.get(language);
  if (!pattern) {
    pattern = new RegExp(
      `\\b(?:${alternationOf(language.askerVerbs)})\\b|\\b(?:${alternationOf(language.purposePrepositions)})\\s+(?:${alternationOf(language.words.firstPersonSingular)})\\b|\\b(?:${alternationOf(language.words.advice.askerSubjects)})\\b\\S*(?:\\s+(?:${alternationOf(language.copulas)}))?\\s+(?:${alternationOf(language.words.futureAuxiliaries)})\\b`,
      'i',
    );
    asidePatterns.set(language, pattern);
  }
  return pattern;
}

export function withoutAsides(language: Language, message: string): string {
  return withoutAsideClauses(
    language,
    withoutTrailingPurpose(
      language,
      withoutAskerUse(
        language,
        withoutRestatements(language, withoutPerspective(language, withoutChannelReferences(language, message))),
      ),
    ),
  );
}

/**
 * "one line summary pls, *for #news*", "paste it *in the #cars channel*", "summarise the update *for the
 * news channel*": the channel the asker will post the answer in is no part of what is asked.
 */
function withoutChannelReferences(language: Language, message: string): string {
  const named = message.includes('#') ? withoutOtherHashNames(language, message.replace(language.channelReference, '')) : message;
  return named.replace(language.plainChannelReference, '');
}

const hashName = /(\s+[\p{L}]+)?\s*#([\p{L}\p{N}_-]+)/gu;

/**
 * "need the headline ready *for #announcements* pls", "ppl *in #general* are acting like …": after a
 * preposition, a "#" name the story never uses as a hashtag names the asker's channel, wherever the
 * clause goes on. "what does #zzyzx mean" asks about the name, and stays.
 */
function withoutOtherHashNames(language: Language, message: string): string {
  return message.replace(hashName, (whole, before: string | undefined, name: string) => {
    if (before === undefined || isStoryWord(language, `#${name.toLowerCase()}`)) return whole;
    return language.channelPrepositions.has(before.trim().toLowerCase()) ? ' ' : whole;
  });
}

/**
 * "*from an investor's point of view*, what does Gartner think this means": whose viewpoint the asker
 * takes is no part of what is asked. Kept where it names one of the story's names ("from Gartner's
 * perspective, is Xen dead" asks Gartner's view) or where nothing is left to ask.
 */
function withoutPerspective(language: Language, message: string): string {
  if (!/\bfrom\b/i.test(message)) return message;
  const rest = message.replace(language.perspectivePhrase, (phrase, whose: string) =>
    namesStoryEntity(language, whose) ? phrase : ' ',
  );
  return rest !== message && rest.trim().split(/\s+/).length >= 2 ? rest.trim() : message;
}

const askerUsePatterns = new WeakMap<Language, RegExp>();

/** Most words after the modal of a clause saying what the asker will do: "so I can *share it with my team*". */
const maxAskerUseWords = 5;

/**
 * "what's the link to the story *so I can share it*", "what's the short version *I can paste*": a
 * clause ending the message, the asker (or the asker's side) and a modal, says what the asker will do
 * with the answer, not what is asked; it is dropped where it names none of the story's names and a
 * question or a request is left. Without "so" or "that", it must follow a noun ("is there anything I
 * can do" asks the clause).
 */
function withoutAskerUse(language: Language, message: string): string {
  // Most messages hold no modal: nothing to look for (the pattern is not cheap).
  const lower = message.toLowerCase();
  if (![...language.askerPurposes.modals].some((modal) => lower.includes(modal))) return message;
  let pattern = askerUsePatterns.get(language);
  if (!pattern) {
    const { connectives, handing, modals } = language.askerPurposes;
    // "… *so Dana can read it out*", "… *so the team can see it*": after "so", whoever the asker hands the
    // answer to, in a word or two, is the asker's side too.
    const handedTo = handing.length > 0 ? `|(${alternationOf(handing)})\\s+[\\p{L}'\u2019-]+(?:\\s+[\\p{L}'\u2019-]+)?` : '';
    pattern = new RegExp(
      `[\\s,]+(?:(?:(${alternationOf(connectives)})\\s+)?(?:${alternationOf(askerWords(language))})${handedTo})\\s+(?:${alternationOf(modals)})(?:\\s+[\\p{L}'\u2019-]+){1,${maxAskerUseWords}}[\\s?.!]*$`,
      'iu',
    );
    askerUsePatterns.set(language, pattern);
  }
  const match = pattern.exec(message);
  if (!match || typedTermsOf(language, match[0]).some((t) => t.startsWith('e:'))) return message;
  // "isn't aws dumping xen *so it can* push its own chips": a pronoun there stands for what the question names.
  if (match[2] !== undefined && handedToPronoun(language, spelledWords(language, match[0]))) return message;
  const rest = message.slice(0, match.index);
  // "*whats* the title so i can pin it": slang spellings of question words ask too.
  const tokens = spelledWords(language, rest);
  // "is there anything I can do": without "so" or "that", the clause must follow a noun it describes.
  if (match[1] === undefined && match[2] === undefined && language.stopwords.has(tokens[tokens.length - 1] ?? '')) return message;
  // "give me the template so we can post it": a request asks too.
  const asking = asks(language, { text: rest, words: tokens }) || language.requests.verbs.has(tokens[0] ?? '');
  return asking && tokens.length >= 2 ? `${rest}?` : message;
}

/** Whether the subject between a handing connective and the modal of an asker-use clause is a pronoun. */
function handedToPronoun(language: Language, words: readonly string[]): boolean {
  const modal = words.findIndex((w) => language.askerPurposes.modals.has(w));
  return words.slice(0, modal < 0 ? words.length : modal).some((w) => language.anaphors.has(w));
}

const restatementPatterns = new WeakMap<Language, RegExp>();

/**
 * "what is the article's standfirst*, that is, the line beneath the headline*?", "the update (*i.e. the
 * bit at the end*)": a restatement after a comma or in brackets names again what was just named, in
 * other words, which would be searched as more things asked for; it is dropped up to the end of its clause.
 */
function withoutRestatements(language: Language, message: string): string {
  let pattern = restatementPatterns.get(language);
  if (!pattern) {
    const markers = language.restatementMarkers.map((m) => escapeRegExp(m).replace(/\\.$/, '\\.?')).join('|') || '(?!)';
    const marker = `(?:${markers})(?![\\p{L}\\p{N}])`;
    pattern = new RegExp(`,\\s*${marker}\\s*,?.*?(?=[,;:?!()]|\\.(?:\\s|$)|$)|\\(\\s*${marker}[^()]*\\)`, 'giu');
    restatementPatterns.set(language, pattern);
  }
  return message.replace(pattern, '');
}

function withoutAsideClauses(language: Language, message: string): string {
  if (!asidePattern(language).test(message)) return message;
  const pieces = message.split(clauseBoundary);
  let dropped = false;
  const kept: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const clause = pieces[i] ?? '';
    const delimiter = pieces[i + 1] ?? '';
    if (isAside(language, clause)) {
      dropped = true;
      continue;
    }
    kept.push(clause, delimiter);
  }
  if (!dropped) return message;
  const rest = kept.join('').replace(/^[\s,:;)]+/, '');
  const tokens = tokenise(normalise(rest, language.contractions));
  const left = { text: rest, words: tokens };
  // "drop the short link from the template, i wanna see where it goes": a request asks as a question does.
  return asksOrRequests(language, left) && tokens.length >= 2 ? rest : message;
}

/**
 * "wanna see where *it* goes", "i want to check what *that* says": every question word in the asker's
 * wanting opens a question about the thing the message asks for, pointed at by a pronoun, which the
 * asker will find out once answered.
 */
function asksOnlyAfterIt(language: Language, words: readonly string[]): boolean {
  const asking = words.flatMap((w, i) => (language.interrogatives.has(w) ? [i] : []));
  return asking.length > 0 && asking.every((i) => language.pointingSubjects.has(words[i + 1] ?? ''));
}

/** Most words after "for my" in a purpose ending the message: "for my *boss*", "for our *team meeting*". */
const maxPurposeWords = 2;

/** After the message's last comma a purpose may hold a word more: "…, for the weekly newsletter roundup". */
const maxPurposeWordsAfterComma = 3;

/**
 * Where a purpose phrase ending the message may start, nearest the end first: a purpose preposition,
 * then a word `opens` accepts ("my", "a"), then one or two words.
 */
function purposeStarts(language: Language, words: readonly string[], opens: (word: string) => boolean): number[] {
  const starts: number[] = [];
  for (let count = 1; count <= maxPurposeWords; count++) {
    const at = words.length - count - 2;
    if (language.purposePrepositions.has(words[at]?.toLowerCase() ?? '') && opens(words[at + 1]?.toLowerCase() ?? ''))
      starts.push(at);
  }
  return starts;
}

/** The message's words before `at`, without the punctuation that joined them to what followed. */
function wordsBefore(words: readonly string[], at: number): string {
  return words
    .slice(0, at)
    .join(' ')
    .replace(/[\s,;:-]+$/, '');
}

/**
 * "give me a summary *for my boss*", "the date pls, for our notes": a purpose preposition, a
 * first-person possessive and a word or two ending the message say why the asker asks, not what;
 * they are dropped where they name none of the story's names and a question other than a yes/no one
 * is left ("is KVM good for my servers" keeps the asker's stake, which advice reads).
 */
function withoutTrailingPurpose(language: Language, message: string): string {
  const bracketed = withoutBracketedPurpose(language, message);
  if (bracketed !== message) return bracketed;
  const purposeless = withoutPurposeAfterComma(language, message);
  if (purposeless !== message) return purposeless;
  const forThing = withoutPurposeEnding(language, message);
  if (forThing !== message) return forThing;
  const words = message.trimEnd().split(/\s+/);
  for (const at of purposeStarts(language, words, (w) => speaksOfAsker(language, w))) {
    const purpose = words.slice(at + 2).join(' ');
    if (typedTermsOf(language, purpose).some((t) => t.startsWith('e:'))) return message;
    const rest = wordsBefore(words, at);
    const tokens = tokenise(normalise(rest, language.contractions));
    // "is KVM good for my servers": a yes/no question's "for my …" is the asker's stake, which advice reads.
    return tokens.length > 0 && !language.yesNoStarts.has(tokens[0] ?? '') ? rest : message;
  }
  return message;
}

/** Brackets closing a message: "… *(for the newbies)*?". */
const closingBrackets = /\s*\(([^()]*)\)([\s?.!]*)$/;

/**
 * "whats BLE stand for in the tesla teaser *(for the newbies)*": a purpose in brackets closing the
 * message is read as one after a comma, and goes where that would; "(per the minutes)" is no purpose
 * and stays.
 */
function withoutBracketedPurpose(language: Language, message: string): string {
  const closing = closingBrackets.exec(message);
  if (!closing) return message;
  const inside = closing[1] ?? '';
  if (!language.purposePrepositions.has(spelledWords(language, inside)[0] ?? '')) return message;
  const before = message.slice(0, closing.index);
  const unbracketed = `${before}, ${inside}${closing[2] ?? ''}`;
  const purposeless = withoutTrailingPurpose(language, unbracketed);
  return purposeless !== unbracketed && purposeless.startsWith(before) ? purposeless : message;
}

/**
 * "gimme bulpin's closing quote *for a quote card*", "the LF statement in one line *for the pinned
 * msg*": a purpose preposition, an article and a word or two ending the message, the last of them a
 * thing the story never speaks of, say what the answer is for. Dropped after a noun (not a verb: "what
 * does he do for a living") where more than a word is left and it is no yes/no question; "what did aws
 * pick for the new instances" ends on the story's word.
 */
function withoutPurposeEnding(language: Language, message: string): string {
  const trimmed = message.replace(/[\s?.!]+$/, '');
  const words = trimmed.split(/\s+/);
  const isArticle = (w: string) => language.indefiniteArticles.has(w) || language.articleDeterminers.has(w);
  for (const at of purposeStarts(language, words, isArticle)) {
    const purpose = words.slice(at + 2);
    const head = spelledWords(language, purpose[purpose.length - 1] ?? '');
    if (head.length !== 1 || head.some((w) => language.stopwords.has(w) || storyUsesWordOrStem(language, w))) continue;
    if (typedTermsOf(language, purpose.join(' ')).some((t) => t.startsWith('e:'))) return message;
    const rest = wordsBefore(words, at);
    const tokens = spelledWords(language, rest);
    // "what does he do *for a living*": after a verb the phrase is the verb's, and stays.
    const last = tokens[tokens.length - 1] ?? '';
    const named =
      !language.stopwords.has(last) ||
      language.speechActs.nounWords.has(last) ||
      language.words.sentenceNouns.singular.includes(last);
    return language.yesNoStarts.has(tokens[0] ?? '') || tokens.length < 2 || !named ? message : rest;
  }
  return message;
}

/**
 * "Bulpin's title at Citrix*, for the caption*?", "his job title exactly*, for attribution*": after the
 * message's last comma, a purpose preposition and a word or two (after an article or none) the story
 * never uses say what the answer is for, and are dropped; "…, for new instance types" uses the story's
 * words and narrows the question.
 */
function withoutPurposeAfterComma(language: Language, message: string): string {
  const comma = message.lastIndexOf(',');
  if (comma < 0) return message;
  const tokens = spelledWords(language, message.slice(comma + 1));
  const [preposition = '', ...purpose] = tokens;
  if (!language.purposePrepositions.has(preposition)) return message;
  const nouns =
    language.indefiniteArticles.has(purpose[0] ?? '') || language.articleDeterminers.has(purpose[0] ?? '')
      ? purpose.slice(1)
      : purpose;
  if (nouns.length === 0 || nouns.length > maxPurposeWordsAfterComma) return message;
  if (nouns.some((w) => language.stopwords.has(w) || storyUsesWordOrStem(language, w))) return message;
  // "…, for the caption?": the question mark ending the message is the question's.
  const rest = message.slice(0, comma) + (/\?\s*$/.test(message) ? '?' : '');
  const left = { text: rest, words: spelledWords(language, rest) };
  // "title of the piece pls*, for the weekly newsletter roundup*": a request asks as a question does.
  return asksOrRequests(language, left) ? rest : message;
}

/**
 * Whether the story's own text uses the word, as typed or by its stem: a remark or a purpose is the
 * asker's only where neither form is the story's ("posting" against the story's "posted"), a stricter
 * test than {@link usesStoryWords}, which looks at the words as typed.
 */
function storyUsesWordOrStem(language: Language, word: string): boolean {
  return isStoryWord(language, word) || isStoryWord(language, stemOfWord(language, word));
}

function isAside(language: Language, clause: string): boolean {
  // "im writing …": the lexicon's slang spellings ("im" → "i am") as the analysis reads them.
  const spelled = spelledWords(language, clause);
  // "*don't* want to get it wrong": a negated asker verb says, as the verb does, why the asker asks.
  const negatedAsker =
    language.yesNoStarts.has(spelled[0] ?? '') &&
    language.negations.has(spelled[1] ?? '') &&
    language.askerVerbs.has(spelled[2] ?? '');
  const tokens = negatedAsker ? spelled.slice(2) : spelled;
  if (tokens.length < 2 || language.yesNoStarts.has(tokens[0] ?? '')) return false;
  if (tokens.some((t) => language.interrogatives.has(t)) && !asksOnlyAfterIt(language, tokens)) return false;
  const first = language.words.firstPersonSingular;
  const opening = tokens[0] ?? '';
  const planning = plansOwnUse(language, tokens);
  const aboutAsker =
    language.askerVerbs.has(opening) ||
    planning ||
    tokens.some((t, i) => language.purposePrepositions.has(t) && first.includes(tokens[i + 1] ?? '')) ||
    (tokens.some((t) => first.includes(t)) && tokens.some((t) => language.askerVerbs.has(t)));
  // "*we*'re going to read it": the asker's "we", not the writer's (the publication's) that the story uses.
  const named = planning ? tokens.slice(1).join(' ') : clause;
  return aboutAsker && !typedTermsOf(language, named).some((t) => t.startsWith('e:'));
}

/**
 * "…, *we're gonna read it in a corporate voice*", "…, *i'll paste it in #general*": the asker's subject
 * and a future auxiliary open what the asker will do with the answer.
 */
function plansOwnUse(language: Language, tokens: readonly string[]): boolean {
  if (!language.words.advice.askerSubjects.includes(tokens[0] ?? '')) return false;
  const at = language.copulas.has(tokens[1] ?? '') ? 2 : 1;
  const seconds = language.futureStarts.get(tokens[at] ?? '');
  return seconds !== undefined && (seconds.has('') || seconds.has(tokens[at + 1] ?? ''));
}

/**
 * "I'm a student looking into this. Does the story say …?", "ok so i run xen hosts and my boss is
 * panicking - did anyone at Citrix say …", "is it from 2022? the footer says 2022 so im confused": a
 * sentence about the asker (its first word after any discourse markers is a first-person-singular
 * one, or before the question a plural one: "we've got a fleet on EC2.") that asks nothing says who
 * asks and why, not what, and is dropped, before the question or after it, with or without a full
 * stop. Where it names one of the story's names and what is left names none, or the question speaks
 * of the asker too ("I run Xen on AWS. Will my instances stay?"), it is kept: the question points
 * back into it.
 */
const sentenceBoundary = /(?<=[.!?])\s+|\s[-\u2013\u2014]+\s/;

const askerPatterns = new WeakMap<Language, RegExp>();

/** The asker's words as typed, and the slang spellings the lexicon reads as one of them ("im"). */
function askerForms(language: Language): string[] {
  const first = new Set(askerWords(language));
  const spelt = [...language.spelling].filter(([, words]) => first.has(words[0] ?? '')).map(([typed]) => typed);
  return [...first, ...spelt];
}

/** A first-person word, as typed or as a slang spelling ("im"): to skip the split in most questions. */
function askerPattern(language: Language): RegExp {
  let pattern = askerPatterns.get(language);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(askerForms(language))})(?![\\p{L}\\p{N}])`, 'iu');
    askerPatterns.set(language, pattern);
  }
  return pattern;
}

interface Sentence {
  text: string;
  words: string[];
}

/** A message's parts between boundaries, each with its words as the analysis first reads them. */
function partsOf(language: Language, message: string, boundary: RegExp): Sentence[] {
  return message
    .split(boundary)
    .filter((s) => s.trim())
    .map((text) => ({ text, words: spelledWords(language, text) }));
}

/** Whether a word is a pronoun or pointer that may stand for something said before it ("they", "that"). */
export function pointsAtWhatCameBefore(language: Pick<Language, 'anaphors' | 'contextPointers'>, word: string): boolean {
  return language.anaphors.has(word) || language.contextPointers.has(word);
}

/**
 * Whether a question's words point back at what came before them: a pronoun or pointer ("what were
 * *they*", "who was *that*") with no story name before it to stand for; `standsOwn` spares some.
 */
function pointsBack(language: Language, words: readonly string[], standsOwn: (word: string) => boolean = () => false): boolean {
  const pointer = words.findIndex((t) => pointsAtWhatCameBefore(language, t) && !standsOwn(t));
  return pointer >= 0 && !namesStoryEntity(language, words.slice(0, pointer).join(' '));
}

function asks(language: Language, { text, words }: Sentence): boolean {
  return text.includes('?') || words.some((t) => language.interrogatives.has(t)) || language.yesNoStarts.has(words[0] ?? '');
}

/** Whether something in a sentence is still asked of the bot, by a question or a request. */
function asksOrRequests(language: Language, sentence: Sentence): boolean {
  return asks(language, sentence) || requests(language, sentence);
}

/** Whether a sentence asks for something without a question: "exact publish date pls", "give me the headline". */
function requests(language: Language, { words }: Sentence): boolean {
  return words.some((w) => language.requests.politeness.has(w)) || language.requests.verbs.has(words[0] ?? '');
}

/** Whether a text names one of the story's people or organisations. */
function namesStoryEntity(language: Language, text: string): boolean {
  return typedTermsOf(language, text).some((t) => t.startsWith('e:'));
}

/** Whether a text names one of the story's people or organisations, or a part of the page ("headline"). */
function namesStoryNameOrPart(language: Language, text: string): boolean {
  return typedTermsOf(language, text).some((t) => t.startsWith('e:') || t.startsWith('i:'));
}

/**
 * The terms every set-up stripper drops a set-up on: the question left must not speak of the asker
 * ("I run Xen on AWS. Will *my* instances stay?" needs what the set-up says of them), and must name one
 * of the story's names, or use one of its words, where a set-up names one ("… we evaluated Xen. what did
 * they say?" points back into it; "… does the article say anything about *automotive*?" does not).
 */
function standsWithoutSetUp(
  language: Language,
  askerWords: readonly string[],
  question: string,
  setUps: readonly string[],
): boolean {
  // "can you give *me* the headline": whom a request hands over to is no asker spoken of.
  const handedTo = (i: number) => language.requests.verbs.has(askerWords[i - 1] ?? '');
  if (askerWords.some((t, i) => speaksOfAsker(language, t) && !handedTo(i))) return false;
  // "I see the google story mentioned a partner. which company was *that*?": a question ending on a
  // pointer, and naming nothing it could stand for, points into the set-up.
  const last = askerWords[askerWords.length - 1] ?? '';
  if (
    pointsAtWhatCameBefore(language, last) &&
    !namesStoryEntity(language, question) &&
    setUps.some((text) => namesStoryEntity(language, text))
  )
    return false;
  return (
    namesStoryEntity(language, question) ||
    usesStoryWords(language, askerWords) ||
    !setUps.some((text) => namesStoryEntity(language, text))
  );
}

/** Whether words hold one the story itself uses, other than a stopword. */
function usesStoryWords(language: Language, words: readonly string[]): boolean {
  return words.some((w) => !language.stopwords.has(w) && isStoryWord(language, w));
}

/**
 * "I read that Xen is used in cars, is that true?": the asker reporting a claim they came across
 * sets up nothing; the claim is what is asked about.
 */
function reportsHearsay(language: Language, words: readonly string[]): boolean {
  return hearsayClaimAt(language, words) >= 0;
}

/**
 * Before the question, a sentence opening with the asker, or with the asker's side ("*we've* got a
 * fleet on EC2", "*our* team runs Xen"); after it, one holding the asker anywhere ("… so im confused").
 */
function isSetUp(language: Language, sentence: Sentence, afterQuestion: boolean): boolean {
  const { words } = sentence;
  const first = language.words.firstPersonSingular;
  const opening = openingWord(language, words);
  // "…? *we do BLE PAAK on our keyless stuff so this is relevant*": after the question the asker's side
  // ("we", "our") speaks of the asker as "I" does.
  // "…? *prof wants the publication name spelled out*": someone on the asker's side wanting something
  // (a word the story never uses, then a verb of the asker's asides) is the asker's context too.
  const othersWant =
    language.askerVerbs.has(words[1] ?? '') &&
    !storyUsesWordOrStem(language, words[0] ?? '') &&
    !namesStoryEntity(language, words[0] ?? '');
  const aboutAsker = afterQuestion
    ? words.some((t) => first.includes(t)) || speaksOfAsker(language, opening) || othersWant
    : speaksOfAsker(language, opening);
  // "“We expect them to remain involved” — who said it?": a line in quotation marks is someone else's words.
  const quoted = /^\s*["\u201c\u2018'].*["\u201d\u2019']\W*$/.test(sentence.text);
  return words.length >= 3 && aboutAsker && !quoted && !asks(language, sentence) && !reportsHearsay(language, words);
}

/** Whether a word is the asker's ("I", "my") or the asker's side's ("we", "our"). */
function speaksOfAsker(language: Language, word: string): boolean {
  return language.words.firstPersonSingular.includes(word) || language.firstPerson.has(word);
}

/** The asker's words and the asker's side's, for the patterns that look for them. */
function askerWords(language: Language): string[] {
  return [...language.words.firstPersonSingular, ...language.firstPerson];
}

const courtesyBoundaries = new WeakMap<Language, RegExp>();

/**
 * Where a sentence ends: at a full stop, a question or exclamation mark, a spaced dash, or after a
 * courtesy closing a request where the asker goes on about themselves ("tldr pls *im on mobile*").
 */
function setUpBoundary(language: Language): RegExp {
  let pattern = courtesyBoundaries.get(language);
  if (!pattern) {
    const courtesies = language.quotingManner.requestTails.filter((tail) => tail.length === 1).map((tail) => tail[0] ?? '');
    pattern = new RegExp(
      `${sentenceBoundary.source}|(?<=\\b(?:${alternationOf(courtesies)}))\\s+(?=(?:${alternationOf(askerForms(language))})\\b)`,
      'iu',
    );
    courtesyBoundaries.set(language, pattern);
  }
  return pattern;
}

export function withoutSetUps(language: Language, message: string): string {
  if (!askerPattern(language).test(message) && !asidePattern(language).test(message)) return message;
  const sentences = partsOf(language, message, setUpBoundary(language));
  if (sentences.length < 2) return message;
  const lastAsking = sentences.findLastIndex((s) => asks(language, s));
  const setUps = sentences.filter((s, i) => isSetUp(language, s, lastAsking >= 0 && i > lastAsking));
  if (setUps.length === 0 || setUps.length === sentences.length) return message;
  const kept = sentences.filter((s) => !setUps.includes(s));
  const rest = { text: kept.map((s) => s.text).join(' '), words: kept.flatMap((s) => s.words) };
  if (!asksOrRequests(language, rest) || rest.words.length < 2) return message;
  const setUpTexts = setUps.map((s) => s.text);
  return standsWithoutSetUp(language, rest.words, rest.text, setUpTexts) ? rest.text : message;
}

/**
 * "ok so i skimmed this and the reg says …, but citrix says …, *so why does the reg think* …?": a
 * sentence about the asker (its first word after any discourse markers a first-person-singular one)
 * whose question opens a later clause (after a comma, colon, semicolon or dash, and any discourse
 * markers: "so", "but") sets the question up in the same sentence; the clauses before it are
 * dropped, as a set-up sentence is, on the same terms (the question must not speak of the asker,
 * and must name something of the story where the set-up does).
 */
const clauseStart = /,|;|:|\s[-\u2013\u2014]+\s/g;
const clauseBoundaryPresent = /,|;|:|\s[-\u2013\u2014]+\s/;

export function withoutSetUpClauses(language: Language, message: string): string {
  const sentenceEnd = message.search(/[.!?](?=\s|$)/);
  const sentence = sentenceEnd < 0 ? message : message.slice(0, sentenceEnd + 1);
  // Most messages hold no clause boundary in their first sentence, or no asker: nothing to split.
  if (!clauseBoundaryPresent.test(sentence) || !askerPattern(language).test(sentence)) return message;
  const first = language.words.firstPersonSingular;
  const opening = openingWord(language, spelledWords(language, sentence));
  if (!first.includes(opening)) return message;
  for (const boundary of sentence.matchAll(clauseStart)) {
    const from = boundary.index + boundary[0].length;
    const clause = spelledWords(language, sentence.slice(from));
    const opener = openingWord(language, clause);
    if (!language.interrogatives.has(opener)) continue;
    const rest = message.slice(from).trim();
    if (clause.length < 2) return message;
    return standsWithoutSetUp(language, clause, rest, [message.slice(0, from)]) ? rest : message;
  }
  return message;
}

/**
 * "ok so as a PM who follows cloud infra and got sent this by my boss, *quick q:* what is …", "I cover
 * Citrix for a fund and I'm trying to figure out how worried to be. per citrix, is …", "sorry if this
 * is a dumb question but I'm new to this — in the article, which …": a message whose last part asks
 * (after a full stop, a colon or a spaced dash) and whose parts before it speak of the asker (a
 * first-person-singular word anywhere) without asking anything themselves (no question mark, no
 * question word opening them) is that question after a preamble. The preamble may hold question words
 * inside ("figure out *how* worried"), which a sentence-wise set-up may not. As with set-ups, the
 * question is kept whole where it speaks of the asker, or names nothing while the preamble names something.
 */
const preambleBoundary = /(?<=[.!?])\s+|(?<=:)\s+|\s[-\u2013\u2014]+\s/;

/** A participle opening a message, then a colon or a spaced dash: to skip the activity check in most questions. */
const activityPattern = /^\W*(?:\p{L}+\s+)?\p{L}{2,}ing\b[^:\u2013\u2014]*(?::|\s[-\u2013\u2014]+\s)/iu;

/** The most words a preamble naming the asker's activity holds: "checking the dateline", "prepping the announcements post". */
const maxActivityWords = 6;

/**
 * "*checking answer sheets* - what date is …", "*prepping the announcements post* — what's …": a
 * short part opening with a participle (after discourse markers) is what the asker is doing, its "I'm"
 * left out as chat leaves it, and sets the question up as a preamble of the asker's would.
 */
function namesAskersActivity(language: Language, words: readonly string[]): boolean {
  const at = words.findIndex((t) => !language.discourseMarkers.has(t));
  const opening = words[at] ?? '';
  return at >= 0 && words.length - at <= maxActivityWords && isParticiple(language, opening);
}

/** A verb's participle, as the stemmer reads it ("checking" → "check"), not a noun ending so ("thing", "ceiling"). */
function isParticiple(language: Language, word: string): boolean {
  return word.endsWith('ing') && !language.stopwords.has(word) && stemOfWord(language, word) !== word;
}

/** The first word after any discourse markers ("ok so *what* …"), or "" where there is none. */
export function openingWord(language: Pick<Language, 'discourseMarkers'>, words: readonly string[]): string {
  return words.find((t) => !language.discourseMarkers.has(t)) ?? '';
}

/** Whether a part opens a question: its first word after discourse markers is a question word or an auxiliary. */
export function opensQuestion(language: Language, words: readonly string[]): boolean {
  const opening = openingWord(language, words);
  return language.interrogatives.has(opening) || language.yesNoStarts.has(opening);
}

export function withoutPreamble(language: Language, message: string): string {
  if (!askerPattern(language).test(message) && !activityPattern.test(message)) return message;
  const parts = partsOf(language, message, preambleBoundary);
  if (parts.length < 2) return message;
  const question = parts[parts.length - 1] as Sentence;
  const preamble = parts.slice(0, -1);
  const first = language.words.firstPersonSingular;
  if (!asks(language, question) || question.words.length < tuning.minPreambledQuestionWords) return message;
  if (preamble.some((p) => p.text.includes('?') || opensQuestion(language, p.words))) return message;
  const asker = preamble.some((p) => p.words.some((t) => first.includes(t)));
  // "talking up embedded: who said *that*?": a question pointing back asks about what the part before it says.
  const activity =
    !asker &&
    preamble.length === 1 &&
    namesAskersActivity(language, preamble[0]?.words ?? []) &&
    !pointsBack(language, question.words);
  if (!asker && !activity) return message;
  if (preamble.some((p) => reportsHearsay(language, p.words))) return message;
  const preambleTexts = preamble.map((p) => p.text);
  return standsWithoutSetUp(language, question.words, question.text, preambleTexts) ? question.text : message;
}

/**
 * "so as *someone who* runs a small MSP, what is …", "*being a* sysadmin, what did …", "coming from *a*
 * VMware background, which …", "working in automotive *myself*, what …", "for context, *I* run a hosting
 * company, when …": clauses before a comma that describe the asker (after discourse markers, a role
 * connective "as" or a participle, or the asker opening it; an indefinite article or pronoun, or a
 * first-person-singular word, saying who asks) set up the question that follows, which opens its own
 * clause with a question word or an auxiliary. The first clause is the description, or at most two words
 * naming nothing before it ("for context"). They are dropped on set-ups' terms. "*as for* Oracle, is
 * it …", "*coming back to* AWS, what …" describe no one: kept.
 */
const clauseWords = /[^,]+/g;

function describesAsker(language: Language, words: readonly string[]): boolean {
  const at = words.findIndex((t) => !language.discourseMarkers.has(t));
  if (reportsHearsay(language, words.slice(at))) return false;
  const opening = words[at] ?? '';
  const first = language.words.firstPersonSingular;
  if (first.includes(opening)) return true;
  // "*for* the timeline *I'm* reading out", "*for* my show": a purpose of the asker's own.
  if (language.purposePrepositions.has(opening) && words.slice(at + 1).some((t) => first.includes(t))) return true;
  if (!language.roleConnectives.has(opening) && !opening.endsWith('ing')) return false;
  // "as *a* student", "being *someone* who …", "working in automotive *myself*"; not "as for Oracle", "as *the* biggest cloud".
  const next = words[at + 1] ?? '';
  return (
    words.slice(at + 1).some((t) => first.includes(t)) ||
    language.indefinitePronouns.has(next) ||
    language.indefiniteArticles.has(next) ||
    (!language.roleConnectives.has(opening) &&
      words.slice(at + 1, at + 4).some((t) => language.indefiniteArticles.has(t) || language.indefinitePronouns.has(t)))
  );
}

export function withoutAskerClauses(language: Language, message: string): string {
  // Most messages hold no comma before their question: nothing to split.
  const comma = message.indexOf(',');
  if (comma < 0) return message;
  // A first clause that neither opens on the asker, "as" or a participle, nor is a short framing: nothing to split.
  const openingWords = spelledWords(language, message.slice(0, comma));
  const opener = openingWord(language, openingWords);
  const mayDescribe =
    openingWords.length <= 2 ||
    language.roleConnectives.has(opener) ||
    opener.endsWith('ing') ||
    language.words.firstPersonSingular.includes(opener) ||
    (language.purposePrepositions.has(opener) && openingWords.some((t) => language.words.firstPersonSingular.includes(t)));
  if (!mayDescribe) return message;
  const clauses = [...message.matchAll(clauseWords)].map((m) => ({
    from: m.index,
    text: m[0],
    words: spelledWords(language, m[0]),
  }));
  const questionAt = clauses.findIndex((c, i) => i > 0 && opensQuestion(language, c.words));
  if (questionAt < 1) return message;
  const [opening, ...more] = clauses.slice(0, questionAt);
  if (!opening) return message;
  const framing = opening.words.length <= 2 && !namesStoryEntity(language, opening.text);
  const described = describesAsker(language, opening.words) || (framing && more.some((c) => describesAsker(language, c.words)));
  if (!described) return message;
  const from = clauses[questionAt]?.from ?? 0;
  const before = message.slice(0, from);
  if (before.includes('?')) return message;
  const rest = message.slice(from).trim();
  const question = spelledWords(language, rest);
  if (question.length < tuning.minPreambledQuestionWords) return message;
  return standsWithoutSetUp(language, question, rest, [before]) ? rest : message;
}

/**
 * "There was an advisory board call in November where somebody from Amazon dialled in, and I can't
 * remember his name, *who addressed the call for AWS?*": one sentence whose clauses before the last
 * retell what the asker knows, and whose last clause is a whole question of its own (it opens with a
 * question word or an auxiliary, names one of the story's names and points back at nothing before it)
 * asks that question; the retelling holds the story's words without asking about them. Where the last
 * clause points back ("who was *that*", "how do they get around *it*"), the message stays whole.
 */
export function withoutLeadingContext(language: Language, message: string): string {
  const body = message.trimEnd().replace(/[?!.]+$/, '');
  // Most messages are one clause, or more than one sentence: nothing to split.
  if (!clauseBoundaryPresent.test(body) || /[.!?](?=\s)/.test(body)) return message;
  const boundaries = [...body.matchAll(clauseStart)];
  const last = boundaries[boundaries.length - 1];
  if (!last) return message;
  const from = last.index + last[0].length;
  const question = spelledWords(language, message.slice(from));
  if (question.length < tuning.minContextedQuestionWords || !opensQuestion(language, question)) return message;
  const clauses = body
    .slice(0, last.index)
    .split(clauseStart)
    .map((text) => spelledWords(language, text));
  if (clauses.some((words) => opensQuestion(language, words))) return message;
  // "per the board minutes, was …", "cloud vs embedded, where …": a short opening frames the question, and stays;
  // so does one opening with a preposition, however long ("according to the last bit of the main story, where …").
  if (clauses.reduce((n, words) => n + words.length, 0) < tuning.minRetellingWords) return message;
  const opening = openingWord(language, clauses[0] ?? []);
  if (language.framingOpeners.has(opening)) return message;
  // "what do the Xen lot reckon *their* future is": a pronoun after a name in the clause points at it, not back.
  if (pointsBack(language, question)) return message;
  const rest = message.slice(from).trim();
  return namesStoryEntity(language, rest) ? rest : message;
}

/** A message opening with a line in quotation marks (after any label ending in a colon), then a question about it. */
const quotationFirst =
  /^([^"\u201c\u2018']{0,40}:\s*)?(["\u201c\u2018'][^"\u201c\u201d]{8,}["\u201d\u2019'])(\s*[.,:;!?]+\s*|\s+[-\u2013\u2014]+\s*|\s+)(.+?)\s*$/u;

/**
 * "“We have not received any queries” — whose words?", "'a staple for #cloud' - where's that from?": a
 * pasted line first and the question about it after; the question is read first, the line it asks about
 * after it ("whose words “We have not received any queries”?"), so that the question's own opening makes
 * its type, not the line's ("We *have* …" is no yes/no question).
 */
export function withQuotationLast(language: Language, message: string): string {
  // Most messages open with no quotation mark.
  if (!/^[^"\u201c\u2018']{0,40}["\u201c\u2018']/u.test(message)) return message;
  const [, label = '', line = '', between = '', rest = ''] = quotationFirst.exec(message) ?? [];
  if (line === '' || rest === '') return message;
  const question = { text: rest, words: spelledWords(language, rest) };
  if (!asks(language, question) || spelledWords(language, line).length < 2) return message;
  // "“…” is what the LF sent": without a mark between them, the line is the subject of what follows,
  // unless a question word or a new sentence opens it ("'making inroads' who said that", "“….” Does …").
  const opensSentence = /^\p{Lu}/u.test(rest) || language.interrogatives.has(question.words[0] ?? '');
  if (between.trim() === '' && !opensSentence) return message;
  // "… who said *that*?": the pointer stands for the line, which takes its place.
  const asked = rest.replace(/[?\s]+$/, '');
  const pointer = /\s(\S+)$/.exec(asked)?.[1]?.toLowerCase() ?? '';
  const pointing = pointsAtWhatCameBefore(language, pointer);
  return `${label}${pointing ? asked.slice(0, -pointer.length).trimEnd() : asked} ${line}?`;
}

/**
 * "sorry, whats gartner?", "Right, so now AWS has gone to KVM, …": words of talk opening a message,
 * set off by a comma or followed by the question itself, say nothing of what is asked ("right" is
 * no "best", "sorry" no word of the story's); nor does whom the message is addressed to ("hey *bot*").
 */
export function withoutOpeningMarkers(language: Language, message: string): string {
  // Most messages open with no marker: nothing to split.
  const opening = (/^\s*([^\s,]+)/.exec(message)?.[1] ?? '').toLowerCase();
  if (!language.discourseMarkers.has(opening) && !language.addressees.has(opening)) return message;
  const words = [...message.matchAll(/[^\s,]+|,/g)];
  let at = 0;
  while (at < words.length && language.discourseMarkers.has((words[at]?.[0] ?? '').toLowerCase())) at++;
  // "hey *bot*, who is …", "*guys*, what did …": whom the message is addressed to, after a marker or before a comma.
  if (language.addressees.has((words[at]?.[0] ?? '').toLowerCase()) && (at > 0 || words[at + 1]?.[0] === ',')) at++;
  if (at === 0 || at >= words.length) return message;
  const next = words[at];
  if (next === undefined) return message;
  if (next[0] === ',') return message.slice(next.index + 1).trimStart() || message;
  const rest = message.slice(next.index);
  // "ok *bot* settle this: which …": whom the message is for asks nothing, whatever follows.
  const addressed = language.addressees.has((words[at - 1]?.[0] ?? '').toLowerCase());
  return opensQuestion(language, spelledWords(language, rest)) ||
    (addressed && asks(language, { text: rest, words: spelledWords(language, rest) }))
    ? rest
    : message;
}

const askerWantPatterns = new WeakMap<Language, RegExp>();

/**
 * "*i need* the headline", "*I need to know* who Warrilow works for", "*i'd like* the publish date": the
 * asker saying what they want (the lexicon's `requests.askerWants`) opens a request for what follows,
 * which is asked as if alone; the asker's need is no advice sought ("do I need to migrate" is). Kept
 * where what follows is a verb of the asker's own doing ("i need to migrate") or a yes/no clause.
 */
export function withoutAskerWant(language: Language, message: string): string {
  let pattern = askerWantPatterns.get(language);
  if (!pattern) {
    pattern = new RegExp(`^\\s*(?:${alternationOf(language.requests.askerWants, { spaced: true })})\\s+(?=\\S)`, 'iu');
    askerWantPatterns.set(language, pattern);
  }
  // "i’d like …" as a phone types it: a curly apostrophe is one character, as the straight one is.
  const opening = pattern.exec(straightQuotes(message));
  if (!opening) return message;
  const rest = message.slice(opening[0].length);
  const words = spelledWords(language, rest);
  const first = words[0] ?? '';
  // "i need *to migrate*": an infinitive is the asker's own doing; "i'd like to know *if* …" is asked as
  // the yes/no question it embeds, which the declaratives read whole.
  if (first === 'to' || language.yesNoComplementisers.has(first) || words.length < 2) return message;
  return rest;
}

/**
 * "*tiny thing but* what years does the copyright cover", "*pedantic q but* what does BLE stand for": a
 * few words of the asker's own before a joiner of contrast (the lexicon's `hedgeJoiners`) open the
 * question with a hedge; they ask nothing where none of them is the story's and a question follows.
 */
export function withoutOpeningHedge(language: Language, message: string): string {
  const words = message.trimStart().split(/\s+/);
  const joiner = words.findIndex((w, at) => at > 0 && at <= maxHedgeWords && language.hedgeJoiners.has(w.toLowerCase()));
  if (joiner < 0) return message;
  const hedge = spelledWords(language, words.slice(0, joiner).join(' '));
  if (hedge.length === 0 || hedge.some((w) => !language.stopwords.has(w) && storyUsesWordOrStem(language, w))) return message;
  if (namesStoryNameOrPart(language, hedge.join(' '))) return message;
  const rest = words.slice(joiner + 1).join(' ');
  return opensQuestion(language, spelledWords(language, rest)) ? rest : message;
}

/** The most words a hedge before its joiner holds: "sorry noob question but". */
const maxHedgeWords = 4;

/** A short label opening a message, then a colon or a spaced dash, then the rest. */
const openingLabel = /^\s*([^:?!.\u2013\u2014]{1,40}?)(?::\s+|\s+[-\u2013\u2014]+\s+)(\S.*)$/su;

/**
 * "*platform q:* the custom kvm build aws made, what kind of servers …", "*attribution check:* who
 * said …", "*For the attribution:* Michael Warrilow's title and employer?": a label of up to a few
 * words before a colon or a spaced dash, ending on one of the lexicon's `labelNouns` ("q", "check",
 * "analysis") or opening on a purpose preposition, files the question under the asker's heading and
 * asks nothing. A label naming one of the story's names ("gartner q: what did they say") or a part
 * of the page ("headline check: what's the actual title") is kept, as the rest may lean on it, and so
 * is one before a part that does not ask.
 */
export function withoutOpeningLabel(language: Language, message: string): string {
  const [, label = '', rest = ''] = openingLabel.exec(message) ?? [];
  if (label === '') return message;
  const words = spelledWords(language, label);
  if (words.length === 0 || words.length > maxLabelWords) return message;
  const filed = filesUnderLabel(language, words) || language.purposePrepositions.has(words[0] ?? '');
  if (!filed || namesStoryNameOrPart(language, label)) return message;
  const question = { text: rest, words: spelledWords(language, rest) };
  return asksOrRequests(language, question) && question.words.length >= 2 ? rest : message;
}

/**
 * Whether a label ends on one of the lexicon's label nouns, numbered or not: "media studies *q*", a
 * quiz's "*Q7*", "*question 3*".
 */
function filesUnderLabel(language: Language, words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  const numbered = /^\d+$/.test(last) ? (words[words.length - 2] ?? '') : last.replace(/(?<=\p{L})\d+$/u, '');
  return language.labelNouns.has(last) || language.labelNouns.has(numbered);
}

/** A few words and a word of presence opening a message ("quizmaster here,"), then the rest. */
const selfIntroduction = /^\s*((?:[\p{L}\p{N}'\u2019-]+\s+){1,3})([\p{L}]+)\s*(?:[,.:;!]+|\s[-\u2013\u2014]+)\s*(\S.*)$/su;

/**
 * "*quizmaster here,* need the standfirst", "*investor here.* bottom line per the article …", "*embedded
 * guy here —* besides automotive …": the asker saying who they are, in up to three words and a word of
 * presence (the lexicon's `introductions`), asks nothing, even where it names the story's names ("*xen
 * contributor here:* why did …"). Kept where it asks ("what dates matter here - …") or nothing asking is left.
 */
export function withoutSelfIntroduction(language: Language, message: string): string {
  const [, who = '', presence = '', rest = ''] = selfIntroduction.exec(message) ?? [];
  // "what dates matter here - …" asks: a word of presence closes an introduction only where nothing asks.
  const introducing = { text: who, words: spelledWords(language, who) };
  if (!language.introductions.has(presence.toLowerCase()) || asks(language, introducing)) return message;
  const question = { text: rest, words: spelledWords(language, rest) };
  return (asksOrRequests(language, question) || startsWithWant(language, question.words)) && question.words.length >= 2
    ? rest
    : message;
}

/** Whether words open on a verb of wanting, its subject left out: "need the standfirst …". */
function startsWithWant(language: Language, words: readonly string[]): boolean {
  return language.wantingOpeners.has(words[0] ?? '');
}

/** The most words a label opening a message holds: "media studies q", "quick one for the announcement". */
const maxLabelWords = 5;

/** A reason closing a message after its last comma: a conjunction of reason, a pronoun subject, the rest. */
const closingReason = /,\s*([\p{L}]+)\s+([\p{L}]+)\s+[^,]*$/u;

/**
 * "who did amazon talk to about hypervisors*, since they ghosted el reg*": after the last comma, a
 * conjunction of reason (the lexicon's `reasonConjunctions`) and a pronoun subject give the asker's
 * reason for asking, which asks nothing. A why-question keeps it (its reason may be what is asked),
 * and so does a yes/no one.
 */
export function withoutClosingReason(language: Language, message: string): string {
  const closing = closingReason.exec(message);
  if (!closing) return message;
  const [conjunction = '', subject = ''] = spelledWords(language, `${closing[1]} ${closing[2]}`);
  const pronoun =
    language.pointingSubjects.has(subject) ||
    language.personalPronouns.has(subject) ||
    language.words.advice.askerSubjects.includes(subject);
  if (!language.reasonConjunctions.has(conjunction) || !pronoun) return message;
  const rest = message.slice(0, closing.index);
  const question = { text: rest, words: spelledWords(language, rest) };
  const opening = question.words.find((w) => language.interrogatives.has(w)) ?? '';
  if (language.words.purpose.asking.includes(opening) || language.yesNoStarts.has(question.words[0] ?? '')) return message;
  return asks(language, question) && question.words.length >= 2 ? `${rest}?` : message;
}

/**
 * "fill in the blank*, bot*", "why is that*, guys*?": whom the message is for, after its last comma
 * and ending it, asks nothing.
 */
export function withoutClosingAddressee(language: Language, message: string): string {
  const closing = /,\s*([\p{L}']+)\s*([?.!]*)\s*$/u.exec(message);
  if (!closing || !language.addressees.has((closing[1] ?? '').toLowerCase())) return message;
  const rest = message.slice(0, closing.index);
  return spelledWords(language, rest).length >= 2 ? `${rest}${closing[2] ?? ''}` : message;
}

const innerTagPatterns = new WeakMap<Language, RegExp>();

/**
 * "tesla has some relay defence, *right*? how does it work": a tag question ending a sentence the
 * message goes on after checks the asker's premise; the tag asks nothing ("right" is no "best").
 */
export function withoutInnerTags(language: Language, message: string): string {
  // Most messages hold no "?" but those ending them ("…??" too): nothing to look at.
  const mark = message.indexOf('?');
  let end = message.trimEnd().length;
  while (end > 0 && (message[end - 1] === '?' || message[end - 1] === ' ')) end--;
  if (mark < 0 || mark >= end) return message;
  let pattern = innerTagPatterns.get(language);
  if (!pattern) {
    const tags = alternationOf(
      language.tagEndings.map((ending) => ending.join(' ')),
      { spaced: true },
    );
    pattern = new RegExp(`,?\\s*\\b(?:${tags})\\s*\\?(?=\\s*[\\p{L}\\p{N}])`, 'giu');
    innerTagPatterns.set(language, pattern);
  }
  return message.replace(pattern, '?');
}

/**
 * "For the counterpoint, Citrix's David Cottingham pushed back on the doom talk. *In his words, what is
 * AWS's new offering really about?*", "Setting the scene for the audience before we dig in: *what is the
 * headline?*": parts before a message's last part (after a full stop, a colon or a spaced dash) that ask
 * nothing themselves set up the question in it. Their words are what a set-up kept whole brings along:
 * the circumstances, which the caller weighs least, not what is asked. None where the last part does
 * not ask, or a part before it does, or the set-up is short (a topic) or the question points back into it.
 */
export function setUpWords(language: Language, message: string): { setUp: string[]; question: string[] } | null {
  // Most messages are one part: nothing to split.
  if (!/[.!?:]\s|\s[-\u2013\u2014]+\s/.test(message.trimEnd())) return null;
  const parts = partsOf(language, message, preambleBoundary);
  const question = parts[parts.length - 1];
  if (parts.length < 2 || !question || !asks(language, question)) return null;
  const setUp = parts.slice(0, -1);
  if (setUp.some((p) => asks(language, p))) return null;
  // "tesla relay hack: is it …", "java or python - which one …": a short opening is the topic, not a set-up.
  if (setUp.reduce((n, p) => n + p.words.length, 0) < tuning.minRetellingWords) return null;
  // "bulpin gave a few reasons … - what were *they*": the question asks about what the set-up says; "in
  // *his* words" points at a name the set-up holds, which keeps its weight.
  if (pointsBack(language, question.words, (t) => language.personOnlyPronouns.has(t))) return null;
  return { setUp: setUp.flatMap((p) => p.words), question: question.words };
}

/**
 * "what year is this article from*, it feels old*", "title of the article pls*, need it for a link post*": a
 * clause after the question's last comma that asks nothing and names none of the story's names is the
 * asker's comment, weighed as a set-up is (`setUpWords`), as the set-up it stands for. Three words or more:
 * a shorter one finishes the question ("…, exactly").
 */
export function trailingCommentWords(language: Language, message: string): { setUp: string[]; question: string[] } | null {
  // "what does citrix reckon the move lines up with? *(hardware angle)*": a parenthesis after the question
  // mark is the asker's hint, whatever its length.
  const hint = parentheticalAfterQuestion.exec(message);
  if (hint) {
    const [, head = '', aside = ''] = hint;
    const comment = { text: aside, words: spelledWords(language, aside) };
    if (asks(language, comment) || namesStoryEntity(language, aside)) return null;
    return { setUp: comment.words, question: spelledWords(language, head) };
  }
  // "exact publish date pls, day and month*. making a timeline for this argument*": a sentence after the
  // question's is a comment as a clause after its last comma is.
  const comma = message.lastIndexOf(',');
  const stop = lastSentenceEnd(message);
  const split = Math.max(comma, stop);
  if (split < 0) return null;
  const head = message.slice(0, split + 1);
  const tail = message.slice(split + 1);
  const question = { text: head, words: spelledWords(language, head) };
  const comment = { text: tail, words: spelledWords(language, tail) };
  // "…, *feels* ancient": a clause opening on a verb of the third person, its subject left out, is as long as it needs.
  const subjectless = language.bareVerbs.has((comment.words[0] ?? '').replace(/s$/, '')) && /s$/.test(comment.words[0] ?? '');
  const long = comment.words.length >= minCommentWords || (subjectless && comment.words.length === minCommentWords - 1);
  // "… date pls. making a timeline …": a request ending its sentence is answered as a question is.
  const asked = asks(language, question) || (split === stop && requests(language, question));
  if (!asked || asks(language, comment) || !long) return null;
  if (namesStoryEntity(language, tail)) return null;
  // "…, it feels old", "…, need it for a post", "…, im not a security person": a clause of its own opens
  // with its subject or its verb; "…, before the update" opens with a preposition and qualifies the question.
  const opening = comment.words[0] ?? '';
  const preposition =
    language.interrogativePrepositions.has(opening) ||
    language.placePrepositions.has(opening) ||
    language.words.relativeDatePrepositions.includes(opening);
  const ownClause =
    (!language.stopwords.has(opening) && !preposition) ||
    language.anaphors.has(opening) ||
    language.personalPronouns.has(opening) ||
    speaksOfAsker(language, opening);
  // A sentence of its own opens on the asker's doing ("making a timeline …") or a subject ("i'm …");
  // "… in general? type 1 vs type 2" goes on asking.
  const ownSentence =
    isParticiple(language, opening) || language.personalPronouns.has(opening) || speaksOfAsker(language, opening);
  if (split === stop && !ownSentence) return null;
  return ownClause ? { setUp: comment.words, question: question.words } : null;
}

const minCommentWords = 3;

/** Where the message's last sentence but one ends (its stop), or -1 for a message of one sentence. */
function lastSentenceEnd(message: string): number {
  const stops = [...message.trimEnd().matchAll(/[.!?](?=\s+\S)/g)];
  return stops[stops.length - 1]?.index ?? -1;
}
const parentheticalAfterQuestion = /^(.*\?)\s*\(([^()]+)\)\s*$/s;
