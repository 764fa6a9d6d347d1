/**
 * The worker thread behind {@link createSignatureVerifier}: checks Ed25519 signatures one message at
 * a time with the check {@link createEd25519Check} picks, and says which library it uses first.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createEd25519Check } from './ed25519.js';
import { signatureBytes, type VerifyRequest, type VerifyWorkerData, type VerifyWorkerMessage } from './verify.js';

async function serve(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('verify-worker.ts runs as a worker thread');
  const { publicKey, library } = workerData as VerifyWorkerData;
  const check = await createEd25519Check(publicKey, library);
  const post = (message: VerifyWorkerMessage) => port.postMessage(message);
  port.on('message', ({ id, signed }: VerifyRequest) =>
    post({ id, valid: check.isValid(signed.subarray(signatureBytes), signed.subarray(0, signatureBytes)) }),
  );
  post({ ready: check.library, ...(check.libsodiumUnavailable ? { libsodiumUnavailable: check.libsodiumUnavailable } : {}) });
}

// A rejection here ends the worker with an 'error' event, which the verifier turns into a failed start.
void serve();
