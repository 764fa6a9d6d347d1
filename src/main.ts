/** `npm start`: the bot's entry point. Everything but turning a failure into one line is in start.ts. */
import { ConfigError } from './config/env.js';
import { ExitError, exitCodes } from './exit.js';
import { readerGone } from './output/closed-output.js';
import { createScrubber, secretsIn } from './output/secrets.js';
import { startBot } from './start.js';
import { StoryDataError } from './story/load.js';

// Whoever read our output may go away (a pipe to `head`, a supervisor that left): that must not end the bot.
void readerGone(process.stdout);
void readerGone(process.stderr);

function fail(message: string, exitCode: number = exitCodes.failed): never {
  // An error's text can repeat what a server was sent, the token included; process.env has .env's values by now.
  const scrub = createScrubber(secretsIn(process.env));
  process.stderr.write(`xen-news: ${scrub(message)}\n`);
  process.exit(exitCode);
}

startBot({
  argv: process.argv.slice(2),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  catchUnhandledRejections: true,
}).catch((error: unknown) => {
  if (error instanceof ExitError) fail(error.message, error.exitCode);
  if (error instanceof StoryDataError || error instanceof ConfigError) fail(error.message);
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) fail(error.message);
  fail(`could not start: ${error instanceof Error ? error.message : String(error)}`);
});
