import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { commonEnvSchema } from './config/common.js';
import { ConfigError, readEnv } from './config/env.js';
import { createCooldown } from './core/cooldown.js';
import { createInteractionHandler } from './core/dispatch.js';
import { warmImages } from './images/files.js';
import { createLogger, newReferenceId } from './log.js';
import { getIndex } from './qa/build.js';
import { getLexicon } from './qa/lexicon.js';
import { getStory } from './story/load.js';
import { runConsole } from './transports/console/console.js';
import { createFileSaver } from './transports/console/files.js';

/** What `npm start` reads and writes; the real process's in production, streams of their own in tests. */
export interface StartIo {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  /** Where logs go (stderr when unset). */
  logDestination?: NodeJS.WritableStream;
  /** Log unhandled rejections instead of dying of them; once per process, so only the real entry point. */
  catchUnhandledRejections?: boolean;
}

/** A transport left running: the gateway client or the HTTP endpoint. */
export interface RunningBot {
  stop(): Promise<void>;
}

/**
 * `npm start`: reads the flags, `.env` and the story (refusing to start on any problem), then runs
 * the console, the HTTP endpoint or the gateway client. Resolves when the console ends, or once a
 * server is up, with a handle to stop it.
 */
export async function startBot(io: StartIo): Promise<RunningBot | undefined> {
  const { values } = parseArgs({
    args: io.argv,
    options: {
      console: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      http: { type: 'boolean', default: false },
      shards: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const dotenv = loadDotenv({ quiet: true, processEnv: io.env as Record<string, string> });
  const dotenvCode = (dotenv.error as NodeJS.ErrnoException | undefined)?.code;
  if (dotenv.error && dotenvCode !== 'ENOENT') {
    throw new ConfigError(`.env cannot be read (${dotenvCode ?? dotenv.error.message}); fix or remove it.`);
  }
  // Load and validate the story before anything else: never serve half a story. The commands are
  // imported after, since their definitions read the data (the share variants, for one).
  getStory();
  // The question engine's language and topic files too: a broken lexicon stops the bot here, in one line.
  getLexicon();
  const { commands } = await import('../commands/index.js');

  const common = readEnv(commonEnvSchema, io.env);
  const mode = values.console
    ? 'console'
    : values.http
      ? 'http'
      : (common.MODE ?? (io.env.DISCORD_TOKEN ? 'gateway' : 'console'));
  const interactiveConsole = mode === 'console' && io.stdin.isTTY === true && !values.json;
  // In the interactive console, info logs would interleave with the prompt.
  const logger = createLogger({
    level: common.LOG_LEVEL ?? (interactiveConsole ? 'warn' : 'info'),
    ...(io.logDestination ? { destination: io.logDestination } : {}),
  });
  const handler = createInteractionHandler(commands, logger, {
    cooldown: createCooldown(common.QUESTION_COOLDOWN_SECONDS * 1000),
    settings: { mastodonInstance: common.MASTODON_INSTANCE },
  });
  if (io.catchUnhandledRejections) {
    // A stray rejection must not take down a bot that is serving other people.
    process.on('unhandledRejection', (reason) => {
      logger.error({ ref: newReferenceId(), err: reason }, 'unhandled rejection');
    });
  }

  if (mode === 'console') {
    if (!values.console && !values.json)
      logger.info('no DISCORD_TOKEN set: running the offline console (see README to connect to Discord)');
    await runConsole({
      commands,
      handler,
      input: io.stdin,
      output: io.stdout,
      json: values.json || !interactiveConsole,
      colour: io.stdout.isTTY === true && !io.env.NO_COLOR,
      describeFiles: createFileSaver(values.out),
    });
    return undefined;
  }
  // A server renders its images before the first interaction, so no reply waits for them.
  await warmImages(getStory());
  // The question index is built now, not inside the first question's three seconds.
  getIndex(getStory());
  const context = { commands, handler, logger, env: io.env, args: { shards: values.shards, out: values.out } };
  // Each server transport is loaded only in its own mode: discord.js alone takes half a second to
  // import, and the HTTP endpoint never needs it.
  if (mode === 'http') return (await import('./transports/http/start.js')).startHttp(context);
  return (await import('./transports/gateway/start.js')).startGateway(context);
}
