import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

/** A fresh Ed25519 key pair, standing in for a Discord application's. */
export function applicationKeyPair(): { publicKeyHex: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x ?? '';
  return { publicKeyHex: Buffer.from(x, 'base64url').toString('hex'), privateKey };
}

export interface SignedRequestOptions {
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  /** Sign this body but send `body` (a tampered request). */
  signedBody?: string;
  headers?: Record<string, string>;
}

/** Signs `timestamp + body` as Discord does and returns the request headers. */
export function signatureHeaders(privateKey: KeyObject, body: string, timestamp: number): Record<string, string> {
  const signature = sign(null, Buffer.from(`${timestamp}${body}`), privateKey).toString('hex');
  return { 'x-signature-ed25519': signature, 'x-signature-timestamp': String(timestamp) };
}

/** POSTs `body` to the endpoint, signed with `privateKey`, as Discord would. */
export function postSigned(url: string, privateKey: KeyObject, body: string, options: SignedRequestOptions = {}) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      ...signatureHeaders(privateKey, options.signedBody ?? body, timestamp),
      ...options.headers,
    },
  });
}
