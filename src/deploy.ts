/**
 * `npm run deploy [-- --dry-run]`: registers the commands in commands/index.ts with Discord.
 * See src/deploy/run.ts.
 */
import { config as loadDotenv } from 'dotenv';
import { deploy } from './deploy/run.js';
import { getStory, StoryDataError } from './story/load.js';

const dotenv = loadDotenv({ quiet: true });
const dotenvCode = (dotenv.error as NodeJS.ErrnoException | undefined)?.code;
if (dotenv.error && dotenvCode !== 'ENOENT') {
  process.stderr.write(`xen-news deploy: .env cannot be read (${dotenvCode ?? dotenv.error.message}); fix or remove it.\n`);
  process.exitCode = 1;
} else {
  try {
    // The definitions read the data: a broken data file is one clear line here too.
    getStory();
  } catch (error) {
    if (!(error instanceof StoryDataError)) throw error;
    process.stderr.write(`xen-news deploy: ${error.message}\n`);
    process.exit(1);
  }
  const { commands } = await import('../commands/index.js');
  process.exitCode = await deploy(commands, {
    argv: process.argv.slice(2),
    env: process.env,
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  });
}
