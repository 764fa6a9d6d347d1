import { once } from 'node:events';
import { type Shard, ShardingManager } from 'discord.js';
import { ConfigError } from '../../config/env.js';
import type { Logger } from '../../log.js';
import { programFile } from '../../project-root.js';

/**
 * The script each shard process runs: the bot's own entry point. A shard is an ordinary gateway
 * start-up; discord.js's Client reads its shard id and count from the SHARDS and SHARD_COUNT
 * variables the ShardingManager sets.
 */
export const shardEntryFile = programFile('src/main');

/** Discord allows 2,500 guilds a shard; far more shards than that is a typo, not a plan. */
const maxShards = 1024;

/** Reads `--shards N`: undefined when absent, else a whole number from 1 to {@link maxShards}. */
export function parseShardCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < 1 || count > maxShards)
    throw new ConfigError(`--shards must be a whole number from 1 to ${maxShards} (got "${value.slice(0, 20)}").`);
  return count;
}

export interface RunningShards {
  stop(): Promise<void>;
}

/**
 * Runs `count` shards, each in its own process, with discord.js's ShardingManager. The count is
 * given, never 'auto': in discord.js 14 'auto' asks discord.com directly, ignoring DISCORD_API_URL.
 */
export async function startShards(options: { count: number; token: string; logger: Logger }): Promise<RunningShards> {
  const { logger } = options;
  const manager = new ShardingManager(shardEntryFile, {
    totalShards: options.count,
    token: options.token,
    // The shards run TypeScript like this process does: inherit its loader (tsx).
    execArgv: process.execArgv,
    shardArgs: [],
  });
  manager.on('shardCreate', (shard: Shard) => {
    logger.info({ shard: shard.id, of: options.count }, 'shard started');
    shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process ended'));
  });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      manager.respawn = false;
      await Promise.all(
        [...manager.shards.values()].map(async (shard) => {
          const child = shard.process;
          if (!child || child.exitCode !== null || child.signalCode !== null) return;
          const exited = once(child, 'exit');
          child.kill('SIGTERM');
          await exited;
        }),
      );
    })();
    return stopping;
  };
  try {
    await manager.spawn({ amount: options.count });
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}
