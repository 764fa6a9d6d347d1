import { createPublicKey, type KeyObject, verify } from 'node:crypto';

/** An Ed25519 public key in SPKI DER is this fixed prefix followed by the 32 raw key bytes. */
const ed25519SpkiPrefix = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * Builds the application's public key once. Measured on Node 20 (bench/http.ts prints it each run):
 * `crypto.verify` with a prebuilt KeyObject costs about 65 µs, WebCrypto with a cached CryptoKey
 * about 95 µs plus a promise, and importing the key per call as discord-interactions' `verifyKey`
 * does about 150 µs. Verification bounds the endpoint's throughput, so the first wins.
 */
export function createInteractionPublicKey(publicKeyHex: string): KeyObject {
  return createPublicKey({
    key: Buffer.concat([ed25519SpkiPrefix, Buffer.from(publicKeyHex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

const hexSignature = /^[0-9a-fA-F]{128}$/;

/**
 * True when `signatureHex` is the application's Ed25519 signature of `timestamp` followed by the raw
 * body, exactly as Discord signs an interaction. Malformed input is simply not a valid signature.
 */
export function verifyInteractionSignature(
  publicKey: KeyObject,
  signatureHex: string,
  timestamp: string,
  rawBody: Buffer,
): boolean {
  if (!hexSignature.test(signatureHex) || timestamp === '') return false;
  const message = Buffer.concat([Buffer.from(timestamp, 'utf8'), rawBody]);
  return verify(null, message, publicKey, Buffer.from(signatureHex, 'hex'));
}
