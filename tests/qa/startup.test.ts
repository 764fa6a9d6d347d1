import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../src/story/load.js';
import { runEntryPoint } from '../helpers/entry-point.js';

const scratch = mkdtempSync(join(tmpdir(), 'xen-news-qa-start-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function dataDirWith(name: string, file: string, content: string): string {
  const dir = join(scratch, name);
  cpSync(defaultDataDir, dir, { recursive: true });
  writeFileSync(join(dir, file), content);
  return dir;
}

function expectOneLine(run: { code: number | null; stderr: string; stdout: string }, pattern: RegExp): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe('the question engine’s language data is checked at start-up, with the story', () => {
  it('refuses a language lexicon that is not JSON, before answering anything', async () => {
    const dir = dataDirWith('lexicon-not-json', 'lexicon.json', '{"stopwords": [');
    const run = await runEntryPoint(['--console', '--json'], {
      env: { XEN_NEWS_DATA_DIR: dir },
      stdin: `${JSON.stringify({ command: 'xen-news', options: { question: 'who is the gartner guy?' } })}\n`,
    });
    expectOneLine(run, /^xen-news: data\/lexicon\.json: is not valid JSON/);
  });

  it('names the JSON path of a broken topic file', async () => {
    const topic = JSON.stringify({ spelling: {}, stems: {}, synonyms: [['alone']], kinds: {}, outsiders: [] });
    const dir = dataDirWith('topic-bad', 'topic.json', topic);
    const run = await runEntryPoint(['--console', '--json'], { env: { XEN_NEWS_DATA_DIR: dir } });
    expectOneLine(run, /^xen-news: data\/topic\.json: \$\.synonyms\[0\]/);
  });
});
