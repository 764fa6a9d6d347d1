import { describe, expect, it } from 'vitest';
import {
  type DiscordEmulator,
  emulatorApplicationId,
  emulatorToken,
  startDiscordEmulator,
  stringOption,
} from '../../emulator/index.js';
import { runEntryPoint } from '../../helpers/entry-point.js';
import { type RunningEntryPoint, startEntryPoint } from '../../helpers/running-entry-point.js';

type OnFinished = (fn: () => Promise<void>) => void;

async function emulator(
  onTestFinished: OnFinished,
  options: Parameters<typeof startDiscordEmulator>[0] = {},
): Promise<DiscordEmulator> {
  const started = await startDiscordEmulator(options);
  onTestFinished(() => started.stop());
  return started;
}

/** The entry point as a child process, killed when the test ends (vitest runs hooks last-in, first-out). */
function entryPoint(onTestFinished: OnFinished, args: string[], env: NodeJS.ProcessEnv): RunningEntryPoint {
  const running = startEntryPoint(args, env);
  onTestFinished(() => running.kill());
  return running;
}

function expectOneLine(run: { code: number | null; stdout: string; stderr: string }, pattern: RegExp, secret: string) {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toContain(secret);
  expect(run.stderr).not.toContain(secret.split('.')[2]);
}

describe.concurrent('npm start in gateway mode refuses bad configuration with one line, never showing the token', () => {
  it('names a malformed DISCORD_TOKEN', async () => {
    const token = 'Bot MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxEmul.c2VjcmV0LXZhbHVlLXRoYXQtbXVzdC1ub3QtbGVhaw';
    const run = await runEntryPoint([], { env: { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: emulatorApplicationId } });
    expectOneLine(run, /^xen-news: DISCORD_TOKEN is malformed: must be the bot token .*\.env/, token);
  });

  it('names a missing DISCORD_APPLICATION_ID', async () => {
    const run = await runEntryPoint([], { env: { DISCORD_TOKEN: emulatorToken } });
    expectOneLine(run, /^xen-news: DISCORD_APPLICATION_ID is not set: must be the application id/, emulatorToken);
  });

  it('explains a token Discord rejects', async ({ onTestFinished }) => {
    const discord = await emulator(onTestFinished);
    const token = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxEmul.d3JvbmctYnV0LXdlbGwtZm9ybWVkLXRva2Vu';
    const run = await runEntryPoint([], {
      env: { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: emulatorApplicationId, DISCORD_API_URL: discord.apiUrl },
    });
    expectOneLine(run, /^xen-news: DISCORD_TOKEN was rejected by Discord: copy a fresh one/, token);
  });

  it.each([
    ['soon', /^xen-news: SHUTDOWN_TIMEOUT_SECONDS is malformed: must be a number of seconds/],
    ['-1', /^xen-news: SHUTDOWN_TIMEOUT_SECONDS is malformed: must be 0 \(abandon at once\) or more/],
    ['901', /^xen-news: SHUTDOWN_TIMEOUT_SECONDS is malformed: must be at most 900/],
  ])('names a bad SHUTDOWN_TIMEOUT_SECONDS (%s)', async (value, pattern) => {
    const run = await runEntryPoint([], {
      env: { DISCORD_TOKEN: emulatorToken, DISCORD_APPLICATION_ID: emulatorApplicationId, SHUTDOWN_TIMEOUT_SECONDS: value },
    });
    expectOneLine(run, pattern, emulatorToken);
  });

  it('rejects a --shards count that is not a whole number', async () => {
    const run = await runEntryPoint(['--shards', 'many'], {
      env: { DISCORD_TOKEN: emulatorToken, DISCORD_APPLICATION_ID: emulatorApplicationId },
    });
    expectOneLine(run, /^xen-news: --shards must be a whole number from 1 to \d+/, emulatorToken);
  });
});

describe.concurrent('npm start in gateway mode, as a process', () => {
  it('serves interactions, and on SIGTERM finishes the one in flight before exiting 0', async ({ onTestFinished }) => {
    const discord = await emulator(onTestFinished);
    const bot = entryPoint(onTestFinished, [], {
      DISCORD_TOKEN: emulatorToken,
      DISCORD_APPLICATION_ID: emulatorApplicationId,
      DISCORD_API_URL: discord.apiUrl,
    });
    await bot.waitForLog('connected to Discord');
    const first = discord.dispatchInteraction({ kind: 'command', name: 'quote', options: [stringOption('source', 'citrix')] });
    expect((await discord.callbackOf(first)).status).toBe(204);

    const held = discord.rest.hold(/\/callback$/);
    const inFlight = discord.dispatchInteraction({ kind: 'command', name: 'xen-news' });
    await held.received;
    bot.child.kill('SIGTERM');
    await bot.waitForLog('shutting down');
    const releasedAt = performance.now();
    held.release();
    const { code, at } = await bot.exited;
    expect(code).toBe(0);
    expect(at).toBeGreaterThan(releasedAt);
    expect(discord.requestsFor(inFlight).map((request) => request.status)).toEqual([204]);
    expect(bot.logs.map((line) => line.msg)).toContain('disconnected from Discord');
    expect(bot.logs.filter((line) => (line.level as number) >= 50)).toEqual([]);
    expect(bot.stderr()).not.toContain(emulatorToken);
  });

  it('on SIGTERM with a callback Discord never answers, gives it up at the 3 s window and exits (not after retries)', async ({
    onTestFinished,
  }) => {
    const discord = await emulator(onTestFinished);
    const bot = entryPoint(onTestFinished, [], {
      DISCORD_TOKEN: emulatorToken,
      DISCORD_APPLICATION_ID: emulatorApplicationId,
      DISCORD_API_URL: discord.apiUrl,
    });
    await bot.waitForLog('connected to Discord');
    const held = discord.rest.hold(/\/callback$/);
    onTestFinished(async () => held.release());
    const stuck = discord.dispatchInteraction({ kind: 'command', name: 'quote', options: [stringOption('source', 'citrix')] });
    await held.received;
    const signalledAt = performance.now();
    bot.child.kill('SIGTERM');
    const { code, at } = await bot.exited;
    expect(code).toBe(0);
    // The window closes 3 s after the interaction arrived; discord.js alone kept going for 120 s.
    expect(at - signalledAt).toBeLessThan(8000);
    expect(bot.logs.find((line) => line.msg === 'could not answer an interaction')).toMatchObject({
      interaction: stuck.id,
      error: { name: 'DeadlinePassed' },
    });
    expect(discord.requestsFor(stuck)).toHaveLength(1);
  });

  it('SHUTDOWN_TIMEOUT_SECONDS bounds the drain: what is still in flight is listed, abandoned, and the bot exits 0', async ({
    onTestFinished,
  }) => {
    const discord = await emulator(onTestFinished);
    const bot = entryPoint(onTestFinished, [], {
      DISCORD_TOKEN: emulatorToken,
      DISCORD_APPLICATION_ID: emulatorApplicationId,
      DISCORD_API_URL: discord.apiUrl,
      SHUTDOWN_TIMEOUT_SECONDS: '0.5',
    });
    await bot.waitForLog('connected to Discord');
    const held = discord.rest.hold(/\/callback$/);
    onTestFinished(async () => held.release());
    const stuck = discord.dispatchInteraction({ kind: 'command', name: 'xen-news' });
    await held.received;
    bot.child.kill('SIGTERM');
    expect((await bot.exited).code).toBe(0);
    expect(bot.logs.find((line) => String(line.msg).startsWith('shutdown deadline passed'))).toMatchObject({
      level: 40,
      seconds: 0.5,
      interactions: [stuck.id],
    });
    // Abandoned at 0.5 s, before its own 3 s deadline: no error line about it.
    expect(bot.logs.filter((line) => (line.level as number) >= 50)).toEqual([]);
    expect(bot.logs.map((line) => line.msg)).toContain('disconnected from Discord');
  });

  it('--shards 2 runs two shard processes through ShardingManager, each answering its own interactions', {
    timeout: 90_000,
  }, async ({ onTestFinished }) => {
    const discord = await emulator(onTestFinished, { shards: 2, guildIds: ['1000000000000000001', '1000000000004194305'] });
    const bot = entryPoint(onTestFinished, ['--shards', '2'], {
      DISCORD_TOKEN: emulatorToken,
      DISCORD_APPLICATION_ID: emulatorApplicationId,
      DISCORD_API_URL: discord.apiUrl,
    });
    await bot.waitForLog('all shards ready', 40_000);
    expect(discord.gateway.identifies.map((identify) => identify.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const shard of [0, 1]) {
      const interaction = discord.dispatchInteraction({ kind: 'command', name: 'xen-news' }, shard);
      expect((await discord.callbackOf(interaction)).status).toBe(204);
    }
    const closed = [discord.gateway.next('closed'), discord.gateway.next('closed')];
    bot.child.kill('SIGTERM');
    expect((await bot.exited).code).toBe(0);
    await Promise.all(closed);
  });
});
