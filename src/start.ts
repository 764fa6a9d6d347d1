import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createCommands } from '../commands/index.js';
import { commonEnvSchema } from './config/common.js';
import { loadDotenvInto } from './config/dotenv.js';
import { readEnv } from './config/env.js';
import { createCommandDirectory } from './core/command-directory.js';
import { type Cooldown, createCooldown } from './core/cooldown.js';
import type { SharedCooldown } from './core/cooldown-redis.js';
import { createInteractionHandler } from './core/dispatch.js';
import { imagesArePrebuilt, storyCardName, timelineImageName } from './images/prebuilt.js';
import { createLogger, newReferenceId } from './log.js';
import { startOps } from './ops/start.js';
import { readerGone } from './output/closed-output.js';
import { secretsIn } from './output/secrets.js';
import { runsSources } from './project-root.js';
import { checkLanguageFiles, indexOrigin } from './qa/build.js';
import { getSuggestionIndex } from './qa/suggest.js';
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
  // The question engine's language and topic files too: a broken one stops the bot here, in one line.
  checkLanguageFiles(story);
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
  // Servers only: the console is one user, offline, and has nothing to scrape.
  const serving = mode !== 'console';
  const shardManager = mode === 'gateway' && values.shards !== undefined;
  const ops = await startOps({ port: serving ? common.OPS_PORT : undefined, host: common.OPS_HOST, env: io.env, logger });
  const cooldownMs = common.QUESTION_COOLDOWN_SECONDS * 1000;
  let cooldown: Cooldown = createCooldown(cooldownMs);
  let sharedCooldown: SharedCooldown | undefined;
  if (serving && !shardManager && common.REDIS_URL && cooldownMs > 0) {
    const { createRedisCooldown } = await import('./core/cooldown-redis.js');
    sharedCooldown = await createRedisCooldown({
      url: common.REDIS_URL,
      ms: cooldownMs,
      fallback: cooldown,
      logger,
      metrics: ops.metrics,
    });
    cooldown = sharedCooldown;
  }
  const commandDirectory = createCommandDirectory();
  const handler = createInteractionHandler(commands, logger, {
    commandDirectory,
    cooldown,
    settings: { mastodonInstance: common.MASTODON_INSTANCE },
    metrics: ops.metrics,
    story,
    replyCacheSize: common.REPLY_CACHE_SIZE,
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
  const context = {
    commands,
    handler,
    commandDirectory,
    logger,
    env: io.env,
    args: { shards: values.shards, out: values.out },
    metrics: ops.metrics,
    images: () => import('./images/story-images.js').then(({ storyImages }) => storyImages(story)),
  };
  if (mode === 'gateway' && io.env.PUBLIC_URL)
    logger.warn('PUBLIC_URL is used in HTTP mode only (where the bot serves /images): the gateway uploads pictures');
  const closeAll = async () => {
    await sharedCooldown?.close();
    await ops.stop();
  };
  // The build carries the images ready-made (scripts/build.ts); the sources render theirs before the
  // first interaction, so no reply waits for one. Shard processes see to their own.
  const renderImages = !shardManager && !imagesArePrebuilt(story, [storyCardName, timelineImageName]);
  if (renderImages && runsSources) await (await import('./images/files.js')).warmImages(story);
  // The question engine's index and its suggestions are built now, not inside the first question's three
  // seconds; a shard manager answers nothing, its shard processes build their own.
  if (!shardManager) {
    getSuggestionIndex(story);
    const origin = indexOrigin(story);
    if (origin.from === 'built' && !runsSources)
      logger.info(`built the question index at start: dist/qa-index.bin is ${origin.reason} (npm run build stores it ahead)`);
  }
  let running: RunningBot;
  try {
    // Each server transport is loaded only in its own mode: discord.js alone takes half a second to
    // import, and the HTTP endpoint never needs it.
    running =
      mode === 'http'
        ? await (await import('./transports/http/start.js')).startHttp(context)
        : await (await import('./transports/gateway/start.js')).startGateway(context);
  } catch (error) {
    await closeAll();
    throw error;
  }
  ops.ready();
  if (renderImages && !runsSources) {
    // The data changed since the build: render now rather than delay ready by about 0.6 s and 100 MB;
    // a picture asked for meanwhile waits for this same render.
    logger.info('rendering the images: the story data differ from the build (npm run build draws them ahead)');
    import('./images/files.js')
      .then(({ warmImages }) => warmImages(story))
      .then(() => logger.info('rendered the images'))
      .catch((error: unknown) => logger.error({ ref: newReferenceId(), err: error }, 'could not render the images'));
  }
  return {
    async stop() {
      ops.readiness.draining();
      await running.stop();
      await closeAll();
    },
  };
}
