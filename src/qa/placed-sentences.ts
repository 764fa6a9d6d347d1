import { speakerOf } from '../render/attribution.js';
import type { Quote } from '../story/schema.js';
import type { Answer } from './answer.js';
import { publicationTerms } from './articles.js';
import type { QaIndex } from './build.js';
import { sentencesOf } from './candidates.js';
import { intentTerm, spelledWords, stemmedTokens, stemOfWord, termsOf } from './language.js';

/** Someone's quoted words the story gives in one place: a quote, or a template an organisation published. */
interface Words {
  text: string;
  paragraph: number;
  speaker: string | null;
  organisation: string;
  saidTo: string;
}

/** Whether a word is one of the lexicon's one-word `documentNouns` ("post", "report"). */
function isDocumentNoun(index: QaIndex, word: string): boolean {
  return index.language.documentNouns.some((d) => d.words.length === 1 && d.words[0] === word);
}

/** Whether the question names words someone gave: "the LF *statement*", "AWS's previous *posts*". */
function namesWords(index: QaIndex, words: readonly string[]): boolean {
  return words.some((w) => index.language.speechActs.nounWords.has(w) || isDocumentNoun(index, w));
}

/** The place a question asks for among someone's sentences (1 for the first, -1 for the last), and whether it asks for more than one. */
function placeAsked(index: QaIndex, words: readonly string[]): { place: number; plural: boolean } | null {
  const { language } = index;
  const { singular, plural } = language.words.sentenceNouns;
  for (let at = 0; at < words.length - 1; at++) {
    const word = words[at] ?? '';
    const place =
      language.ordinals.get(word) ??
      (language.articlePositions.opening.adjectives.has(stemOfWord(language, word))
        ? 1
        : language.articlePositions.ending.adjectives.has(stemOfWord(language, word))
          ? -1
          : undefined);
    if (place === undefined) continue;
    const noun = words[at + 1] ?? '';
    if (singular.includes(noun) || plural.includes(noun)) return { place, plural: plural.includes(noun) };
  }
  return null;
}

/**
 * Whose words a question names: a person quoted in the story over an organisation; the template
 * when it asks for one. Null when it names none, or more than one at the same rank.
 */
function wordsAsked(
  index: QaIndex,
  { entities, terms, subject }: { entities: readonly string[]; terms: readonly string[]; subject: string | null },
  saysWhose: boolean,
): Words[] | null {
  const { story } = index;
  if (terms.includes(intentTerm('template'))) {
    const templates = story.templates.filter((t) =>
      entities.length === 0 ? t.default === true : entities.includes(t.publishedBy),
    );
    return templates.length === 1
      ? templates.map((t) => ({
          text: t.text,
          paragraph: t.paragraph,
          speaker: null,
          organisation: t.publishedBy,
          // Where no audience is given, the template's own label says what it is.
          saidTo:
            t.audience === null
              ? t.label
              : index.language.words.placedSentence.templateVenue.replace('{audience}', () => t.audience ?? ''),
        }))
      : null;
  }
  const speakers = entities.filter((e) => story.quotes.some((q) => q.speaker === e));
  const organisations = entities.filter((e) => story.quotes.some((q) => q.organisation === e));
  // "the first line of the Google teaser" is not a quote's: an organisation's words are named as words.
  const named = speakers.length > 0 ? speakers : saysWhose ? organisations : [];
  // "LF statement, 2nd sentence: what do they expect from AWS": the one it is about.
  const owner = named.length > 1 && subject !== null && named.includes(subject) ? [subject] : named;
  if (owner.length !== 1) return null;
  const [who] = owner;
  // A quote of a few words inside the story's own sentence ("“what is true and what isn't”") has no sentences to count.
  const quotes = story.quotes.filter(
    (q) => (q.speaker === who || (speakers.length === 0 && q.organisation === who)) && /^[\p{Lu}\d]/u.test(q.text),
  );
  const given = oneVenue(index, quotes, terms);
  return given === null ? null : aboutAsked(index, given, terms);
}

/**
 * Of someone's quotes, the ones holding what the question names beside them: "Cottingham's first line
 * on *benchmarking*" is that quote's. All of them where it names nothing only some hold.
 */
function aboutAsked(index: QaIndex, quotes: readonly Quote[], terms: readonly string[]): Quote[] {
  const held = quotes.map((q) => new Set(termsOf(index.language, stemmedTokens(index.language, q.text), false)));
  const telling = terms.filter((term) => held.some((h) => h.has(term)) && !held.every((h) => h.has(term)));
  const about = quotes.filter((_, at) => telling.some((term) => held[at]?.has(term)));
  return about.length > 0 ? about : [...quotes];
}

/**
 * The quotes given in one place: "AWS's previous posts" over what it told TechTarget. Null when the
 * quotes were given in several and the question does not say which.
 */
function oneVenue(index: QaIndex, quotes: readonly Quote[], terms: readonly string[]): readonly Quote[] | null {
  const venues = [...new Set(quotes.map((q) => q.saidTo))];
  if (venues.length === 1) return quotes;
  const named = venues.filter((venue) =>
    termsOf(index.language, stemmedTokens(index.language, venue), false).some(
      (term) => terms.includes(term) && !term.startsWith('e:'),
    ),
  );
  return named.length === 1 ? quotes.filter((q) => q.saidTo === named[0]) : null;
}

/**
 * "the second sentence of the LF statement", "Bulpin's closing line", "warrilow's first line": one
 * sentence of someone's quoted words, found by its place among them, verbatim with whose it is. A
 * place beyond them is declined, with the words the story does give. Null for a question asking
 * for no sentence by its place, or not naming whose.
 */
export function answerPlacedSentence(
  index: QaIndex,
  text: string,
  question: { entities: readonly string[]; terms: readonly string[]; subject: string | null },
): Answer | null {
  // Most questions name no sentence: finding that out costs less than reading their words.
  const lower = text.toLowerCase();
  if (!index.language.words.sentenceNouns.singular.some((noun) => lower.includes(noun))) return null;
  const words = spelledWords(index.language, text);
  // "the first line of the story" is a place in the article, not in anyone's words; "the post that
  // kicked off the series" may be someone's.
  if (words.some((w) => index.language.articleNouns.has(w) && !isDocumentNoun(index, w))) return null;
  // "the reg's last line on why xen might still be fine": the article's own words are the publication's.
  if (publicationTerms(index).some((term) => question.terms.includes(term))) return null;
  const asked = placeAsked(index, words);
  if (asked === null) return null;
  const { place, plural } = asked;
  const owned = wordsAsked(index, question, namesWords(index, words));
  if (owned === null || owned.length === 0) return null;
  const sentences = owned.flatMap((w) => sentencesOf(w.text).map((sentence) => ({ sentence, of: w })));
  const first = owned[0] as Words;
  const speaker = speakerOf(index.story, first);
  const label = speaker.isPerson ? `${speaker.name} (${speaker.organisation})` : speaker.organisationFullName;
  const sources = [...new Set(owned.map((w) => w.paragraph))].map((paragraph) => ({ paragraph, speaker: speaker.name }));
  const replies = index.language.words.placedSentence;
  const picked = sentences.at(place > 0 ? place - 1 : place);
  if (picked === undefined) {
    const answer = replies.beyond
      .replace('{count}', () => String(sentences.length))
      .replace('{whose}', () => label)
      .replace('{words}', () => owned.map((w) => `“${w.text}”`).join(' '));
    return { answered: false, answer, sources: [], suggestions: [], partial: { answer, sources } };
  }
  // "the last line of Cottingham's quote, on benchmarks": what the question asks of the words must be
  // in the sentence at that place; else the place is not what decides the answer.
  const termsIn = (text: string) => new Set(termsOf(index.language, stemmedTokens(index.language, text), false));
  const inWords = termsIn(owned.map((w) => w.text).join(' '));
  const inPicked = termsIn(picked.sentence);
  if (question.terms.some((term) => !/^[ei]:/.test(term) && inWords.has(term) && !inPicked.has(term))) return null;
  // "Bulpin's closing lines": the words the last sentence closes, whole.
  if (plural)
    return {
      answered: true,
      answer: replies.whole
        .replace('{whose}', () => label)
        .replace('{venue}', () => picked.of.saidTo)
        .replace('{words}', () => picked.of.text),
      sources: [{ paragraph: picked.of.paragraph, speaker: speaker.name }],
      suggestions: [],
    };
  // The ordinal as a word the lexicon spells out ("second"), not as digits ("2nd").
  const ordinal =
    sentences.length === 1
      ? replies.only
      : place === -1 || place === sentences.length
        ? replies.last
        : ([...index.language.ordinals].find(([word, n]) => n === place && /^\p{L}+$/u.test(word))?.[0] ?? String(place));
  return {
    answered: true,
    answer: replies.picked
      .replace('{whose}', () => label)
      .replace('{venue}', () => picked.of.saidTo)
      .replace('{place}', () => ordinal)
      .replace('{sentence}', () => picked.sentence),
    sources: [{ paragraph: picked.of.paragraph, speaker: speaker.name }],
    suggestions: [],
  };
}
