/**
 * `npm run --silent ask -- [--json] [--batch] [--explain] "<question>"`: asks the engine from the shell.
 * --json prints {"answered","answer","sources"} a line (and "partial" {"answer","sources"} when the story gives
 * only part of what was asked, "unanswered" {"kind"} when it answers only some of a message's questions);
 * --batch reads one question a line from stdin.
 */
import { createInterface } from 'node:readline';
import { getStory } from '../../story/load.js';
import { analyseQuestion } from '../analyse.js';
import type { Answer } from '../answer.js';
import { getIndex } from '../build.js';
import { answerQuestion } from '../engine.js';
import { rankFacts } from '../rank.js';

const args = process.argv.slice(2).filter((a) => a !== '--');
const flags = new Set(args.filter((a) => a.startsWith('--')));
const json = flags.has('--json');
const batch = flags.has('--batch');
const explain = flags.has('--explain');
const question = args.filter((a) => !a.startsWith('--')).join(' ');
const story = getStory();

function format(answer: Answer): string {
  if (json)
    return JSON.stringify({
      answered: answer.answered,
      answer: answer.answer,
      sources: answer.sources,
      ...(answer.partial ? { partial: answer.partial } : {}),
      ...(answer.unanswered ? { unanswered: answer.unanswered } : {}),
    });
  const lines = [answer.answer];
  const sources = answer.answered ? answer.sources : (answer.partial?.sources ?? []);
  if (sources.length > 0)
    lines.push(`Source: ${sources.map((s) => (s.speaker ? `${s.speaker}, ¶${s.paragraph}` : `¶${s.paragraph}`)).join(' · ')}`);
  if (!answer.answered && answer.suggestions.length > 0)
    lines.push('Questions I can answer:', ...answer.suggestions.map((s) => `  • ${s}`));
  return lines.join('\n');
}

// Why an answer came out as it did: the analysis and the five best facts with their scores.
function explainQuestion(text: string): string {
  const index = getIndex(story);
  const analysed = analyseQuestion(index, text);
  // Ranking sorts only the facts answering may choose; the explanation shows the best five of all.
  const top = rankFacts(index, analysed)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
    .map(
      (s) =>
        `  ${s.score.toFixed(3)} cov=${s.coverage.toFixed(2)} topic=${s.topic.toFixed(2)} fit=${s.fit.toFixed(2)} ${s.fact.kind}#${s.fact.id}: ${s.fact.answer.slice(0, 90)}`,
    );
  return [JSON.stringify(analysed), ...top].join('\n');
}

function reply(text: string): string {
  const out = format(answerQuestion(story, text));
  return explain ? `${explainQuestion(text)}\n${out}` : out;
}

if (batch) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) process.stdout.write(`${reply(line)}\n`);
} else {
  if (!question.trim() && !json) {
    console.error('usage: npm run --silent ask -- [--json] [--explain] "<question>"  |  --batch < questions.txt');
    process.exit(2);
  }
  console.log(reply(question));
}
