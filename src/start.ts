import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createCommands } from '../commands/index.js';
import { commonEnvSchema } from './config/common.js';
import { loadDotenvInto } from './config/dotenv.js';
import { readEnv } from './config/env.js';
import { createCommandDirectory } from './core/command-directory.js';
import { createCooldown } from './core/cooldown.js';
import { createInteractionHandler } from './core/dispatch.js';
import { warmImages } from './images/files.js';
import { createLogger, newReferenceId } from './log.js';
import { readerGone } from './output/closed-output.js';
import { secretsIn } from './output/secrets.js';
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
  loadDotenvInto(io.env);
  const common = readEnv(commonEnvSchema, io.env);
  // Loaded and checked before anything else: never serve half a story.
  const story = getStory(common.XEN_NEWS_DATA_DIR);
  const commands = createCommands(story);
  const mode = values.console
    ? 'console'
    : values.http
      ? 'http'
      : (common.MODE ?? (common.DISCORD_TOKEN ? 'gateway' : 'console'));
  const interactiveConsole = mode === 'console' && io.stdin.isTTY === true && !values.json;
  // In the interactive console, info logs would interleave with the prompt.
  const logger = createLogger({
    level: common.LOG_LEVEL ?? (interactiveConsole ? 'warn' : 'info'),
    secrets: secretsIn(io.env),
    ...(io.logDestination ? { destination: io.logDestination } : {}),
  });
  const commandDirectory = createCommandDirectory();
  const handler = createInteractionHandler(commands, logger, {
    commandDirectory,
    cooldown: createCooldown(common.QUESTION_COOLDOWN_SECONDS * 1000),
    settings: { mastodonInstance: common.MASTODON_INSTANCE },
    story,
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
    const outputClosed = readerGone(io.stdout).then(() => 'output closed' as const);
    const ended = await Promise.race([
      runConsole({
        commands,
        handler,
        input: io.stdin,
        output: io.stdout,
        json: values.json || !interactiveConsole,
        colour: io.stdout.isTTY === true && !common.NO_COLOR,
        describeFiles: createFileSaver(values.out),
        logger,
      }),
      outputClosed,
    ]);
    // Nobody reads the answers any more: stop reading questions, and end quietly as Unix tools do.
    if (ended === 'output closed') io.stdin.destroy();
    return undefined;
  }
  // A server renders its images before the first interaction, so no reply waits for them.
  await warmImages(story);
  const context = { commands, handler, commandDirectory, logger, env: io.env, args: { shards: values.shards, out: values.out } };
  // Each server transport is loaded only in its own mode: discord.js alone takes half a second to
  // import, and the HTTP endpoint never needs it.
  if (mode === 'http') return (await import('./transports/http/start.js')).startHttp(context);
  return (await import('./transports/gateway/start.js')).startGateway(context);
}
