/**
 * `npx tsx scripts/qa-typos.ts file.jsonl ...`: how well right answers survive one typo. For every
 * answerable question the engine gets right, one word of five letters or more (chosen by a fixed
 * seed, so runs compare) gets one typo of each kind: two letters swapped, one dropped, one doubled.
 * Prints how many stay right and how many turn confidently wrong, per kind.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { answerQuestion } from '../src/qa/engine.js';
import { judge, parseEvalCases } from '../src/qa/evaluate.js';
import { getStory } from '../src/story/load.js';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('usage: npx tsx scripts/qa-typos.ts file.jsonl ...');
  process.exit(2);
}

/** A small linear congruential generator: the same words and places on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const typos: Record<string, (word: string, at: (n: number) => number) => string> = {
  swapped: (w, at) => {
    const i = 1 + at(w.length - 1);
    return w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1);
  },
  dropped: (w, at) => {
    const i = 1 + at(w.length - 1);
    return w.slice(0, i) + w.slice(i + 1);
  },
  doubled: (w, at) => {
    const i = at(w.length);
    return w.slice(0, i) + w[i] + w.slice(i);
  },
};

const story = getStory();
const right = files.flatMap((file) => {
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  return parseEvalCases(readFileSync(path, 'utf8'), path).filter(
    (c) => !('abstain' in c) && judge(c, answerQuestion(story, c.q)) === 'correct',
  );
});
for (const [kind, typo] of Object.entries(typos)) {
  const random = seeded(7);
  const at = (n: number) => Math.floor(random() * n);
  let tried = 0;
  let kept = 0;
  let wrong = 0;
  for (const testCase of right) {
    const words = testCase.q.split(' ');
    const long = words.flatMap((w, i) => (/^[a-z]{5,}$/i.test(w) ? [i] : []));
    if (long.length === 0) continue;
    const i = long[at(long.length)] ?? 0;
    const typed = words.map((w, k) => (k === i ? typo(w, at) : w)).join(' ');
    const verdict = judge(testCase, answerQuestion(story, typed));
    tried++;
    if (verdict === 'correct') kept++;
    if (verdict === 'wrong') wrong++;
  }
  console.log(
    `${kind.padEnd(8)} ${kept}/${tried} still right (${((100 * kept) / Math.max(1, tried)).toFixed(1)}%), ${wrong} confidently wrong`,
  );
}
