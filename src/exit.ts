/**
 * The exit codes of `npm start`, for a process manager to act on (see README, "Exit codes").
 * 75 and 78 are sysexits.h's EX_TEMPFAIL and EX_CONFIG.
 */
export const exitCodes = {
  /** Stopped as asked (SIGTERM/SIGINT drained), the console's input ended, or its output was closed. */
  stopped: 0,
  /** Could not start (configuration, data, flags, a token Discord rejects) or failed unexpectedly. */
  failed: 1,
  /** Discord kept start-up waiting (rate limits) past its bound: starting again later can work. */
  tryLater: 75,
  /** Discord closed the gateway for good (close codes 4004, 4010-4014): restarting cannot help until the set-up is fixed. */
  closedForGood: 78,
} as const;

/** A failure the entry point ends on with its own exit code; its message is the one line it writes. */
export class ExitError extends Error {
  override readonly name = 'ExitError';

  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
