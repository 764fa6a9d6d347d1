import { createRequire } from 'node:module';
import type { SonicBoom as SonicBoomClass, SonicBoomOpts } from 'sonic-boom';

// A CommonJS module whose types declare an ES default export it does not have: required as it is.
const SonicBoom = createRequire(import.meta.url)('sonic-boom') as typeof SonicBoomClass;

/** A busy pipe is retried 100 ms apart; this many in a row (about 5 s) and the write is put off until the next line. */
const maxWriteRetries = 50;
/** Lines held for a reader that has stopped reading; beyond this, new lines are dropped instead of filling memory. */
const maxBufferedBytes = 16 * 1024 * 1024;
/** Lines are gathered for at most this long, or until they reach {@link maxGatheredChars}, then written together. */
const maxGatheringMs = 10;
const maxGatheredChars = 64 * 1024;

/** What pino writes its lines to. */
export interface LogDestination {
  write(line: string): void;
}

function isBusy(error: NodeJS.ErrnoException): boolean {
  return error.code === 'EAGAIN' || error.code === 'EBUSY';
}

function openLogDestination(fd: number): LogDestination {
  // Asynchronous: lines written while a write is in flight go out together, not one syscall each.
  // Bytes, not text: each turn's lines are encoded once here, and sonic-boom neither measures nor
  // re-encodes them.
  const options: SonicBoomOpts & { maxWriteRetries: number } = {
    fd,
    sync: false,
    contentMode: 'buffer',
    maxLength: maxBufferedBytes,
    maxWriteRetries,
  };
  const stream = new SonicBoom(options);
  let readerGone = false;
  // Any failure but a busy pipe means nobody will read these lines again (EPIPE: the reader closed
  // its end). Logging stops there, so the bot goes on serving and can still exit: retrying the same
  // line is what spun a bot whose supervisor had gone away.
  const onFailure = (error: NodeJS.ErrnoException) => {
    if (!isBusy(error)) readerGone = true;
  };
  stream.on('error', onFailure);
  // A write per line costs a thread-pool round trip per interaction on a busy endpoint, about as
  // much as the rest of answering it from memory (bench/http.ts): lines are gathered for a few
  // milliseconds and written together. None waits longer than that, and at exit none is left behind.
  let gathered = '';
  let handOverScheduled = false;
  const handOver = () => {
    handOverScheduled = false;
    const lines = gathered;
    gathered = '';
    // In 'buffer' mode sonic-boom takes Buffers, which its types (text only) do not say.
    if (!readerGone && lines !== '') stream.write(Buffer.from(lines) as unknown as string);
  };
  // What is still buffered at exit goes out synchronously, since the event loop is gone by then.
  process.on('exit', () => {
    handOver();
    if (readerGone) return;
    try {
      stream.flushSync();
    } catch (error) {
      onFailure(error as NodeJS.ErrnoException);
    }
  });
  return {
    write(line) {
      if (readerGone) return;
      gathered += line;
      if (gathered.length >= maxGatheredChars) handOver();
      else if (!handOverScheduled) {
        handOverScheduled = true;
        setTimeout(handOver, maxGatheringMs).unref();
      }
    },
  };
}

const opened = new Map<number, LogDestination>();

/**
 * The log destination on a file descriptor (2: stderr), one per descriptor for the whole process.
 * A reader that goes away never stops the bot: its lines are dropped from then on.
 */
export function logDestination(fd: number): LogDestination {
  let destination = opened.get(fd);
  if (!destination) {
    destination = openLogDestination(fd);
    opened.set(fd, destination);
  }
  return destination;
}
