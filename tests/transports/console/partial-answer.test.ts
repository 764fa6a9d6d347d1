import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../../src/transports/console/console.js';
import { commands } from '../../helpers/commands.js';
import { handle } from '../../helpers/handler.js';

async function consoleJson(
  line: string,
): Promise<{ reply?: { embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[] } }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => {
    text += String(chunk);
  });
  const done = runConsole({ commands, handler: handle, input, output, json: true });
  input.end(`${line}\n`);
  await done;
  return JSON.parse(text.trim().split('\n')[0] ?? '{}');
}

describe('console: a question the story answers only in part', () => {
  it('says what is missing and what the story does say, with its source', async () => {
    const out = await consoleJson('/xen-news question:what exact day did schlaeger address the advisory board');
    const embed = out.reply?.embeds?.[0];
    expect(embed?.title).toBe('Only partly in the story');
    expect(embed?.description).toMatch(/The story doesn't give the exact date\. What it does say: .*November/);
    expect(embed?.fields?.[0]?.name).toBe('Source');
  });
});
