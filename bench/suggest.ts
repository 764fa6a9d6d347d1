/**
 * Question suggestions as you type (`/xen-news question:` autocomplete): latency for every prefix of
 * every suggestion and of the development questions, beside a plain substring filter over the same
 * suggestions measured in the same run. Discord allows 3 s for the whole autocomplete round trip;
 * the target leaves almost all of it to the network.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseEvalCases } from '../src/qa/evaluate.js';
import { getSuggestionIndex, suggestQuestionsAsYouType } from '../src/qa/suggest.js';
import { loadStory } from '../src/story/load.js';

const targets = { p99Ms: 5 } as const;
const root = fileURLToPath(new URL('../', import.meta.url));

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Each input is timed three times and its fastest run kept: on a shared machine a single run also
 * measures the time the process was descheduled, which is the machine, not the search. The raw p99
 * (first run only) is printed beside it.
 */
function time(
  run: (typed: string) => unknown,
  inputs: readonly string[],
): { median: number; p99: number; max: number; rawP99: number } {
  for (const typed of inputs.slice(0, 500)) run(typed); // warm-up
  const best: number[] = [];
  const first: number[] = [];
  for (const typed of inputs) {
    const runs = [0, 1, 2].map(() => {
      const start = performance.now();
      run(typed);
      return performance.now() - start;
    });
    first.push(runs[0] ?? 0);
    best.push(Math.min(...runs));
  }
  best.sort((a, b) => a - b);
  first.sort((a, b) => a - b);
  return { median: percentile(best, 50), p99: percentile(best, 99), max: best.at(-1) ?? 0, rawP99: percentile(first, 99) };
}

export async function run(): Promise<void> {
  const story = loadStory();
  const started = performance.now();
  const { questions } = getSuggestionIndex(story);
  const buildMs = performance.now() - started;
  const dev = ['tests/qa/fixtures/dev-questions.jsonl', 'tests/qa/fixtures/dev-questions-2.jsonl'].flatMap((file) =>
    parseEvalCases(readFileSync(`${root}${file}`, 'utf8'), file).map((c) => c.q),
  );
  // Every prefix, as a user types it character by character.
  const inputs = [...questions, ...dev].flatMap((text) => Array.from({ length: text.length + 1 }, (_, i) => text.slice(0, i)));
  const ours = time((typed) => suggestQuestionsAsYouType(story, typed), inputs);
  const lowered = questions.map((q) => q.toLowerCase());
  const baseline = time((typed) => {
    const wanted = typed.trim().toLowerCase();
    return lowered.filter((q) => q.includes(wanted)).slice(0, 25);
  }, inputs);
  const ms = (value: number) => `${value.toFixed(3)} ms`;
  console.log(`suggestions: ${questions.length} questions the engine answers well, built in ${ms(buildMs)}`);
  console.log(`prefixes timed: ${inputs.length}`);
  const line = (name: string, t: ReturnType<typeof time>) =>
    console.log(`${name} median ${ms(t.median)}, p99 ${ms(t.p99)}, max ${ms(t.max)} (single-run p99 ${ms(t.rawP99)})`);
  line('ranked search (ours):    ', ours);
  line('substring filter (base): ', baseline);
  console.log(`target p99 < ${targets.p99Ms} ms: ${ours.p99 < targets.p99Ms ? 'PASS' : 'FAIL'}`);
}
