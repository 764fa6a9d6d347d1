import { randomBytes } from 'node:crypto';
import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * The bot's structured logger. Logs go to stderr so the console's JSON output on stdout stays clean.
 * Secrets are redacted by path in case a config object is ever logged whole.
 */
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  return pino(
    {
      name: 'xen-news',
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      redact: { paths: ['token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'headers.authorization'], censor: '[redacted]' },
    },
    options.destination ?? pino.destination(2),
  );
}

/** A short id that ties what a user is told to the log line that explains it. */
export function newReferenceId(): string {
  return randomBytes(4).toString('hex');
}
