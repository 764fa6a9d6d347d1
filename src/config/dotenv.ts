import { config as loadDotenv } from 'dotenv';
import { ConfigError } from './env.js';

/**
 * Adds the variables of `.env` in the working directory to `env`, those already set winning. A
 * missing file is fine; one that cannot be read stops the bot with one line.
 */
export function loadDotenvInto(env: NodeJS.ProcessEnv): void {
  const result = loadDotenv({ quiet: true, processEnv: env as Record<string, string> });
  const code = (result.error as NodeJS.ErrnoException | undefined)?.code;
  if (result.error && code !== 'ENOENT')
    throw new ConfigError(`.env cannot be read (${code ?? result.error.message}); fix or remove it.`);
}
