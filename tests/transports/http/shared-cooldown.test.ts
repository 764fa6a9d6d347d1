import { describe, expect, it } from 'vitest';
import { interactionPayload, stringOption } from '../../emulator/index.js';
import { type RunningRedis, startRedis } from '../../helpers/redis.js';
import { type RunningEntryPoint, startEntryPoint } from '../../helpers/running-entry-point.js';
import { applicationKeyPair, postSigned } from './signed.js';

const { publicKeyHex, privateKey } = applicationKeyPair();
type OnFinished = (fn: () => Promise<void>) => void;

async function redisServer(onTestFinished: OnFinished): Promise<RunningRedis> {
  const redis = await startRedis();
  onTestFinished(() => redis.stop());
  return redis;
}

/** `npm start -- --http` as a process, with its interactions URL and, when asked, its ops URL. */
async function instance(
  onTestFinished: OnFinished,
  env: NodeJS.ProcessEnv,
): Promise<{ bot: RunningEntryPoint; url: string; opsUrl?: string }> {
  const bot = startEntryPoint(['--http'], {
    DISCORD_PUBLIC_KEY: publicKeyHex,
    PORT: '0',
    QUESTION_COOLDOWN_SECONDS: '60',
    ...env,
  });
  onTestFinished(() => bot.kill());
  const { url } = (await bot.waitForLog('listening for Discord interactions')) as { url: string };
  const ops = bot.logs.find((line) => line.msg === 'serving /metrics and /healthz') as { url: string } | undefined;
  return { bot, url, ...(ops ? { opsUrl: ops.url } : {}) };
}

/** Asks `/xen-news question:` as `userId` through the real signed endpoint; returns the reply's text. */
async function ask(url: string, userId: string, question: string): Promise<string> {
  const payload = interactionPayload(
    { kind: 'command', name: 'xen-news', options: [stringOption('question', question)] },
    { applicationId: '1100000000000000001', guildId: '1000000000000000001', userId },
  );
  const response = await postSigned(url, privateKey, JSON.stringify(payload));
  expect(response.status).toBe(200);
  return JSON.stringify(await response.json());
}

const slowDown = /Slow down: you can ask again in \d+ s\./;

describe.concurrent('two HTTP instances with one REDIS_URL', () => {
  it('share the question cooldown: a question on one, then another on the other, gets "slow down"', async ({
    onTestFinished,
  }) => {
    const redis = await redisServer(onTestFinished);
    const [a, b] = await Promise.all([
      instance(onTestFinished, { REDIS_URL: redis.url }),
      instance(onTestFinished, { REDIS_URL: redis.url }),
    ]);
    expect(await ask(a.url, '1300000000000000101', 'who is michael warrilow?')).toContain('Warrilow');
    expect(await ask(b.url, '1300000000000000101', 'what did citrix say?'), b.bot.stderr()).toMatch(slowDown);
    // Another user is not held up, on either instance.
    expect(await ask(b.url, '1300000000000000102', 'what did citrix say?')).not.toMatch(slowDown);
    expect([...a.bot.logs, ...b.bot.logs].filter((line) => (line.level as number) >= 40)).toEqual([]);
  });

  it('go on answering questions when Redis stops mid-run, with one warning each and the failures counted', async ({
    onTestFinished,
  }) => {
    const redis = await redisServer(onTestFinished);
    const a = await instance(onTestFinished, { REDIS_URL: redis.url, OPS_PORT: '0' });
    const b = await instance(onTestFinished, { REDIS_URL: redis.url });
    expect(await ask(a.url, '1300000000000000201', 'who is michael warrilow?')).not.toMatch(slowDown);

    await redis.stop();
    for (const [index, user] of ['1300000000000000202', '1300000000000000203'].entries()) {
      const reply = await ask(index === 0 ? a.url : b.url, user, 'who is michael warrilow?');
      expect(reply).toContain('Warrilow');
      expect(reply).not.toMatch(slowDown);
    }
    expect(await ask(a.url, '1300000000000000204', 'what did citrix say?')).not.toMatch(slowDown);
    const warned = (bot: RunningEntryPoint) => bot.logs.filter((line) => line.level === 40).map((line) => line.msg);
    const unreachable = 'question cooldown: Redis is unreachable; each instance uses its own memory until it is back';
    // Log lines reach stderr a few milliseconds after the reply (they are written in batches).
    await Promise.all([a.bot.waitForLog(unreachable), b.bot.waitForLog(unreachable)]);
    expect(warned(a.bot)).toEqual([unreachable]);
    expect(warned(b.bot)).toEqual([unreachable]);
    const metrics = await (await fetch(`${a.opsUrl}/metrics`)).text();
    expect(metrics).toMatch(/^xen_news_cooldown_store_failures_total 2$/m);
  });
});
