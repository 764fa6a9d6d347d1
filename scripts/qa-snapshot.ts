/**
 * `npx tsx scripts/qa-snapshot.ts file.jsonl ... > answers.jsonl`: every answer the engine gives to
 * the questions of the given sets, in full (answered, text, sources, partial, suggestions), one JSON
 * line per question, and to the variants the QA bench times (lower case, doubled question mark, two
 * letters swapped). Diff two snapshots to show that a change to how answers are computed left every
 * answer as it was.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { answerQuestion } from '../src/qa/engine.js';
import { parseEvalCases } from '../src/qa/evaluate.js';
import { getStory } from '../src/story/load.js';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('usage: npx tsx scripts/qa-snapshot.ts file.jsonl ...');
  process.exit(2);
}
const story = getStory();
for (const file of files) {
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  for (const { q } of parseEvalCases(readFileSync(path, 'utf8'), path))
    for (const question of [q, q.toLowerCase(), `${q.replace(/\?$/, '')}??`, q.replace(/([a-z])([a-z])/, '$2$1')])
      process.stdout.write(`${JSON.stringify({ q: question, ...answerQuestion(story, question) })}\n`);
}
