import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCooldown } from '../../src/core/cooldown.js';
import { createRedisCooldown, type SharedCooldown } from '../../src/core/cooldown-redis.js';
import { type BotMetrics, noMetrics } from '../../src/ops/metrics.js';
import { capturingLogger } from '../helpers/logger.js';
import { freePort, type RunningRedis, startRedis } from '../helpers/redis.js';

let redis: RunningRedis;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis?.stop());

function countingMetrics(): BotMetrics & { storeFailures: number } {
  const metrics = {
    ...noMetrics,
    storeFailures: 0,
    cooldownStoreFailure() {
      metrics.storeFailures += 1;
    },
  };
  return metrics;
}

async function cooldown(
  onTestFinished: (fn: () => Promise<void>) => void,
  options: { ms?: number; url?: string; metrics?: BotMetrics; logger?: ReturnType<typeof capturingLogger>['logger'] } = {},
): Promise<SharedCooldown> {
  const ms = options.ms ?? 60_000;
  const created = await createRedisCooldown({
    url: options.url ?? redis.url,
    ms,
    fallback: createCooldown(ms),
    logger: options.logger ?? capturingLogger().logger,
    metrics: options.metrics ?? noMetrics,
  });
  onTestFinished(() => created.close());
  return created;
}

const warnings = (lines: Record<string, unknown>[]) => lines.filter((line) => line.level === 40);

describe('the question cooldown in Redis', () => {
  it('is one cooldown for every instance that shares the server', async ({ onTestFinished }) => {
    const [a, b] = [await cooldown(onTestFinished), await cooldown(onTestFinished)];
    expect(await a.take('user-shared')).toBe(0);
    const wait = await b.take('user-shared');
    expect(wait).toBeGreaterThan(55_000);
    expect(wait).toBeLessThanOrEqual(60_000);
    expect(await b.take('user-other')).toBe(0);
  });

  it('lets exactly one of many simultaneous questions from a user through', async ({ onTestFinished }) => {
    const [a, b] = [await cooldown(onTestFinished), await cooldown(onTestFinished)];
    const waits = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).take('user-race')));
    expect(waits.filter((wait) => wait === 0)).toHaveLength(1);
  });

  it('lets the user ask again once the cooldown has passed', async ({ onTestFinished }) => {
    const a = await cooldown(onTestFinished, { ms: 150 });
    expect(await a.take('user-expiry')).toBe(0);
    expect(await a.take('user-expiry')).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await a.take('user-expiry')).toBe(0);
  });

  it('starts without a reachable Redis, answering from memory with one warning', async ({ onTestFinished }) => {
    const { logger, lines } = capturingLogger('debug');
    const metrics = countingMetrics();
    const a = await cooldown(onTestFinished, { url: `redis://:hunter2@127.0.0.1:${await freePort()}`, logger, metrics });
    expect(await a.take('user-offline')).toBe(0);
    expect(await a.take('user-offline')).toBeGreaterThan(0);
    expect(warnings(lines)).toHaveLength(1);
    expect(metrics.storeFailures).toBe(2);
    expect(JSON.stringify(lines)).not.toContain('hunter2');
  });
});

describe('the question cooldown when Redis goes down mid-run', () => {
  it('keeps answering from memory, warns once, counts each fallback, and shares again once Redis is back', async ({
    onTestFinished,
  }) => {
    const { logger, lines } = capturingLogger();
    const metrics = countingMetrics();
    const a = await cooldown(onTestFinished, { logger, metrics });
    const b = await cooldown(onTestFinished);
    expect(await a.take('user-before')).toBe(0);

    await redis.stop();
    expect(await a.take('user-during')).toBe(0);
    expect(await a.take('user-during-2')).toBe(0);
    // This instance's memory still limits a user it has seen.
    expect(await a.take('user-during')).toBeGreaterThan(0);
    expect(warnings(lines).map((line) => line.msg)).toEqual([
      'question cooldown: Redis is unreachable; each instance uses its own memory until it is back',
    ]);
    expect(metrics.storeFailures).toBe(3);

    await redis.restart();
    await expect
      .poll(() => lines.some((line) => line.msg === 'question cooldown: Redis is back'), { timeout: 10_000 })
      .toBe(true);
    // A fresh user each try: while `b` has not reconnected it answers from its own memory.
    let attempt = 0;
    await expect
      .poll(
        async () => {
          const user = `user-after-${attempt++}`;
          expect(await a.take(user)).toBe(0);
          return b.take(user);
        },
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);
  });
});
