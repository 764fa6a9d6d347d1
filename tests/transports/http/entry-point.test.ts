import { connect } from 'node:net';
import { InteractionResponseType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { interactionPayload, stringOption } from '../../emulator/index.js';
import { runEntryPoint } from '../../helpers/entry-point.js';
import { isRunning, startEntryPoint } from '../../helpers/running-entry-point.js';
import { applicationKeyPair, postSigned } from './signed.js';

const { publicKeyHex, privateKey } = applicationKeyPair();

describe.concurrent('npm start -- --http, as a process', () => {
  it('serves signed interactions on the port it logs, answers /healthz, and exits 0 on SIGTERM', async ({ onTestFinished }) => {
    const bot = startEntryPoint(['--http'], { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0' });
    onTestFinished(() => bot.kill());
    const { url } = (await bot.waitForLog('listening for Discord interactions')) as { url: string };
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/interactions$/);

    expect((await fetch(url.replace('/interactions', '/healthz'))).status).toBe(200);
    expect(await (await postSigned(url, privateKey, '{"type":1}')).json()).toEqual({ type: InteractionResponseType.Pong });
    const command = interactionPayload(
      { kind: 'command', name: 'quote', options: [stringOption('source', 'gartner')] },
      { applicationId: '1100000000000000001', guildId: '1000000000000000001' },
    );
    const answer = await postSigned(url, privateKey, JSON.stringify(command));
    expect(JSON.stringify(await answer.json())).toContain('final nail in the coffin');
    expect(await bot.waitForLog('interaction')).toMatchObject({ command: 'quote', outcome: 'ok' });

    bot.child.kill('SIGTERM');
    expect((await bot.exited).code).toBe(0);
    expect(bot.logs.filter((line) => (line.level as number) >= 50)).toEqual([]);
  });

  it('exits on SIGTERM within SHUTDOWN_TIMEOUT_SECONDS while a request stalls mid-body, saying what it abandoned', async ({
    onTestFinished,
  }) => {
    const bot = startEntryPoint(['--http'], { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0', SHUTDOWN_TIMEOUT_SECONDS: '1' });
    onTestFinished(() => bot.kill());
    const { port } = (await bot.waitForLog('listening for Discord interactions')) as { port: number };
    // Unauthenticated: any 128 hex digits pass for a signature until the body has arrived.
    const stalled = connect(port, '127.0.0.1');
    onTestFinished(async () => {
      stalled.destroy();
    });
    stalled.on('error', () => undefined);
    stalled.write(
      `POST /interactions HTTP/1.1\r\nHost: 127.0.0.1\r\nx-signature-ed25519: ${'ab'.repeat(64)}\r\n` +
        `x-signature-timestamp: ${Math.floor(Date.now() / 1000)}\r\ncontent-length: 100\r\n\r\n0123456789`,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const signalledAt = performance.now();
    bot.child.kill('SIGTERM');
    const exited = await Promise.race([
      bot.exited,
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 15_000)),
    ]);
    expect(exited, 'still running 15 s after SIGTERM').toBeDefined();
    expect(exited?.code).toBe(0);
    expect((exited?.at ?? Number.POSITIVE_INFINITY) - signalledAt).toBeLessThan(6000);
    expect(bot.logs.find((line) => String(line.msg).startsWith('shutdown deadline passed'))).toMatchObject({
      level: 40,
      seconds: 1,
      interactions: [],
      unverifiedRequests: 1,
    });
    expect(bot.logs.filter((line) => (line.level as number) >= 50)).toEqual([]);
  });

  it('stops the bot itself when a process manager sends SIGTERM to `npm start`', async ({ onTestFinished }) => {
    const npm = startEntryPoint(['--http'], { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0' }, { launcher: 'npm' });
    onTestFinished(() => npm.kill());
    const { pid: botPid } = (await npm.waitForLog('listening for Discord interactions')) as { pid: number };

    npm.child.kill('SIGTERM');
    expect((await npm.exited).code).toBe(0);
    expect(npm.logs.map((line) => line.msg)).toContain('stopped');
    expect(isRunning(botPid)).toBe(false);
  });

  it('MODE=http selects the endpoint too', async ({ onTestFinished }) => {
    const bot = startEntryPoint([], { MODE: 'http', DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0' });
    onTestFinished(() => bot.kill());
    await bot.waitForLog('listening for Discord interactions');
  });

  it.each([
    [{}, /^xen-news: DISCORD_PUBLIC_KEY is not set: must be the application's public key .*\(see \.env\.example\)\.$/],
    [{ DISCORD_PUBLIC_KEY: 'not-hex' }, /^xen-news: DISCORD_PUBLIC_KEY is malformed: must be the application's public key/],
    [{ DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '70000' }, /^xen-news: PORT is malformed: must be 0 \(any free port\) to 65535/],
    [{ DISCORD_PUBLIC_KEY: publicKeyHex, SHUTDOWN_TIMEOUT_SECONDS: 'ten' }, /^xen-news: SHUTDOWN_TIMEOUT_SECONDS is malformed/],
  ])('refuses bad configuration with one line: %o', async (env, pattern) => {
    const run = await runEntryPoint(['--http'], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(pattern);
  });

  it('names a port already in use', async ({ onTestFinished }) => {
    const first = startEntryPoint(['--http'], { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0' });
    onTestFinished(() => first.kill());
    const { port } = (await first.waitForLog('listening for Discord interactions')) as { port: number };
    const second = await runEntryPoint(['--http'], { env: { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: String(port) } });
    expect(second.code).toBe(1);
    expect(second.stderr.trim()).toBe(`xen-news: PORT ${port} is in use on 127.0.0.1: set PORT to a free port.`);
  });
});
