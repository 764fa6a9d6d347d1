import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startBot } from '../../../src/start.js';
import { createFileSaver } from '../../../src/transports/console/files.js';

describe('the console writes the files a reply carries', () => {
  it('with --json, reports each file beside the reply and writes it into --out', async () => {
    const out = mkdtempSync(join(tmpdir(), 'xen-news-test-'));
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    let text = '';
    stdout.on('data', (chunk) => {
      text += String(chunk);
    });
    stdin.end('/xen-news section:timeline\n/quote gartner\n');
    await startBot({ argv: ['--console', '--json', '--out', out], env: {}, stdin, stdout, logDestination: new PassThrough() });
    const [timeline, quote] = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const path = join(out, 'timeline.png');
    expect(timeline.files).toEqual([{ name: 'timeline.png', contentType: 'image/png', bytes: expect.any(Number), path }]);
    expect(readFileSync(path).byteLength).toBe(timeline.files[0].bytes);
    expect(timeline.reply.files).toBeUndefined();
    expect(quote.files).toBeUndefined();
  });

  it('uses a temporary folder when no --out is given, and never lets a file name choose the folder', async () => {
    const save = createFileSaver(undefined);
    const [saved] = await save({
      files: [{ name: '../../escape.png', contentType: 'image/png', description: 'x', data: new Uint8Array([1, 2]) }],
    });
    expect(saved?.path).toMatch(new RegExp(`^${tmpdir()}/xen-news-[^/]+/escape\\.png$`));
    expect(saved?.bytes).toBe(2);
  });
});
