import type { Logger } from '../log.js';

/** After the shutdown deadline, how long disconnecting may take before the process exits regardless. */
export const closingGraceMs = 2000;

/**
 * Runs `stop` then exits 0 on SIGINT or SIGTERM (1 if stopping fails); returns a function that
 * removes the handlers. Shared by the gateway and HTTP modes so both drain the same way. `stop`
 * abandons what is still in flight at `shutdownTimeoutMs`; should closing connections then hang,
 * the process exits 1 {@link closingGraceMs} later, with a line saying so.
 */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger, shutdownTimeoutMs: number): () => void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      logger.error(
        { seconds: (shutdownTimeoutMs + closingGraceMs) / 1000 },
        'still stopping past the shutdown deadline; exiting',
      );
      process.exit(1);
    }, shutdownTimeoutMs + closingGraceMs).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}
