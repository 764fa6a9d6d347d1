/**
 * `npx tsx scripts/qa-sweep.ts [--grid name=v1,v2 ...]`: scores the tuning pool with other values of
 * the abstention and weighting constants, in one process. Without --grid each constant is swept
 * alone (the others at their values in src/qa/tuning.ts); with --grid every combination of the
 * given values is scored. Prints one JSON line per setting: per set right / abstained / wrong, the
 * pool's right answers and confidently wrong ones, the objective (right - 3 x wrong) and whether
 * the sets the tests hold (own, first and tuning-half sets at 100%, paraphrases at 99%) still pass.
 *
 * Only the tuning pool is read: never a `*.untouched.jsonl` set. The constants are changed
 * on the `tuning` object in this process only; the unknown-word weight lives in the index, and is
 * changed there. Nothing the index stores depends on the constants swept here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getIndex } from '../src/qa/build.js';
import { answerQuestion } from '../src/qa/engine.js';
import { type EvalCase, evaluate, parseEvalCases } from '../src/qa/evaluate.js';
import { tuning } from '../src/qa/tuning.js';
import { getStory } from '../src/story/load.js';

const fixtures = resolve(import.meta.dirname, '../tests/qa/fixtures');
const pool = [
  'own-questions',
  'dev-questions',
  'dev-questions-2.tuning',
  'paraphrases',
  'set-c',
  'set-d',
  'set-e',
  'set-f',
  'set-g',
  'set-h',
  'set-i',
  'set-j',
  'set-m',
  'set-n',
  'set-o',
  'set-p',
  'set-q',
  'set-r',
  'set-s',
  'set-t',
  'set-u',
  'set-w',
  'set-x',
] as const;
/** The sets the tests hold at 100% (paraphrases: 99%). */
const held = new Set<string>(['own-questions', 'dev-questions', 'dev-questions-2.tuning']);

const story = getStory();
const index = getIndex(story) as { unknownWeight: number };
const constants = tuning as unknown as Record<string, number>;
const unknownWeight = index.unknownWeight;
const defaults: Record<string, number> = { ...constants, unknownWeight };

function set(name: string, value: number): void {
  if (name === 'unknownWeight') index.unknownWeight = value;
  else if (name in constants) constants[name] = value;
  else throw new Error(`no tuning constant ${name}`);
}

const cases = new Map<string, EvalCase[]>(
  pool.map((name) => {
    const file = resolve(fixtures, `${name}.jsonl`);
    return [name, parseEvalCases(readFileSync(file, 'utf8'), file)];
  }),
);

function score(setting: Record<string, number>) {
  for (const [name, value] of Object.entries(defaults)) set(name, value);
  for (const [name, value] of Object.entries(setting)) set(name, value);
  const sets: Record<string, [right: number, abstained: number, wrong: number]> = {};
  let right = 0;
  let wrong = 0;
  let holds = true;
  for (const [name, questions] of cases) {
    const report = evaluate(questions, (q) => answerQuestion(story, q));
    sets[name] = [report.correct, report.correctAbstentions, report.confidentlyWrong];
    right += report.correct;
    wrong += report.confidentlyWrong;
    const share = (report.correct + report.correctAbstentions) / (report.answerable + report.offTopic);
    if (held.has(name) ? share < 1 : name === 'paraphrases' && share < 0.99) holds = false;
  }
  return { setting, right, wrong, objective: right - 3 * wrong, holds, sets };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const steps = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => round(from + i * step));

const alone: Record<string, number[]> = {
  minCoverage: steps(0.5, 0.74, 0.02),
  minTopic: steps(0.35, 0.75, 0.05),
  minFit: steps(0.6, 0.8, 0.02),
  modifierWeight: steps(1, 3.5, 0.25),
  expansionWeight: steps(0.15, 0.8, 0.05),
  hypernymWeight: steps(0.05, 0.5, 0.05),
  unknownWeight: steps(0.7, 1.3, 0.05).map((f) => round(f * unknownWeight)),
  entityBoost: steps(1, 2.2, 0.1),
  backgroundWeight: steps(0.1, 0.9, 0.1),
};

const args = process.argv.slice(2).filter((a) => a !== '--');
const grid = args.filter((a) => a.includes('=')).map((a) => a.split('=') as [string, string]);
console.log(JSON.stringify({ defaults: score({}), unknownWeightDefault: round(unknownWeight) }));
if (grid.length > 0) {
  let settings: Record<string, number>[] = [{}];
  for (const [name, values] of grid)
    settings = settings.flatMap((s) => values.split(',').map((v) => ({ ...s, [name]: Number(v) })));
  for (const setting of settings) console.log(JSON.stringify(score(setting)));
} else {
  for (const [name, values] of Object.entries(alone))
    for (const value of values) console.log(JSON.stringify(score({ [name]: value })));
}
