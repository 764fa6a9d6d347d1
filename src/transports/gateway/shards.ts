import { once } from 'node:events';
import { type Shard, ShardingManager } from 'discord.js';
import { ConfigError } from '../../config/env.js';
import { ExitError, exitCodes } from '../../exit.js';
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
  const closedForGood = 'a shard was closed for good by Discord (its own line says why): stopping every shard';
  let shardClosedForGood = false;
  manager.on('shardCreate', (shard: Shard) => {
    logger.info({ shard: shard.id, of: options.count }, 'shard started');
    shard.on('death', (child) => {
      const exitCode = 'exitCode' in child ? child.exitCode : null;
      if (exitCode !== exitCodes.closedForGood) {
        logger.warn({ shard: shard.id, exitCode }, 'shard process ended');
        return;
      }
      // Respawning would meet the same refusal, forever: end them all, and say so in the exit code.
      // discord.js respawns this one right after this event (it decided before emitting it), so
      // the stop comes once that process exists, to end it too.
      shardClosedForGood = true;
      manager.respawn = false;
      logger.fatal({ shard: shard.id, exitCode }, closedForGood);
      process.exitCode = exitCodes.closedForGood;
      setImmediate(() => void stop());
    });
    // A respawn cut short by the stop fails its wait for ready; that is expected then.
    shard.on('error', (error) => {
      if (stopping) logger.debug({ shard: shard.id, err: error }, 'shard stopped before it was ready');
      else logger.error({ shard: shard.id, err: error }, 'shard error');
    });
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
    throw shardClosedForGood ? new ExitError(closedForGood, exitCodes.closedForGood) : error;
  }
  return { stop };
}
