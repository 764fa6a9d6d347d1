import { randomUUID } from 'node:crypto';
import { type Logger, pino } from 'pino';
import { logDestination } from './output/log-destination.js';
import { createScrubber } from './output/secrets.js';

export type { Logger };

/**
 * Where a secret could sit if an object were ever logged whole. Errors are already described without
 * their secrets where they are caught; this is the second line. Exact paths only: a wildcard path
 * (`*.token`) makes every log line walk every field (its cost: docs/architecture.md).
 */
const secretPaths = [
  'token',
  'DISCORD_TOKEN',
  'env.DISCORD_TOKEN',
  'config.token',
  'err.token',
  'error.token',
  'headers.authorization',
  'err.headers.authorization',
];

/**
 * The bot's structured logger. Logs go to stderr so the console's JSON output on stdout stays clean.
 * Every line is scrubbed of `secrets` (see secretsIn) as it is written, whatever field, message or
 * error text carries them.
 */
export function createLogger(
  options: { level?: string; destination?: NodeJS.WritableStream; secrets?: readonly string[] } = {},
): Logger {
  const secrets = options.secrets ?? [];
  const scrub = createScrubber(secrets);
  return pino(
    {
      name: 'xen-news',
      level: options.level ?? 'info',
      redact: { paths: secretPaths, censor: '[redacted]' },
      ...(secrets.length > 0 ? { hooks: { streamWrite: scrub } } : {}),
    },
    options.destination ?? logDestination(2),
  );
}

/** A short id that ties what a user is told to the log line that explains it. */
export function newReferenceId(): string {
  // randomUUID draws from a cached entropy pool: far cheaper per call than randomBytes on a hot path.
  return randomUUID().slice(0, 8);
}
