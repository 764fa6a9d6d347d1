import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { programFile } from '../../project-root.js';
import type { Ed25519Library } from './ed25519.js';

/** What the worker is started with. */
export interface VerifyWorkerData {
  publicKey: Uint8Array;
  library?: Ed25519Library;
}
/**
 * One check asked of the worker: `signed` holds the 64-byte signature, then what it signs (the
 * timestamp followed by the raw body). One exact-size buffer, transferred rather than copied: a
 * pooled Buffer would be cloned with its whole 8 KiB pool.
 */
export interface VerifyRequest {
  id: number;
  signed: Uint8Array;
}
export const signatureBytes = 64;
/** What the worker posts: which library it checks with, once, then one answer per request. */
export type VerifyWorkerMessage = { ready: Ed25519Library; libsodiumUnavailable?: string } | { id: number; valid: boolean };

/** The library the verifier's worker checks with, and why it is not libsodium when it is not. */
export interface VerifierReady {
  library: Ed25519Library;
  libsodiumUnavailable?: string;
}

/** Checks Discord's interaction signatures for one application, off the main thread. */
export interface SignatureVerifier {
  /** Resolves once the worker can check signatures; rejects if it could not start. */
  readonly ready: Promise<VerifierReady>;
  /**
   * True when `signatureHex` is the application's Ed25519 signature of `timestamp` followed by the
   * raw body, exactly as Discord signs an interaction. Malformed input is simply not a valid
   * signature. Rejects only if the worker fails; the next call starts a new one.
   */
  verify(signatureHex: string, timestamp: string, rawBody: Buffer): Promise<boolean>;
  /** Ends the worker; checks still waiting are rejected. */
  close(): Promise<void>;
}

export interface SignatureVerifierOptions {
  /** Forces a library (tests, bench); by default libsodium where it loads. */
  library?: Ed25519Library;
  /** The worker's module; tests swap in one that fails. */
  workerModule?: URL;
}

const hexSignature = /^[0-9a-fA-F]{128}$/;
const hexPublicKey = /^[0-9a-fA-F]{64}$/;
const requireHere = createRequire(import.meta.url);

/**
 * Node 20 does not apply module hooks, tsx's ESM loader among them, inside worker threads, so the
 * worker's TypeScript is loaded through tsx's require hook instead. The build's JavaScript runs as is.
 */
function startWorker(workerModule: URL, workerData: VerifyWorkerData): Worker {
  if (!workerModule.pathname.endsWith('.ts')) return new Worker(workerModule, { workerData });
  const bootstrap = `require(${JSON.stringify(requireHere.resolve('tsx/cjs'))});\nrequire(${JSON.stringify(fileURLToPath(workerModule))});`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * Starts the signature checker for the application's public key (64 hex characters). Checks run on
 * one worker thread, one message each way: libsodium's is the cheapest check but has no asynchronous
 * form, and on the main thread it would block the event loop (measurements: docs/architecture.md).
 */
export function createSignatureVerifier(publicKeyHex: string, options: SignatureVerifierOptions = {}): SignatureVerifier {
  if (!hexPublicKey.test(publicKeyHex)) throw new RangeError('the public key must be 64 hex characters');
  const workerData: VerifyWorkerData = {
    publicKey: Buffer.from(publicKeyHex, 'hex'),
    ...(options.library ? { library: options.library } : {}),
  };
  const workerModule = options.workerModule ?? pathToFileURL(programFile('src/transports/http/verify-worker'));
  const pending = new Map<number, { resolve(valid: boolean): void; reject(error: Error): void }>();
  let nextId = 0;
  let worker: Worker | undefined;
  let closed = false;
  let settleReady: { resolve(ready: VerifierReady): void; reject(error: Error): void } | undefined;
  const ready = new Promise<VerifierReady>((resolve, reject) => {
    settleReady = { resolve, reject };
  });
  // Not every caller waits for ready (a bench, a test); its failure still reaches them through verify.
  ready.catch(() => undefined);

  function spawn(): Worker {
    const started = startWorker(workerModule, workerData);
    // The server's socket keeps the process alive, not this thread.
    started.unref();
    let failure: Error | undefined;
    started.on('message', (message: VerifyWorkerMessage) => {
      if ('ready' in message) {
        settleReady?.resolve({
          library: message.ready,
          ...(message.libsodiumUnavailable ? { libsodiumUnavailable: message.libsodiumUnavailable } : {}),
        });
        return;
      }
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      waiting?.resolve(message.valid);
    });
    started.on('error', (error) => {
      failure = error;
    });
    started.on('exit', (code) => {
      if (worker === started) worker = undefined;
      const error = new Error(
        closed ? 'the signature verifier is closed' : `the signature worker stopped (${failure?.message ?? `exit code ${code}`})`,
      );
      settleReady?.reject(error);
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
    return started;
  }

  worker = spawn();
  return {
    ready,
    verify(signatureHex, timestamp, rawBody) {
      if (closed) return Promise.reject(new Error('the signature verifier is closed'));
      if (!hexSignature.test(signatureHex) || timestamp === '') return Promise.resolve(false);
      const id = nextId++;
      const timestampBytes = Buffer.byteLength(timestamp);
      const signed = Buffer.from(new ArrayBuffer(signatureBytes + timestampBytes + rawBody.byteLength));
      signed.write(signatureHex, 0, 'hex');
      signed.write(timestamp, signatureBytes);
      signed.set(rawBody, signatureBytes + timestampBytes);
      const request: VerifyRequest = { id, signed };
      worker ??= spawn();
      const active = worker;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        active.postMessage(request, [signed.buffer]);
      });
    },
    async close() {
      closed = true;
      await worker?.terminate();
    },
  };
}
