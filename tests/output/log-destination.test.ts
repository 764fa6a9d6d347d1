import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { logDestination } from '../../src/output/log-destination.js';
import { outputOf, tsxLoader } from '../helpers/entry-point.js';

const scratch = mkdtempSync(join(tmpdir(), 'xen-news-log-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A named pipe's two ends, opened without blocking, as a log pipe to a supervisor. */
function pipe(name: string): { reader: number; writer: number } {
  const path = join(scratch, name);
  execFileSync('mkfifo', [path]);
  const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
  return { reader, writer };
}

async function readSome(fd: number): Promise<string> {
  const buffer = Buffer.alloc(4096);
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const n = readSync(fd, buffer);
      if (n > 0) return buffer.subarray(0, n).toString();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
    await sleep(10);
  }
  return '';
}

describe('the log destination', () => {
  it('writes each line to its file descriptor', async () => {
    const { reader, writer } = pipe('lines');
    const destination = logDestination(writer);
    destination.write('{"msg":"one"}\n');
    destination.write('{"msg":"two"}\n');
    let read = '';
    while (!read.includes('two')) read += await readSome(reader);
    expect(read).toBe('{"msg":"one"}\n{"msg":"two"}\n');
    closeSync(reader);
  });

  it('writes the lines of a burst together, and leaves none behind when the process exits at once', async () => {
    const { reader, writer } = pipe('burst');
    const destination = logDestination(writer);
    for (let i = 0; i < 3; i++) destination.write(`{"msg":"burst ${i}"}\n`);
    // Gathered, not yet written: a reader sees all three at once a few milliseconds later.
    expect(await readSome(reader)).toBe('{"msg":"burst 0"}\n{"msg":"burst 1"}\n{"msg":"burst 2"}\n');
    closeSync(reader);

    const module = new URL('../../src/output/log-destination.ts', import.meta.url).href;
    const script = `const { logDestination } = await import(${JSON.stringify(module)});
      const destination = logDestination(2);
      for (let i = 0; i < 1000; i++) destination.write('{"msg":"line ' + i + '"}\\n');
      process.exit(3);`;
    const child = spawn(process.execPath, [...tsxLoader, '--input-type=module', '--eval', script], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const { code, stderr } = await outputOf(child, { timeoutMs: 30_000 });
    expect(code).toBe(3);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1000);
    expect(lines.at(-1)).toBe('{"msg":"line 999"}');
  });

  it('is one per descriptor', () => {
    const { reader, writer } = pipe('once');
    expect(logDestination(writer)).toBe(logDestination(writer));
    closeSync(reader);
  });

  it('drops lines quietly once the reader has gone, instead of failing or retrying them', async () => {
    const { reader, writer } = pipe('gone');
    const destination = logDestination(writer);
    destination.write('{"msg":"read"}\n');
    expect(await readSome(reader)).toBe('{"msg":"read"}\n');
    closeSync(reader);
    // EPIPE from here on: an 'error' nobody handles would fail this test run.
    for (let i = 0; i < 100; i++) destination.write(`{"msg":"unread ${i}"}\n`);
    await sleep(100);
    expect(() => destination.write('{"msg":"still no error"}\n')).not.toThrow();
  });
});
