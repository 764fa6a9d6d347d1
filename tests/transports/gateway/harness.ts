import type { AnyCommand } from '../../../src/core/command.js';
import { createCommandDirectory } from '../../../src/core/command-directory.js';
import { createInteractionHandler, type InteractionHandler } from '../../../src/core/dispatch.js';
import type { BotMetrics } from '../../../src/ops/metrics.js';
import { type RunningGateway, startGateway } from '../../../src/transports/gateway/start.js';
import { type DiscordEmulator, startDiscordEmulator } from '../../emulator/index.js';
import type { EmulatorOptions } from '../../emulator/types.js';
import { commands as realCommands } from '../../helpers/commands.js';
import { capturingLogger } from '../../helpers/logger.js';

export interface BotUnderTest {
  emulator: DiscordEmulator;
  bot: RunningGateway;
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

/**
 * The bot's real gateway start-up (`startGateway`, as `npm start` calls it) against a fresh
 * emulator. `extraCommands` join the real ones; `handler` replaces the core's (to break it on purpose).
 */
export async function startBotWithEmulator(
  options: {
    extraCommands?: AnyCommand[];
    handler?: (real: InteractionHandler) => InteractionHandler;
    emulator?: Partial<EmulatorOptions>;
    /** Sees each log line as it is written (see capturingLogger). */
    onLogLine?: (line: Record<string, unknown>) => void;
    /** More environment for the bot (SHUTDOWN_TIMEOUT_SECONDS and the like). */
    env?: NodeJS.ProcessEnv;
    /** What the transport counts into (as the entry point hands it over with OPS_PORT). */
    metrics?: BotMetrics;
  } = {},
): Promise<BotUnderTest> {
  const emulator = await startDiscordEmulator(options.emulator);
  const { logger, lines } = capturingLogger('info', options.onLogLine);
  const commands = [...realCommands, ...(options.extraCommands ?? [])];
  const real = createInteractionHandler(commands, logger);
  let bot: RunningGateway;
  try {
    bot = await startGateway({
      commands,
      handler: options.handler ? options.handler(real) : real,
      commandDirectory: createCommandDirectory(),
      logger,
      env: {
        DISCORD_TOKEN: emulator.token,
        DISCORD_APPLICATION_ID: emulator.applicationId,
        DISCORD_API_URL: emulator.apiUrl,
        ...options.env,
      },
      args: {},
      ...(options.metrics ? { metrics: options.metrics } : {}),
    });
  } catch (error) {
    await emulator.stop();
    throw error;
  }
  return {
    emulator,
    bot,
    logs: lines,
    async stop() {
      await bot.stop();
      await emulator.stop();
    },
  };
}
