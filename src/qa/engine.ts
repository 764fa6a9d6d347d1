import type { Story } from '../story/load.js';
import { abstain, abstainWithPartial } from './abstain.js';
import { analyseQuestion } from './analyse.js';
import type { Answer } from './answer.js';
import { getIndex, type QaIndex } from './build.js';
import { composeAnswer, render } from './compose.js';
import { stripMarkup } from './markup.js';
import { rankFacts, type Scored } from './rank.js';
import { tuning } from './tuning.js';
import { coarserValues } from './values.js';

/**
 * Thresholds for answering, from how FAQ systems abstain: the best fact must hold most of the
 * question's weighted terms, most of what is asked about the subject, and fit the question's type.
 */
export const abstention = { minCoverage: tuning.minCoverage, minTopic: tuning.minTopic, minFit: tuning.minFit } as const;

const onTopic = (scored: Scored) => scored.coverage >= tuning.minCoverage && scored.topic >= tuning.minTopic;

/**
 * The fact to give as a partial answer: on the topic, lacking only the value asked for, and,
 * among those, one holding a coarser value (the month, for "what exact date") before the others.
 */
function bestPartial(ranked: readonly Scored[]): Scored | undefined {
  let best: Scored | undefined;
  let bestHasCoarser = false;
  for (const scored of ranked) {
    if (scored.lacking === null || !onTopic(scored)) continue;
    const coarser = scored.lacking in coarserValues ? coarserValues[scored.lacking as keyof typeof coarserValues] : [];
    const hasCoarser = coarser.some((value) => scored.fact.valueKinds.values.has(value));
    if (!best || (hasCoarser && !bestHasCoarser)) {
      best = scored;
      bestHasCoarser = hasCoarser;
    }
  }
  return best;
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

/** {@link answerQuestion} with a given index of the story (one read from a file, one built with a test lexicon). */
export function answerFrom(index: QaIndex, question: string): Answer {
  const text = typeof question === 'string' ? stripMarkup(question.slice(0, tuning.maxQuestionLength)) : '';
  const analysed = analyseQuestion(index, text);
  if (analysed.unknownNames.length > 0) return abstain(index, analysed, { kind: 'unknown-names', names: analysed.unknownNames });
  // Bare numbers ("2+2") match names like "Launch Complex 2" but ask nothing about the story.
  if (analysed.terms.every((t) => /^\d+(?:\.\d+)?$/.test(t)))
    return abstain(index, analysed, { kind: text.trim() ? 'no-match' : 'empty' });
  const ranked = rankFacts(index, analysed);
  const best = ranked[0];
  if (!best || !onTopic(best) || best.fit < tuning.minFit) {
    const partial = bestPartial(ranked);
    if (!partial?.lacking) return abstain(index, analysed, { kind: 'no-match' });
    const missing = index.language.missing[partial.lacking].replace('{kind}', analysed.kind?.noun ?? '');
    const { text: says, sources } = render(index, analysed, partial.fact);
    return abstainWithPartial(index, analysed, { answer: `${missing} What it does say: ${says}`, sources });
  }
  // "Did Tesla respond to NCC Group?": a yes/no question asks whether something happened. A fact
  // naming the same people but not the happening cannot say yes or no.
  const happening = analysed.terms.filter((t) => !t.startsWith('e:'));
  // A paraphrase ("stick around" → remain) counts as the word it stands for.
  const holds = (term: string) =>
    best.fact.terms.has(term) || (analysed.expansions.get(term)?.terms.some((t) => best.fact.terms.has(t)) ?? false);
  if (analysed.type === 'yesno' && happening.length > 0 && !happening.some(holds))
    return abstain(index, analysed, { kind: 'no-match' });
  // A fact saying the story lacks something ("no byline") declines, and is itself what the story says.
  if (best.fact.absence) return abstainWithPartial(index, analysed, { answer: best.fact.answer, sources: best.fact.sources });
  return composeAnswer(index, analysed, ranked);
}
