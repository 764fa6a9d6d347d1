import * as z from 'zod';
import type { Answer } from './answer.js';

const groups = z.array(z.array(z.string().min(1)).min(1)).min(1);

/**
 * One line of an evaluation file: strings a right answer contains (one of each group), or an
 * abstention, optionally with strings its partial answer should hold (what the story does give).
 */
export const evalCaseSchema = z.union([
  z.strictObject({ q: z.string(), expect: groups }),
  z.strictObject({ q: z.string(), abstain: z.literal(true), partial: groups.optional() }),
]);
export type EvalCase = z.infer<typeof evalCaseSchema>;

/** Parses a JSON-lines evaluation file; an error names the line. Blank lines are skipped. */
export function parseEvalCases(text: string, file = 'eval file'): EvalCase[] {
  const cases: EvalCase[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (cause) {
      throw new Error(`${file}:${i + 1}: not JSON (${(cause as Error).message})`);
    }
    const result = evalCaseSchema.safeParse(json);
    if (!result.success) throw new Error(`${file}:${i + 1}: needs {"q", "expect": [[...]]} or {"q", "abstain": true}`);
    cases.push(result.data);
  });
  return cases;
}

/** Curly quotes count as straight ones, and case does not matter. */
function comparable(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase();
}

/** Whether an answer text holds one alternative of every group. */
export function matchesExpect(answer: string, expect: readonly (readonly string[])[]): boolean {
  const text = comparable(answer);
  return expect.every((group) => group.some((alternative) => text.includes(comparable(alternative))));
}

export type Verdict = 'correct' | 'correct-abstention' | 'wrong' | 'missed' | 'wrongly-abstained';

/** For an abstention that expects a partial answer: whether the engine gave one holding the expected strings. */
export function partialMatches(testCase: EvalCase, answer: Pick<Answer, 'answered' | 'partial'>): boolean | null {
  if (!('abstain' in testCase) || !testCase.partial) return null;
  return !answer.answered && answer.partial !== undefined && matchesExpect(answer.partial.answer, testCase.partial);
}

/**
 * correct: answered with every expected group; correct-abstention: abstained when it should;
 * wrong: answered but not with the expected strings, or answered an off-topic question (confidently
 * wrong); wrongly-abstained: abstained on an answerable question.
 */
export function judge(testCase: EvalCase, answer: Pick<Answer, 'answered' | 'answer'>): Verdict {
  if ('abstain' in testCase) return answer.answered ? 'wrong' : 'correct-abstention';
  if (!answer.answered) return 'wrongly-abstained';
  return matchesExpect(answer.answer, testCase.expect) ? 'correct' : 'wrong';
}

export interface EvalReport {
  answerable: number;
  offTopic: number;
  correct: number;
  correctAbstentions: number;
  /** Answers given that were wrong: off-topic questions answered, or answers missing the expected strings. */
  confidentlyWrong: number;
  wronglyAbstained: number;
  /** Abstentions that expect a partial answer, and how many got one holding the expected strings. */
  partialExpected: number;
  partialRight: number;
  /** Abstentions, right or not, that came with a partial answer. */
  partialGiven: number;
  failures: { q: string; verdict: Verdict; answer: string }[];
}

/** Scores an engine on evaluation cases. */
export function evaluate(cases: readonly EvalCase[], ask: (question: string) => Answer): EvalReport {
  const report: EvalReport = {
    answerable: 0,
    offTopic: 0,
    correct: 0,
    correctAbstentions: 0,
    confidentlyWrong: 0,
    wronglyAbstained: 0,
    partialExpected: 0,
    partialRight: 0,
    partialGiven: 0,
    failures: [],
  };
  for (const testCase of cases) {
    const answer = ask(testCase.q);
    const verdict = judge(testCase, answer);
    const partial = partialMatches(testCase, answer);
    if (partial !== null) report.partialExpected++;
    if (partial === true) report.partialRight++;
    if (!answer.answered && answer.partial) report.partialGiven++;
    if ('abstain' in testCase) report.offTopic++;
    else report.answerable++;
    if (verdict === 'correct') report.correct++;
    else if (verdict === 'correct-abstention') report.correctAbstentions++;
    else {
      if (verdict === 'wrong') report.confidentlyWrong++;
      if (verdict === 'wrongly-abstained') report.wronglyAbstained++;
      report.failures.push({ q: testCase.q, verdict, answer: answer.answer });
    }
  }
  return report;
}

/** Whether every answerable question was right and every off-topic one abstained. */
export function isPerfect(report: EvalReport): boolean {
  return report.correct === report.answerable && report.correctAbstentions === report.offTopic;
}
