import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDataDir } from '../src/story/load.js';
import { runEntryPoint } from './helpers/entry-point.js';

const scratch = mkdtempSync(join(tmpdir(), 'xen-news-main-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function brokenDataDir(name: string, breakIt: (dir: string) => void): string {
  const dir = join(scratch, name);
  cpSync(defaultDataDir, dir, { recursive: true });
  breakIt(dir);
  return dir;
}

/** Exactly one line on stderr, naming the problem, and exit code 1. */
function expectOneClearLine(run: { code: number | null; stderr: string; stdout: string }, pattern: RegExp) {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe('the entry point refuses to start on bad set-up, with one clear line', () => {
  it('names a missing data file', async () => {
    const dir = brokenDataDir('missing', (d) => rmSync(join(d, 'quotes.json')));
    const run = await runEntryPoint(['--console', '--json'], { env: { XEN_NEWS_DATA_DIR: dir } });
    expectOneClearLine(run, /^xen-news: data\/quotes\.json: cannot be read \(ENOENT\)$/);
  });

  it('names a data file that is not JSON', async () => {
    const dir = brokenDataDir('not-json', (d) => writeFileSync(join(d, 'people.json'), '{"people": ['));
    const run = await runEntryPoint(['--console', '--json'], { env: { XEN_NEWS_DATA_DIR: dir } });
    expectOneClearLine(run, /^xen-news: data\/people\.json: is not valid JSON/);
  });

  it('names the JSON path of a value that breaks the schema', async () => {
    const dir = brokenDataDir('bad-value', (d) =>
      writeFileSync(join(d, 'timeline.json'), JSON.stringify({ events: [{ id: 'Bad Id' }] })),
    );
    const run = await runEntryPoint(['--console', '--json'], { env: { XEN_NEWS_DATA_DIR: dir } });
    expectOneClearLine(run, /^xen-news: data\/timeline\.json: \$\.events\[0\]\.id: must be a lowercase-kebab id/);
  });

  it('refuses an unreadable .env', async () => {
    const cwd = join(scratch, 'env-is-a-folder');
    mkdirSync(join(cwd, '.env'), { recursive: true });
    const run = await runEntryPoint(['--console', '--json'], { cwd });
    expectOneClearLine(run, /^xen-news: \.env cannot be read \(EISDIR\); fix or remove it\.$/);
  });

  it('names a MODE it does not know', async () => {
    const run = await runEntryPoint([], { env: { MODE: 'websocket' } });
    expectOneClearLine(run, /^xen-news: MODE is malformed: must be console, gateway or http \(or empty\)/);
  });

  it('names a MASTODON_INSTANCE that is not a host name', async () => {
    const run = await runEntryPoint(['--console', '--json'], { env: { MASTODON_INSTANCE: 'https://mastodon.social:8443/x' } });
    expectOneClearLine(run, /^xen-news: MASTODON_INSTANCE is malformed: must be a host name such as mastodon\.social/);
  });

  it('refuses an unknown flag', async () => {
    const run = await runEntryPoint(['--colour-me-purple']);
    expectOneClearLine(run, /^xen-news: Unknown option '--colour-me-purple'/);
  });
});

describe('the entry point with good set-up', () => {
  it('runs the console when no token is configured and ends with exit 0 at end of input', async () => {
    const run = await runEntryPoint([], { stdin: '/quote citrix\n' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).reply.embeds[0].title).toBe('What Citrix said');
  });
});
