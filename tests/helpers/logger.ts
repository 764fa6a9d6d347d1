import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/log.js';

/**
 * A logger whose lines are kept, parsed, for assertions. `onLine` sees each line as it is written,
 * synchronously, to check what holds at the moment something is logged.
 */
export function capturingLogger(
  level = 'info',
  onLine?: (line: Record<string, unknown>) => void,
  options: { secrets?: readonly string[] } = {},
): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const text of String(chunk).split('\n').filter(Boolean)) {
        const line = JSON.parse(text) as Record<string, unknown>;
        lines.push(line);
        onLine?.(line);
      }
      done();
    },
  });
  return { logger: createLogger({ level, destination: sink, ...options }), lines };
}
