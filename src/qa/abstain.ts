import { actorName } from '../render/attribution.js';
import type { Story } from '../story/load.js';
import type { Question } from './analyse.js';
import type { Answer, PartialAnswer } from './answer.js';
import type { QaIndex } from './build.js';

/** Why the engine declines: a name the story never mentions, or nothing in the story fits well enough. */
export type AbstainReason = { kind: 'unknown-names'; names: string[] } | { kind: 'no-match' } | { kind: 'empty' };

function quotedSources(story: Story): string[] {
  const ids = new Set<string>();
  for (const quote of story.quotes) ids.add(quote.speaker ?? quote.organisation);
  return [...ids];
}

/**
 * Three questions the engine can answer, leaning towards whom the question named: filled from the
 * lexicon's patterns with the story's people and quoted sources.
 */
export function suggestQuestions(index: QaIndex, question: Question | null): string[] {
  const { story, language } = index;
  const named = question?.entities ?? [];
  const people = [
    ...named.filter((id) => story.personById.has(id)),
    ...named.flatMap((id) => story.people.filter((p) => p.organisation === id).map((p) => p.id)),
    ...story.people.map((p) => p.id),
  ];
  const quoted = quotedSources(story);
  const sources = [
    ...named.filter((id) => quoted.includes(id)),
    ...named.flatMap((id) => story.people.filter((p) => p.organisation === id && quoted.includes(p.id)).map((p) => p.id)),
    ...quoted,
  ];
  const person = people[0];
  const source = sources.find((id) => id !== person) ?? sources[0];
  const out: string[] = [];
  for (const pattern of language.suggestions) {
    if (pattern.includes('{person}') && !person) continue;
    if (pattern.includes('{source}') && !source) continue;
    const text = pattern
      .replace('{person}', person ? actorName(story, person) : '')
      .replace('{source}', source ? actorName(story, source) : '');
    if (!out.includes(text)) out.push(text);
    if (out.length === 3) break;
  }
  return out;
}

/** An abstention: what the story doesn't say, and questions it can answer instead. */
export function abstain(index: QaIndex, question: Question | null, reason: AbstainReason): Answer {
  const answer =
    reason.kind === 'unknown-names'
      ? `The story doesn't say anything about ${reason.names.slice(0, 3).join(', ')}.`
      : reason.kind === 'empty'
        ? "The story doesn't say: there was no question to answer. Ask about its people, quotes, dates or the template."
        : `The story doesn't say. It covers “${index.story.meta.headline}”${index.story.related.length > 0 ? ' and a few related teasers' : ''}.`;
  return { answered: false, answer, sources: [], suggestions: suggestQuestions(index, question), declined: reason };
}

/**
 * An abstention that still helps: the story lacks the value asked for, and the partial answer says
 * what is missing and what the story does say. The reply's text is the partial answer.
 */
export function abstainWithPartial(index: QaIndex, question: Question, partial: PartialAnswer): Answer {
  return {
    answered: false,
    answer: partial.answer,
    sources: [],
    suggestions: suggestQuestions(index, question),
    partial,
  };
}
