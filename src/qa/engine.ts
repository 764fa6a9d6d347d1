import type { Story } from '../story/load.js';
import { abstain } from './abstain.js';
import { analyseQuestion } from './analyse.js';
import type { Answer } from './answer.js';
import { getIndex } from './build.js';
import { composeAnswer } from './compose.js';
import { rankFacts } from './rank.js';

/**
 * Thresholds for answering, from how FAQ systems abstain: the best fact must hold most of the
 * question's weighted terms, most of what is asked about the subject, and fit the question's type.
 */
export const abstention = { minCoverage: 0.62, minTopic: 0.5, minFit: 0.7 } as const;

/** Questions longer than Discord's option limit are cut, so one long paste costs no more than a question. */
const maxQuestionLength = 300;

/**
 * Answers a free-text question from the story's structured data, citing paragraphs and speakers,
 * or abstains ("The story doesn't say ...") with three questions it can answer. Never throws for
 * any string.
 */
export function answerQuestion(story: Story, question: string): Answer {
  const index = getIndex(story);
  const text = typeof question === 'string' ? question.slice(0, maxQuestionLength) : '';
  const analysed = analyseQuestion(index, text);
  if (analysed.unknownNames.length > 0) return abstain(index, analysed, { kind: 'unknown-names', names: analysed.unknownNames });
  // Bare numbers ("2+2") match names like "Launch Complex 2" but ask nothing about the story.
  if (analysed.terms.every((t) => /^\d+(?:\.\d+)?$/.test(t)))
    return abstain(index, analysed, { kind: text.trim() ? 'no-match' : 'empty' });
  const ranked = rankFacts(index, analysed);
  const best = ranked[0];
  if (!best || best.coverage < abstention.minCoverage || best.topic < abstention.minTopic || best.fit < abstention.minFit)
    return abstain(index, analysed, { kind: 'no-match' });
  // "Did Tesla respond to NCC Group?": a yes/no question asks whether something happened. A fact
  // naming the same people but not the happening cannot say yes or no.
  const happening = analysed.terms.filter((t) => !t.startsWith('e:'));
  if (analysed.type === 'yesno' && happening.length > 0 && !happening.some((t) => best.fact.terms.has(t)))
    return abstain(index, analysed, { kind: 'no-match' });
  return composeAnswer(index, analysed, ranked);
}
