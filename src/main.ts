import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { commonEnvSchema } from './config/common.js';
import { ConfigError, readEnv } from './config/env.js';
import { createCooldown } from './core/cooldown.js';
import { createInteractionHandler } from './core/dispatch.js';
import { createLogger, newReferenceId } from './log.js';
import { getStory, StoryDataError } from './story/load.js';
import { runConsole } from './transports/console/console.js';
import { startGateway } from './transports/gateway/start.js';
import { startHttp } from './transports/http/start.js';

function fail(message: string): never {
  process.stderr.write(`xen-news: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      console: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      http: { type: 'boolean', default: false },
      shards: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const dotenv = loadDotenv({ quiet: true });
  const dotenvCode = (dotenv.error as NodeJS.ErrnoException | undefined)?.code;
  if (dotenv.error && dotenvCode !== 'ENOENT') {
    throw new ConfigError(`.env cannot be read (${dotenvCode ?? dotenv.error.message}); fix or remove it.`);
  }
  // Load and validate the story before anything else: never serve half a story. The commands are
  // imported after, since their definitions read the data (the share variants, for one).
  getStory();
  const { commands } = await import('../commands/index.js');

  const common = readEnv(commonEnvSchema);
  const mode = values.console
    ? 'console'
    : values.http
      ? 'http'
      : (common.MODE ?? (process.env.DISCORD_TOKEN ? 'gateway' : 'console'));
  const interactiveConsole = mode === 'console' && process.stdin.isTTY && !values.json;
  // In the interactive console, info logs would interleave with the prompt.
  const logger = createLogger({ level: common.LOG_LEVEL ?? (interactiveConsole ? 'warn' : 'info') });
  const handler = createInteractionHandler(commands, logger, {
    cooldown: createCooldown(common.QUESTION_COOLDOWN_SECONDS * 1000),
    settings: { mastodonInstance: common.MASTODON_INSTANCE },
  });
  // A stray rejection must not take down a bot that is serving other people.
  process.on('unhandledRejection', (reason) => {
    logger.error({ ref: newReferenceId(), err: reason }, 'unhandled rejection');
  });

  if (mode === 'console') {
    if (!values.console && !values.json)
      logger.info('no DISCORD_TOKEN set: running the offline console (see README to connect to Discord)');
    await runConsole({
      commands,
      handler,
      input: process.stdin,
      output: process.stdout,
      json: values.json || !process.stdin.isTTY,
      colour: process.stdout.isTTY && !process.env.NO_COLOR,
    });
    return;
  }
  const context = { commands, handler, logger, env: process.env, args: { shards: values.shards, out: values.out } };
  if (mode === 'http') await startHttp(context);
  else await startGateway(context);
}

main().catch((error: unknown) => {
  if (error instanceof StoryDataError || error instanceof ConfigError) fail(error.message);
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) fail(error.message);
  fail(`could not start: ${error instanceof Error ? error.message : String(error)}`);
});
