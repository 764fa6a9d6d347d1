import { randomUUID } from 'node:crypto';
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
    // Asynchronous: lines written while a write is in flight go out together, not one syscall each.
    // pino flushes what is buffered when the process exits.
    options.destination ?? pino.destination({ dest: 2, sync: false }),
  );
}

/** A short id that ties what a user is told to the log line that explains it. */
export function newReferenceId(): string {
  // randomUUID draws from a cached entropy pool: far cheaper per call than randomBytes on a hot path.
  return randomUUID().slice(0, 8);
}
