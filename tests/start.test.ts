import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config/env.js';
import { startBot } from '../src/start.js';
import { applicationKeyPair, postSigned } from './transports/http/signed.js';

function streams(input: string) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const logs = new PassThrough();
  let out = '';
  stdout.on('data', (chunk) => {
    out += String(chunk);
  });
  let logged = '';
  logs.on('data', (chunk) => {
    logged += String(chunk);
  });
  stdin.end(input);
  return { stdin, stdout, logDestination: logs, out: () => out, logged: () => logged };
}

describe('startBot, the body of `npm start`', () => {
  it('runs the console when no token is set, one JSON line per line piped in', async () => {
    const io = streams('/quote citrix\n/xen-news section:people\n');
    expect(await startBot({ argv: [], env: {}, ...io })).toBeUndefined();
    const lines = io
      .out()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.reply.embeds[0].title)).toEqual(['What Citrix said', 'People in the story']);
    expect(io.logged()).toContain('"msg":"interaction"');
  });

  it('ends the console, reading no more input, once the reader of its output has gone', async () => {
    const stdin = new PassThrough();
    const written: string[] = [];
    // A pipe whose reader has closed: the first line goes out, every later write fails with EPIPE.
    const stdout = new Writable({
      write(chunk, _encoding, done) {
        if (written.length > 0) done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
        else {
          written.push(String(chunk));
          done();
        }
      },
    });
    // Input that never ends, as from `yes`.
    for (let i = 0; i < 5; i++) stdin.write('/quote gartner\n');
    const started = startBot({ argv: ['--console', '--json'], env: {}, stdin, stdout, logDestination: new PassThrough() });
    expect(await started).toBeUndefined();
    expect(stdin.destroyed).toBe(true);
    expect(written).toHaveLength(1);
    expect(JSON.parse(written[0] ?? '{}').input).toBe('/quote gartner');
  });

  it('passes MASTODON_INSTANCE to the share buttons', async () => {
    const io = streams('/xen-news section:social network:mastodon\n');
    await startBot({ argv: ['--console', '--json'], env: { MASTODON_INSTANCE: 'hachyderm.io' }, ...io });
    expect(io.out()).toContain('https://hachyderm.io/share?text=');
  });

  it('answers a question asked again alike from the replies it keeps, unless REPLY_CACHE_SIZE is 0', async () => {
    const keptLines = async (env: Record<string, string>) => {
      const io = streams('/xen-news question:is xen dead?\n/xen-news question:is xen dead?\n');
      await startBot({ argv: ['--console', '--json'], env: { QUESTION_COOLDOWN_SECONDS: '0', ...env }, ...io });
      const replies = io
        .out()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).reply);
      expect(replies[1]).toEqual(replies[0]);
      return io
        .logged()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
        .filter((line) => line.msg === 'interaction')
        .map((line) => line.kept === true);
    };
    expect(await keptLines({})).toEqual([false, true]);
    expect(await keptLines({ REPLY_CACHE_SIZE: '0' })).toEqual([false, false]);
    await expect(keptLines({ REPLY_CACHE_SIZE: '-1' })).rejects.toThrow(/REPLY_CACHE_SIZE/);
  });

  it('starts the HTTP endpoint with MODE=http and hands back a way to stop it', async () => {
    const { publicKeyHex, privateKey } = applicationKeyPair();
    const io = streams('');
    const running = await startBot({ argv: [], env: { MODE: 'http', DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0' }, ...io });
    const { url } = JSON.parse(io.logged().split('\n')[0] ?? '{}') as { url: string };
    expect((await postSigned(url, privateKey, '{"type":1}')).status).toBe(200);
    await running?.stop();
  });

  it('refuses a gateway start without a valid token, naming the variable', async () => {
    const io = streams('');
    await expect(startBot({ argv: [], env: { MODE: 'gateway' }, ...io })).rejects.toThrow(ConfigError);
    await expect(startBot({ argv: [], env: { MODE: 'gateway' }, ...io })).rejects.toThrow(/^DISCORD_TOKEN is not set/);
  });
});
