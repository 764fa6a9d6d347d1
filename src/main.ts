/** `npm start`: the bot's entry point. Everything but turning a failure into one line is in start.ts. */
import { ConfigError } from './config/env.js';
import { startBot } from './start.js';
import { StoryDataError } from './story/load.js';

function fail(message: string): never {
  process.stderr.write(`xen-news: ${message}\n`);
  process.exit(1);
}

startBot({
  argv: process.argv.slice(2),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  catchUnhandledRejections: true,
}).catch((error: unknown) => {
  if (error instanceof StoryDataError || error instanceof ConfigError) fail(error.message);
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) fail(error.message);
  fail(`could not start: ${error instanceof Error ? error.message : String(error)}`);
});
