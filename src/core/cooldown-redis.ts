import type { Logger } from '../log.js';
import type { BotMetrics } from '../ops/metrics.js';
import type { Cooldown } from './cooldown.js';

/** A cooldown kept outside the process, with a connection to close. */
export interface SharedCooldown extends Cooldown {
  close(): Promise<void>;
}

export interface RedisCooldownOptions {
  /** REDIS_URL. */
  url: string;
  /** The cooldown, in milliseconds (more than 0). */
  ms: number;
  /** Used while Redis cannot be asked: a cooldown is never worth an outage. */
  fallback: Cooldown;
  logger: Logger;
  metrics: BotMetrics;
}

const keyPrefix = 'xen-news:question-cooldown:';
/** A cooldown check slower than this counts as Redis being down; the question goes ahead. */
const commandTimeoutMs = 1000;
/** How long the first questions wait for the first connection before going on without it. */
const firstConnectionWaitMs = 2000;
/** One connection attempt; a failed one is retried within a second. */
const connectTimeoutMs = 1000;

/** Where Redis is, for logs: never the password a URL may carry. */
function describeServer(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.hostname}:${parsed.port || '6379'}`;
}

/**
 * The per-user question cooldown in Redis, shared by every instance that uses the same server: one
 * atomic `SET key 1 NX PX ms` per question decides (the key's remaining time is asked only when it
 * refuses, to tell the user how long to wait). While Redis cannot be reached, each instance falls
 * back to its own memory: questions are answered, a warning is logged once per outage, and each
 * fallback is counted in the metrics.
 */
export async function createRedisCooldown(options: RedisCooldownOptions): Promise<SharedCooldown> {
  const { logger, metrics, fallback } = options;
  const ms = Math.max(1, Math.round(options.ms));
  const server = describeServer(options.url);
  const { Redis } = await import('ioredis');
  const client = new Redis(options.url, {
    // A question never waits for a reconnection: a command fails at once while disconnected.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: commandTimeoutMs,
    connectTimeout: connectTimeoutMs,
    retryStrategy: (attempt) => Math.min(attempt * 100, 1000),
  });
  let unreachable = false;
  function usingFallback(reason: string, { count = true } = {}): void {
    if (count) metrics.cooldownStoreFailure();
    if (unreachable) return;
    unreachable = true;
    logger.warn(
      { server, reason },
      'question cooldown: Redis is unreachable; each instance uses its own memory until it is back',
    );
  }
  client.on('error', (error: Error) => logger.debug({ server, reason: error.message }, 'redis connection error'));
  client.on('ready', () => {
    if (!unreachable) return;
    unreachable = false;
    logger.info({ server }, 'question cooldown: Redis is back');
  });

  // Start-up does not wait for Redis: being ready must not depend on it.
  const firstConnection = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), firstConnectionWaitMs).unref();
    client.once('ready', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  void firstConnection.then((connected) => {
    if (!connected && client.status !== 'ready') usingFallback('no connection at start', { count: false });
  });

  return {
    async take(userId) {
      // Only questions asked before the first connection wait for it; later it is settled already.
      if (client.status !== 'ready') await firstConnection;
      if (client.status !== 'ready') {
        usingFallback(`not connected (${client.status})`);
        return fallback.take(userId);
      }
      const key = keyPrefix + userId;
      try {
        if ((await client.set(key, '1', 'PX', ms, 'NX')) === 'OK') return 0;
        const left = await client.pttl(key);
        // Expired between the two commands: the next question will go ahead.
        return left > 0 ? left : 1;
      } catch (error) {
        usingFallback(error instanceof Error ? error.message : String(error));
        return fallback.take(userId);
      }
    },
    async close() {
      client.disconnect();
    },
  };
}
