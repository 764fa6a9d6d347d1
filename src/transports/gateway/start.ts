import { once } from 'node:events';
import { type Client, DiscordAPIError, DiscordjsErrorCodes, Events, RateLimitError } from 'discord.js';
import { ConfigError, readEnv } from '../../config/env.js';
import { gatewayEnvSchema } from '../../config/modes.js';
import { describeError } from '../../core/describe-error.js';
import { exitCodes } from '../../exit.js';
import type { Logger } from '../../log.js';
import { startLearningCommandIds } from '../learn-command-ids.js';
import { closingGraceMs, stopOnSignals } from '../signals.js';
import type { StartContext } from '../start-context.js';
import { createGatewayClient } from './client.js';
import { explainUnrecoverableClose, unrecoverableCloseError } from './close-codes.js';
import { reportGatewayStatus } from './gateway-metrics.js';
import { serveInteractions } from './serve.js';
import { parseShardCount, startShards } from './shards.js';
import { boundStartUpRateLimits } from './start-rate-limit.js';

/** A running gateway bot (one client, or a ShardingManager and its shard processes). */
export interface RunningGateway {
  /** Stops taking interactions, finishes those in flight and disconnects. Safe to call twice. */
  stop(): Promise<void>;
}

/** Leaves room for the deferral's own round trip inside Discord's 3 s. */
const deferAfterMs = 2000;

function logConnectionEvents(client: Client, logger: Logger): void {
  // discord.js emits ShardDisconnect only for a close it will not reconnect after; that one line is
  // written where it is handled (see startGateway), and the shard error that follows restates it.
  let closedForGood = false;
  client.once(Events.ShardDisconnect, () => {
    closedForGood = true;
  });
  // Without an 'error' listener an EventEmitter throws, which would end the process.
  client.on(Events.Error, (error) => logger.error({ error: describeError(error) }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardReconnecting, (shard) => logger.debug({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway session resumed'));
  client.on(Events.ShardError, (error, shard) => {
    if (!closedForGood) logger.error({ shard, error: describeError(error) }, 'gateway error');
  });
}

/** A login failure the user fixes in configuration, as one line without the token. */
function explainLoginFailure(error: unknown): unknown {
  const rejected =
    (error instanceof DiscordAPIError && error.status === 401) ||
    (error instanceof Error && 'code' in error && error.code === DiscordjsErrorCodes.TokenInvalid);
  if (rejected)
    return new ConfigError(
      'DISCORD_TOKEN was rejected by Discord: copy a fresh one from the Developer Portal (Bot → Reset Token).',
    );
  return error;
}

/**
 * Logs in to Discord's gateway and serves chat-input commands, autocomplete and button presses
 * through the core's handler until SIGINT/SIGTERM. Resolves once the bot is ready. With
 * `--shards N` it runs N shard processes through discord.js's ShardingManager instead.
 */
export async function startGateway(context: StartContext): Promise<RunningGateway> {
  const { logger } = context;
  const shardCount = parseShardCount(context.args.shards);
  const env = readEnv(gatewayEnvSchema, context.env);
  const shutdownTimeoutMs = env.SHUTDOWN_TIMEOUT_SECONDS * 1000;

  if (shardCount !== undefined) {
    const shards = await startShards({ count: shardCount, token: env.DISCORD_TOKEN, logger });
    // Each shard process drains under its own deadline (it reads the same environment); the manager
    // waits for them, so its own last resort comes after theirs.
    const removeSignalHandlers = stopOnSignals(shards.stop, logger, shutdownTimeoutMs + closingGraceMs);
    // Ready is announced once a SIGTERM drains: one sent on seeing it must not kill the process.
    logger.info({ shards: shardCount }, 'all shards ready');
    return {
      async stop() {
        removeSignalHandlers();
        await shards.stop();
      },
    };
  }

  const startUpRateLimits = boundStartUpRateLimits({ limitSeconds: env.START_RATE_LIMIT_SECONDS, logger });
  const client = createGatewayClient({ api: env.DISCORD_API_URL, rejectOnRateLimit: startUpRateLimits.rejectOnRateLimit });
  logConnectionEvents(client, logger);
  const metrics = context.metrics;
  const serving = serveInteractions(client, {
    handler: context.handler,
    logger,
    deferAfterMs,
    onDeferred: metrics ? (kind) => metrics.deferred(kind) : undefined,
  });
  let rejectStart: (error: Error) => void = () => {};
  const closedBeforeReady = new Promise<never>((_, reject) => {
    rejectStart = reject;
  });
  // Before ready, a close for good fails the start-up; once serving, it ends the bot (replaced below).
  let onClosedForGood = (code: number): void => rejectStart(unrecoverableCloseError(code));
  client.on(Events.ShardDisconnect, (event) => onClosedForGood(event.code));
  const ready = once(client, Events.ClientReady);
  try {
    await Promise.race([client.login(env.DISCORD_TOKEN).then(() => ready), closedBeforeReady]);
  } catch (error) {
    await client.destroy();
    if (error instanceof RateLimitError) throw startUpRateLimits.gaveUp(error);
    throw explainLoginFailure(error);
  }
  startUpRateLimits.markReady();
  const stopReporting = metrics ? reportGatewayStatus(client, metrics) : () => {};
  if (client.application?.id !== env.DISCORD_APPLICATION_ID)
    logger.warn('DISCORD_APPLICATION_ID is not the application of DISCORD_TOKEN: `npm run deploy` will register elsewhere');
  const learning = startLearningCommandIds({
    rest: client.rest,
    applicationId: client.application?.id ?? env.DISCORD_APPLICATION_ID,
    guildId: env.DISCORD_GUILD_ID,
    commandNames: context.commands.map((command) => command.data.name),
    directory: context.commandDirectory,
    logger,
  });

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await learning.stop();
      await serving.drain(shutdownTimeoutMs);
      stopReporting();
      await client.destroy();
      logger.info('disconnected from Discord');
    })();
    return stopping;
  };
  const removeSignalHandlers = stopOnSignals(stop, logger, shutdownTimeoutMs);
  onClosedForGood = (code) => {
    // A process manager must not read this as a clean stop, nor restart into the same refusal.
    logger.fatal({ code }, explainUnrecoverableClose(code));
    removeSignalHandlers();
    // Exits explicitly: a shard process's IPC channel to its manager would keep it alive.
    void stop().finally(() => process.exit(exitCodes.closedForGood));
  };
  // Ready is announced once a SIGTERM drains: one sent on seeing it must not kill the process.
  logger.info(
    { user: client.user?.username, guilds: client.guilds.cache.size, shards: client.options.shards },
    'connected to Discord',
  );
  return {
    async stop() {
      removeSignalHandlers();
      await stop();
    },
  };
}
