import { ConfigError, readEnv } from '../../config/env.js';
import { httpCommandIdsEnvSchema, httpEnvSchema } from '../../config/modes.js';
import { startLearningCommandIdsWithToken } from '../learn-command-ids.js';
import { stopOnSignals } from '../signals.js';
import type { StartContext } from '../start-context.js';
import { createInteractionServer } from './endpoint.js';

/** A running HTTP endpoint. */
export interface RunningHttp {
  url: string;
  /** Stops taking requests, finishes those in flight and closes. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Serves Discord interactions over HTTP (`POST /interactions`, `GET /healthz`) until SIGINT/SIGTERM.
 * Needs the application's public key only: answers go back in the HTTP response, and deferred ones
 * through the interaction's own webhook, neither of which takes a bot token. A token, when set, is
 * used for one call at start: learning the command ids.
 */
export async function startHttp(context: StartContext): Promise<RunningHttp> {
  const { logger } = context;
  const env = readEnv(httpEnvSchema, context.env);
  const ids = readEnv(httpCommandIdsEnvSchema, context.env);
  const learning = startLearningCommandIdsWithToken({
    token: ids.DISCORD_TOKEN,
    applicationId: ids.DISCORD_APPLICATION_ID,
    guildId: ids.DISCORD_GUILD_ID,
    apiUrl: env.DISCORD_API_URL,
    commandNames: context.commands.map((command) => command.data.name),
    directory: context.commandDirectory,
    logger,
  });
  const endpoint = createInteractionServer({
    handler: context.handler,
    logger,
    publicKey: env.DISCORD_PUBLIC_KEY,
    apiUrl: env.DISCORD_API_URL,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    ...(context.metrics ? { metrics: context.metrics } : {}),
    publicUrl: env.PUBLIC_URL,
    ...(context.images ? { images: context.images } : {}),
  });
  const address = await endpoint.listen(env.PORT, env.HOST).catch(async (error: unknown) => {
    await learning.stop();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new ConfigError(`PORT ${env.PORT} is in use on ${env.HOST}: set PORT to a free port.`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EACCES')
      throw new ConfigError(`cannot listen on ${env.HOST}:${env.PORT} (${code}): check HOST and PORT.`);
    throw error;
  });
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}/interactions`;
  const removeSignalHandlers = stopOnSignals(
    async () => {
      await learning.stop();
      await endpoint.stop();
      logger.info('stopped');
    },
    logger,
    env.SHUTDOWN_TIMEOUT_SECONDS * 1000,
  );
  // Announced only once a SIGTERM drains: one sent on seeing this line must not kill the process.
  logger.info({ url, port: address.port }, 'listening for Discord interactions');
  return {
    url,
    async stop() {
      removeSignalHandlers();
      await learning.stop();
      await endpoint.stop();
    },
  };
}
