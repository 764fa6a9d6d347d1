/**
 * `npm run eval [-- file.jsonl]`: scores the engine on the shared development questions (or a given
 * file) and exits non-zero unless every answerable question is right and every off-topic one abstained.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getStory } from '../../story/load.js';
import { answerQuestion } from '../engine.js';
import { evaluate, isPerfect, parseEvalCases } from '../evaluate.js';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const defaultFile = resolve(projectRoot, '../shared/eval/dev-questions.jsonl');

const args = process.argv.slice(2).filter((a) => a !== '--');
const verbose = args.includes('--verbose') || args.includes('-v');
const given = args.find((a) => !a.startsWith('-'));
const file = given ? resolve(process.env.INIT_CWD ?? process.cwd(), given) : defaultFile;
if (!existsSync(file)) {
  console.error(
    given
      ? `eval: ${file} does not exist.`
      : `eval: the development questions are missing (expected ${file}). Pass a file: npm run eval -- path/to/questions.jsonl`,
  );
  process.exit(2);
}

let cases: ReturnType<typeof parseEvalCases>;
try {
  cases = parseEvalCases(readFileSync(file, 'utf8'), file);
} catch (error) {
  console.error(`eval: ${(error as Error).message}`);
  process.exit(2);
}
const story = getStory();
const report = evaluate(cases, (q) => answerQuestion(story, q));
const pct = (n: number, of: number) => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`);

console.log(`eval: ${file}`);
console.log(`correct answers:        ${report.correct}/${report.answerable} (${pct(report.correct, report.answerable)})`);
console.log(
  `correct abstentions:    ${report.correctAbstentions}/${report.offTopic} (${pct(report.correctAbstentions, report.offTopic)})`,
);
console.log(`confidently wrong:      ${report.confidentlyWrong}`);
console.log(`wrongly abstained:      ${report.wronglyAbstained}`);
for (const failure of report.failures) {
  console.log(`\n✗ [${failure.verdict}] ${failure.q}`);
  if (verbose || failure.verdict === 'wrong') console.log(`  → ${failure.answer.replace(/\n/g, '\n    ')}`);
}
process.exit(isPerfect(report) ? 0 : 1);
