import type { RateLimitData } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { boundStartUpRateLimits } from '../../../src/transports/gateway/start-rate-limit.js';
import { capturingLogger } from '../../helpers/logger.js';

function limit(retryAfter: number): RateLimitData {
  return {
    global: false,
    method: 'get',
    url: 'http://127.0.0.1/api/v10/gateway/bot',
    route: '/gateway/bot',
    majorParameter: 'global',
    hash: 'Global(GET:/gateway/bot)',
    limit: Number.POSITIVE_INFINITY,
    timeToReset: 0,
    retryAfter,
    sublimitTimeout: retryAfter,
    scope: 'user',
  };
}

describe('rate limits at start-up', () => {
  it('are waited out, each wait logged, until the next would pass the bound', () => {
    const { logger, lines } = capturingLogger('info');
    const bound = boundStartUpRateLimits({ limitSeconds: 2, logger });
    expect([1, 2, 3, 4].map(() => bound.rejectOnRateLimit(limit(450)))).toEqual([false, false, false, false]);
    expect(bound.rejectOnRateLimit(limit(450))).toBe(true);
    expect(lines.map((line) => [line.msg, line.waitMs, line.waitedMs])).toEqual([
      ['Discord is rate-limiting start-up; waiting', 450, 450],
      ['Discord is rate-limiting start-up; waiting', 450, 900],
      ['Discord is rate-limiting start-up; waiting', 450, 1350],
      ['Discord is rate-limiting start-up; waiting', 450, 1800],
    ]);
    expect(lines[0]).toMatchObject({ level: 40, method: 'GET', route: '/gateway/bot', limitSeconds: 2 });
  });

  it('give up at once when one wait alone is longer than the bound', () => {
    const { logger, lines } = capturingLogger('info');
    const bound = boundStartUpRateLimits({ limitSeconds: 60, logger });
    expect(bound.rejectOnRateLimit(limit(3_600_000))).toBe(true);
    expect(lines).toEqual([]);
  });

  it('are discord.js’s own business once the bot is ready', () => {
    const { logger, lines } = capturingLogger('info');
    const bound = boundStartUpRateLimits({ limitSeconds: 1, logger });
    bound.markReady();
    expect(bound.rejectOnRateLimit(limit(3_600_000))).toBe(false);
    expect(lines).toEqual([]);
  });

  it('end `npm start` with one line naming the call and exit code 75', () => {
    const { logger } = capturingLogger('info');
    const error = boundStartUpRateLimits({ limitSeconds: 60, logger }).gaveUp(limit(1000));
    expect(error.exitCode).toBe(75);
    expect(error.message).toMatch(/^Discord rate-limited GET \/gateway\/bot for more than 60 s at start-up; try again later/);
  });
});
