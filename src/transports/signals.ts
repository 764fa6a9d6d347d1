import type { Logger } from '../log.js';

/**
 * Runs `stop` then exits 0 on SIGINT or SIGTERM (1 if stopping fails); returns a function that
 * removes the handlers. Shared by the gateway and HTTP modes so both drain the same way.
 */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
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
