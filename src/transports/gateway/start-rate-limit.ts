import type { RateLimitData } from 'discord.js';
import { ExitError, exitCodes } from '../../exit.js';
import type { Logger } from '../../log.js';

/**
 * Bounds how long start-up waits out Discord's rate limits (a 429 on /gateway/bot, typically):
 * each wait is logged, and one that would take the total past `limitSeconds` rejects the call
 * instead (discord.js's `rejectOnRateLimit`). Once the bot is ready, rate limits are discord.js's
 * own business again.
 */
export function boundStartUpRateLimits(options: { limitSeconds: number; logger: Logger }) {
  const { logger, limitSeconds } = options;
  let waitedMs = 0;
  let ready = false;
  return {
    rejectOnRateLimit(limit: RateLimitData): boolean {
      if (ready) return false;
      const waitMs = Math.max(limit.retryAfter, limit.timeToReset, limit.sublimitTimeout);
      if (waitedMs + waitMs > limitSeconds * 1000) return true;
      waitedMs += waitMs;
      logger.warn(
        { method: limit.method.toUpperCase(), route: limit.route, global: limit.global, waitMs, waitedMs, limitSeconds },
        'Discord is rate-limiting start-up; waiting',
      );
      return false;
    },
    /** Start-up is over: later rate limits are waited out as discord.js does. */
    markReady(): void {
      ready = true;
    },
    /** The one line `npm start` ends on when it gave up. */
    gaveUp(limit: { method: string; route: string }): ExitError {
      return new ExitError(
        `Discord rate-limited ${limit.method.toUpperCase()} ${limit.route} for more than ${limitSeconds} s at start-up; try again later (START_RATE_LIMIT_SECONDS sets how long to wait).`,
        exitCodes.tryLater,
      );
    },
  };
}
