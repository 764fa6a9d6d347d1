/**
 * `npm run eval [-- file.jsonl ...] [-- --verbose | --totals]`: scores the engine on the development
 * questions in tests/qa/fixtures (both shared sets) or on given files, and exits non-zero unless
 * every answerable question is right and every off-topic one abstained. --totals prints the scores
 * only, for a held-out part whose questions must not be read while tuning.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getStory } from '../../story/load.js';
import { answerQuestion } from '../engine.js';
import { type EvalReport, evaluate, isPerfect, parseEvalCases } from '../evaluate.js';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const defaultFiles = ['dev-questions.jsonl', 'dev-questions-2.jsonl'].map((name) =>
  resolve(projectRoot, 'tests/qa/fixtures', name),
);

const args = process.argv.slice(2).filter((a) => a !== '--');
const verbose = args.includes('--verbose') || args.includes('-v');
const totalsOnly = args.includes('--totals');
const given = args.filter((a) => !a.startsWith('-'));
const files = given.length > 0 ? given.map((f) => resolve(process.env.INIT_CWD ?? process.cwd(), f)) : defaultFiles;
for (const file of files)
  if (!existsSync(file)) {
    console.error(`eval: ${file} does not exist.`);
    process.exit(2);
  }

const story = getStory();
const pct = (n: number, of: number) => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`);

function print(file: string, report: EvalReport): void {
  console.log(`eval: ${file}`);
  console.log(`correct answers:        ${report.correct}/${report.answerable} (${pct(report.correct, report.answerable)})`);
  console.log(
    `correct abstentions:    ${report.correctAbstentions}/${report.offTopic} (${pct(report.correctAbstentions, report.offTopic)})`,
  );
  console.log(`confidently wrong:      ${report.confidentlyWrong}`);
  console.log(`wrongly abstained:      ${report.wronglyAbstained}`);
  console.log(`partial answers given:  ${report.partialGiven}`);
  if (report.partialExpected > 0) console.log(`partial answers right:  ${report.partialRight}/${report.partialExpected}`);
  if (totalsOnly) return;
  for (const failure of report.failures) {
    console.log(`\n✗ [${failure.verdict}] ${failure.q}`);
    if (verbose || failure.verdict === 'wrong') console.log(`  → ${failure.answer.replace(/\n/g, '\n    ')}`);
  }
}

let perfect = true;
for (const file of files) {
  let cases: ReturnType<typeof parseEvalCases>;
  try {
    cases = parseEvalCases(readFileSync(file, 'utf8'), file);
  } catch (error) {
    console.error(`eval: ${(error as Error).message}`);
    process.exit(2);
  }
  const report = evaluate(cases, (q) => answerQuestion(story, q));
  print(file, report);
  perfect &&= isPerfect(report);
  if (files.length > 1) console.log('');
}
process.exit(perfect ? 0 : 1);
