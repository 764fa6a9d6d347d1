import type { Writable } from 'node:stream';

/** The errors a write gets once nobody reads the other end (a closed pipe or socket). */
function isReaderGone(error: NodeJS.ErrnoException): boolean {
  return error.code === 'EPIPE' || error.code === 'ECONNRESET' || error.code === 'ERR_STREAM_DESTROYED';
}

/**
 * Resolves once `output`'s reader has gone. From this call on, a write to a closed pipe no longer
 * ends the process with an unhandled 'error' (Node's stdout and stderr have no listener of their
 * own); any other error on the stream still does.
 */
export function readerGone(output: Writable): Promise<void> {
  return new Promise((resolve) => {
    output.on('error', (error: NodeJS.ErrnoException) => {
      if (!isReaderGone(error)) throw error;
      resolve();
    });
  });
}
