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

async function emulator(onTestFinished: OnFinished): Promise<DiscordEmulator> {
  const started = await startDiscordEmulator();
  onTestFinished(() => started.stop());
  return started;
}

function envFor(discord: DiscordEmulator, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    DISCORD_TOKEN: emulatorToken,
    DISCORD_APPLICATION_ID: emulatorApplicationId,
    DISCORD_API_URL: discord.apiUrl,
    ...extra,
  };
}

/** The entry point as a child process, killed when the test ends (vitest runs hooks last-in, first-out). */
function entryPoint(onTestFinished: OnFinished, env: NodeJS.ProcessEnv): RunningEntryPoint {
  const running = startEntryPoint([], env);
  onTestFinished(() => running.kill());
  return running;
}

const tokenSecret = emulatorToken.split('.')[2] ?? '';

function expectNoToken(text: string): void {
  expect(text).not.toContain(emulatorToken);
  expect(text).not.toContain(tokenSecret);
}

/** What the one line must tell the operator to do, by close code. */
const fatalCloses = [
  { code: 4004, advice: /token .*reset.*set a new DISCORD_TOKEN/i },
  { code: 4010, advice: /shard.*--shards/i },
  { code: 4011, advice: /sharding is required.*--shards/i },
  { code: 4012, advice: /API version.*update/i },
  { code: 4013, advice: /intents.*report/i },
  { code: 4014, advice: /intent.*Developer Portal/i },
];

describe.concurrent('npm start in gateway mode, when Discord closes the gateway for good', () => {
  it.for(fatalCloses)(
    'after close $code while serving, exits 78 with one line naming the code and what to do',
    async ({ code, advice }, { onTestFinished }) => {
      const discord = await emulator(onTestFinished);
      const bot = entryPoint(onTestFinished, envFor(discord));
      await bot.waitForLog('connected to Discord');
      const closedAt = performance.now();
      discord.gateway.closeWith(code);
      const exited = await bot.exited;
      expect(exited.code).toBe(78);
      expect(exited.at - closedAt).toBeLessThan(10_000);
      const fatal = bot.logs.filter((line) => (line.level as number) >= 60);
      expect(fatal).toHaveLength(1);
      expect(fatal[0]?.code).toBe(code);
      expect(String(fatal[0]?.msg)).toContain(String(code));
      expect(String(fatal[0]?.msg)).toMatch(advice);
      expectNoToken(bot.stderr());
    },
  );

  it('when the gateway refuses to identify (4014), exits 78 at start-up with one plain line', async ({ onTestFinished }) => {
    const discord = await emulator(onTestFinished);
    discord.gateway.refuseIdentify(4014);
    const run = await runEntryPoint([], { env: envFor(discord) });
    expect(run.code).toBe(78);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^xen-news: .*4014.*intent.*Developer Portal/i);
    expectNoToken(run.stderr);
  });
});

describe('npm start --shards 2, when Discord closes one shard for good', () => {
  it('stops every shard instead of respawning it into the same refusal, and exits 78', { timeout: 90_000 }, async ({
    onTestFinished,
  }) => {
    const discord = await startDiscordEmulator({ shards: 2, guildIds: ['1000000000000000001', '1000000000004194305'] });
    onTestFinished(() => discord.stop());
    const bot = startEntryPoint(['--shards', '2'], envFor(discord));
    onTestFinished(() => bot.kill());
    await bot.waitForLog('all shards ready', 40_000);
    discord.gateway.refuseIdentify(4004);
    discord.gateway.closeWith(4004, 1);
    const { code } = await bot.exited;
    expect(code).toBe(78);
    const fatal = bot.logs.filter((line) => (line.level as number) >= 60).map((line) => String(line.msg));
    expect(fatal.some((msg) => msg.includes('4004') && /set a new DISCORD_TOKEN/.test(msg))).toBe(true);
    expect(fatal).toContain('a shard was closed for good by Discord (its own line says why): stopping every shard');
    // One identify per shard at start-up; none after the refusal.
    expect(discord.gateway.identifies).toHaveLength(2);
    expectNoToken(bot.stderr());
  });
});

describe.concurrent('npm start in gateway mode, when Discord rate-limits /gateway/bot at start-up', () => {
  it('logs each wait, then gives up after START_RATE_LIMIT_SECONDS with one line and exit 75', async ({ onTestFinished }) => {
    const discord = await emulator(onTestFinished);
    discord.rest.inject({ route: /^\/gateway\/bot$/, status: 429, retryAfterSeconds: 0.4, times: Number.POSITIVE_INFINITY });
    const bot = entryPoint(onTestFinished, envFor(discord, { START_RATE_LIMIT_SECONDS: '2' }));
    const exited = await bot.exited;
    expect(exited.code).toBe(75);
    const asked = discord.rest.requests.filter((request) => request.route === '/gateway/bot');
    // Four waits of 0.4 s (and discord.js's 50 ms offset) fit in 2 s; the fifth would not.
    expect(asked.length).toBeGreaterThanOrEqual(4);
    const firstAskedAt = asked[0]?.receivedAt ?? Number.NaN;
    expect(exited.at - firstAskedAt).toBeGreaterThan(1_500);
    expect(exited.at - firstAskedAt).toBeLessThan(8_000);
    const waits = bot.logs.filter((line) => line.msg === 'Discord is rate-limiting start-up; waiting');
    expect(waits.length).toBeGreaterThanOrEqual(4);
    expect(waits[0]).toMatchObject({ level: 40, method: 'GET', route: '/gateway/bot', limitSeconds: 2 });
    expect(waits[0]?.waitMs).toBeGreaterThanOrEqual(400);
    expect(waits[0]?.waitMs).toBeLessThan(1_000);
    const plain = bot
      .stderr()
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('{'));
    expect(plain).toHaveLength(1);
    expect(plain[0]).toMatch(/^xen-news: Discord rate-limited GET \/gateway\/bot for more than 2 s at start-up; try again later/);
  });

  it('waits out a short rate limit and connects', async ({ onTestFinished }) => {
    const discord = await emulator(onTestFinished);
    discord.rest.inject({ route: /^\/gateway\/bot$/, status: 429, retryAfterSeconds: 0.3, times: 2 });
    const bot = entryPoint(onTestFinished, envFor(discord, { START_RATE_LIMIT_SECONDS: '5' }));
    await bot.waitForLog('connected to Discord');
    expect(bot.logs.filter((line) => line.msg === 'Discord is rate-limiting start-up; waiting')).toHaveLength(2);
  });
});

describe.concurrent('npm start in gateway mode never writes the token, even when Discord echoes it', () => {
  const echoed = `Invalid Authorization header: Bot ${emulatorToken} (secret ${tokenSecret})`;

  it('in the one line that says it could not start', async ({ onTestFinished }) => {
    const discord = await emulator(onTestFinished);
    discord.rest.inject({ route: /^\/gateway\/bot$/, status: 400, message: echoed });
    const run = await runEntryPoint([], { env: envFor(discord) });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^xen-news: could not start: Invalid Authorization header: Bot \[redacted\]/);
    expectNoToken(run.stderr);
  });

  it('in the log line of an answer that failed', async ({ onTestFinished }) => {
    const discord = await emulator(onTestFinished);
    const bot = entryPoint(onTestFinished, envFor(discord));
    await bot.waitForLog('connected to Discord');
    discord.rest.inject({ route: /\/callback$/, status: 400, message: echoed });
    discord.dispatchInteraction({ kind: 'command', name: 'quote', options: [stringOption('source', 'gartner')] });
    const failure = await bot.waitForLog('could not answer an interaction');
    expect(JSON.stringify(failure)).toContain('Invalid Authorization header: Bot [redacted]');
    expectNoToken(bot.stderr());
  });
});
