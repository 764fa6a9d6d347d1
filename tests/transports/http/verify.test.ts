import { afterEach, describe, expect, it } from 'vitest';
import { createSignatureVerifier, type SignatureVerifier } from '../../../src/transports/http/verify.js';
import { applicationKeyPair, signatureHeaders } from './signed.js';

const { publicKeyHex, privateKey } = applicationKeyPair();
const timestamp = 1_700_000_000;

/** What the server hands the verifier for a request: the signature header, the timestamp header, the raw body. */
function signedRequest(body: string, signedBody = body): [string, string, Buffer] {
  const headers = signatureHeaders(privateKey, signedBody, timestamp);
  return [headers['x-signature-ed25519'] ?? '', headers['x-signature-timestamp'] ?? '', Buffer.from(body)];
}

const open: SignatureVerifier[] = [];
function verifier(...args: Parameters<typeof createSignatureVerifier>): SignatureVerifier {
  const created = createSignatureVerifier(...args);
  open.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((v) => v.close()));
});

describe('createSignatureVerifier', () => {
  it('checks with libsodium on a worker thread by default', async () => {
    const checker = verifier(publicKeyHex);
    await expect(checker.ready).resolves.toEqual({ library: 'libsodium' });
    await expect(checker.verify(...signedRequest('{"type":1}'))).resolves.toBe(true);
    await expect(checker.verify(...signedRequest('{"type":1}', '{"type":2}'))).resolves.toBe(false);
  });

  it.each(['libsodium', 'node:crypto'] as const)(
    'answers each of many concurrent checks with its own verdict (%s)',
    async (library) => {
      const checker = verifier(publicKeyHex, { library });
      const bodies = Array.from({ length: 300 }, (_, i) => `{"type":2,"id":"${i}"}`);
      const verdicts = await Promise.all(
        bodies.map((body, i) => checker.verify(...signedRequest(body, i % 3 === 0 ? `${body} ` : body))),
      );
      expect(verdicts).toEqual(bodies.map((_, i) => i % 3 !== 0));
      expect((await checker.ready).library).toBe(library);
    },
  );

  it('treats a malformed signature or a missing timestamp as invalid without asking the worker', async () => {
    const checker = verifier(publicKeyHex);
    const [signature, , body] = signedRequest('{"type":1}');
    await expect(checker.verify(signature.slice(2), String(timestamp), body)).resolves.toBe(false);
    await expect(checker.verify(`${signature.slice(2)}zz`, String(timestamp), body)).resolves.toBe(false);
    await expect(checker.verify(signature, '', body)).resolves.toBe(false);
  });

  it('refuses a public key that is not 64 hex characters', () => {
    expect(() => createSignatureVerifier('abc')).toThrow('64 hex characters');
  });

  it('refuses checks once closed', async () => {
    const checker = verifier(publicKeyHex);
    await checker.ready;
    await checker.close();
    await expect(checker.verify(...signedRequest('{"type":1}'))).rejects.toThrow('closed');
  });

  it('reports a worker that cannot start, through ready and through every check', async () => {
    const checker = verifier(publicKeyHex, { workerModule: new URL('./fixtures/failing-verify-worker.ts', import.meta.url) });
    await expect(checker.ready).rejects.toThrow('the worker could not load its check');
    await expect(checker.verify(...signedRequest('{"type":1}'))).rejects.toThrow('the worker could not load its check');
  });

  it('fails the checks a dying worker held and starts a new one for the next', async () => {
    const checker = verifier(publicKeyHex, { workerModule: new URL('./fixtures/exiting-verify-worker.ts', import.meta.url) });
    await checker.ready;
    await expect(checker.verify(...signedRequest('{"type":1}'))).rejects.toThrow('exit code 3');
    await expect(checker.verify(...signedRequest('{"type":1}'))).resolves.toBe(true);
  });
});
