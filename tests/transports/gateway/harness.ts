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
  /** Resolves with the first log line whose message is `msg`, waiting for it if needed. */
  waitForLog(msg: string, timeoutMs?: number): Promise<Record<string, unknown>>;
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
    /** More environment for the bot (SHUTDOWN_TIMEOUT_SECONDS, DISCORD_GUILD_ID and the like). */
    env?: NodeJS.ProcessEnv;
    /** What the transport counts into (as the entry point hands it over with OPS_PORT). */
    metrics?: BotMetrics;
    /** Runs once the emulator is up, before the bot starts (to register commands, or inject faults). */
    beforeStart?: (emulator: DiscordEmulator) => Promise<void> | void;
  } = {},
): Promise<BotUnderTest> {
  const emulator = await startDiscordEmulator(options.emulator);
  const waiting = new Set<(line: Record<string, unknown>) => void>();
  const { logger, lines } = capturingLogger('info', (line) => {
    options.onLogLine?.(line);
    for (const listener of waiting) listener(line);
  });
  const commands = [...realCommands, ...(options.extraCommands ?? [])];
  // One directory, as `npm start` has: the transport records the ids, the handler's replies read them.
  const commandDirectory = createCommandDirectory();
  const real = createInteractionHandler(commands, logger, { commandDirectory });
  let bot: RunningGateway;
  try {
    await options.beforeStart?.(emulator);
    bot = await startGateway({
      commands,
      handler: options.handler ? options.handler(real) : real,
      commandDirectory,
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
    waitForLog(msg, timeoutMs = 10_000) {
      const seen = lines.find((line) => line.msg === msg);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(listener);
          reject(new Error(`no log line "${msg}" within ${timeoutMs} ms`));
        }, timeoutMs);
        const listener = (line: Record<string, unknown>) => {
          if (line.msg !== msg) return;
          clearTimeout(timer);
          waiting.delete(listener);
          resolve(line);
        };
        waiting.add(listener);
      });
    },
    async stop() {
      await bot.stop();
      await emulator.stop();
    },
  };
}
