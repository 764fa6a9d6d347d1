import MiniSearch from 'minisearch';
import type { Story } from '../story/load.js';
import { answerQuestion } from './engine.js';

/** A question offered while the user types, with the paragraphs a good answer must come from. */
interface Candidate {
  question: string;
  /** Paragraphs the answer should cite; empty when any cited paragraph will do (article facts). */
  expected: readonly number[];
}

/**
 * Question shapes, filled with the story's people, organisations and teasers. They are English, like
 * the engine's lexicon; a shape whose question the engine cannot answer well is simply never offered.
 */
const shapes = {
  person: ['Who is {name}?', "What is {name}'s job?"],
  quoted: ['What did {name} say?'],
  toldRecipient: ['What did {name} tell {recipient}?'],
  organisation: ['What is {name}?'],
  related: ['What is “{title}” about?'],
  article: [
    'What is the story about?',
    'Who is quoted in the story?',
    'What is the headline?',
    'What is the subheadline?',
    'Which site ran the story?',
    'When was the story published?',
    'When was the story updated?',
    'What did the update say?',
    'What is the social media template?',
    'What are the other stories?',
    'Who wrote the story?',
  ],
} as const;

function fill(shape: string, values: Record<string, string>): string {
  return shape.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

function candidatesFor(story: Story): Candidate[] {
  const out: Candidate[] = [];
  const quotesBy = (id: string) => story.quotes.filter((q) => q.speaker === id || q.organisation === id);
  const relatedParagraphs = new Set(story.related.flatMap((r) => r.paragraphs));
  // The main story first: its people and organisations come before the teasers' in the default order.
  const mainFirst = <T extends { paragraphs: readonly number[] }>(items: readonly T[]) =>
    [...items].sort(
      (a, b) =>
        Number(a.paragraphs.every((p) => relatedParagraphs.has(p))) - Number(b.paragraphs.every((p) => relatedParagraphs.has(p))),
    );
  for (const shape of shapes.article) out.push({ question: shape, expected: [] });
  for (const person of mainFirst(story.people)) {
    for (const shape of shapes.person) out.push({ question: fill(shape, { name: person.name }), expected: person.paragraphs });
    const quotes = quotesBy(person.id);
    if (quotes.length > 0)
      for (const shape of shapes.quoted)
        out.push({ question: fill(shape, { name: person.name }), expected: quotes.map((q) => q.paragraph) });
  }
  // "What did the Linux Foundation say?": the full name, with its article, reads as a question.
  const organisations = story.organisations.map((o) => ({
    ...o,
    name: o.fullName.replace(/^The /, 'the '),
    paragraphs: story.paragraphs.filter((p) => p.text.includes(o.name) || p.text.includes(o.fullName)).map((p) => p.id),
  }));
  for (const organisation of mainFirst(organisations)) {
    if (organisation.paragraphs.length === 0) continue;
    const quotes = quotesBy(organisation.id);
    for (const shape of shapes.quoted)
      if (quotes.length > 0)
        out.push({ question: fill(shape, { name: organisation.name }), expected: quotes.map((q) => q.paragraph) });
    const recipients = new Map<string, number[]>();
    for (const quote of quotes) {
      const recipient = /^to (.+)$/.exec(quote.saidTo)?.[1];
      // Only a named outlet or organisation makes a question; "to the November call" does not.
      const named = story.organisations.some((o) => o.name === recipient || o.fullName === recipient);
      if (recipient && named && recipient !== story.meta.publication)
        recipients.set(recipient, [...(recipients.get(recipient) ?? []), quote.paragraph]);
    }
    for (const [recipient, paragraphs] of recipients)
      for (const shape of shapes.toldRecipient)
        out.push({ question: fill(shape, { name: organisation.name, recipient }), expected: paragraphs });
    for (const shape of shapes.organisation)
      out.push({ question: fill(shape, { name: organisation.name }), expected: organisation.paragraphs });
  }
  for (const related of story.related)
    for (const shape of shapes.related)
      out.push({ question: fill(shape, { title: related.title }), expected: related.paragraphs });
  return out;
}

/** Autocomplete's limits: at most 25 choices, each name at most 100 characters. */
const maxSuggestions = 25;
const maxQuestionLength = 100;

/** Questions the engine answers well, and a prefix-and-typo search over them. */
interface SuggestionIndex {
  questions: readonly string[];
  search: MiniSearch<{ id: number; question: string }>;
}

function answersWell(story: Story, candidate: Candidate): boolean {
  if (candidate.question.length > maxQuestionLength) return false;
  const answer = answerQuestion(story, candidate.question);
  if (!answer.answered) return false;
  return candidate.expected.length === 0 || answer.sources.some((s) => candidate.expected.includes(s.paragraph));
}

function buildSuggestionIndex(story: Story): SuggestionIndex {
  const questions = [
    ...new Set(
      candidatesFor(story)
        .filter((c) => answersWell(story, c))
        .map((c) => c.question),
    ),
  ];
  const search = new MiniSearch<{ id: number; question: string }>({
    fields: ['question'],
    storeFields: [],
    searchOptions: {
      // Only the word being typed is unfinished; the ones before it are whole.
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
      // One typo, in longer words only: "gartnr" finds Gartner, but "who" never becomes "why".
      fuzzy: (term) => (term.length >= 5 ? 1 : false),
    },
  });
  search.addAll(questions.map((question, id) => ({ id, question })));
  return { questions, search };
}

const cache = new WeakMap<Story, SuggestionIndex>();

/** The story's suggestion index, built on first use (it asks the engine each candidate once). */
export function getSuggestionIndex(story: Story): SuggestionIndex {
  let index = cache.get(story);
  if (!index) {
    index = buildSuggestionIndex(story);
    cache.set(story, index);
  }
  return index;
}

/**
 * Up to 25 questions the engine answers well, best match for what has been typed first. With
 * nothing typed, the story's own order: the article, then its people, then who said what.
 */
export function suggestQuestionsAsYouType(story: Story, typed: string): string[] {
  const { questions, search } = getSuggestionIndex(story);
  const text = typed.trim();
  if (!text) return questions.slice(0, maxSuggestions);
  const all = search.search(text, { combineWith: 'AND' });
  const some = all.length >= maxSuggestions ? [] : search.search(text, { combineWith: 'OR' });
  const ids = [...new Set([...all, ...some].map((r) => r.id as number))].slice(0, maxSuggestions);
  return ids.map((id) => questions[id] as string);
}
