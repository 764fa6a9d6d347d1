/**
 * `npm run deploy [-- --dry-run]`: registers the commands in commands/index.ts with Discord.
 * See src/deploy/run.ts.
 */
import { createCommands } from '../commands/index.js';
import { storyEnvSchema } from './config/common.js';
import { loadDotenvInto } from './config/dotenv.js';
import { ConfigError, readEnv } from './config/env.js';
import { deploy } from './deploy/run.js';
import { getStory, StoryDataError } from './story/load.js';

try {
  loadDotenvInto(process.env);
  // The definitions read the data (the share templates): a broken data file is one clear line here too.
  const story = getStory(readEnv(storyEnvSchema, process.env).XEN_NEWS_DATA_DIR);
  process.exitCode = await deploy(createCommands(story), {
    argv: process.argv.slice(2),
    env: process.env,
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  });
} catch (error) {
  if (!(error instanceof StoryDataError || error instanceof ConfigError)) throw error;
  process.stderr.write(`xen-news deploy: ${error.message}\n`);
  process.exitCode = 1;
}
