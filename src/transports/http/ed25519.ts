import { createPublicKey, verify } from 'node:crypto';

/** The libraries that can check a signature: libsodium (through sodium-native) or Node's OpenSSL. */
export type Ed25519Library = 'libsodium' | 'node:crypto';

/** A synchronous Ed25519 check against one public key, built once. */
export interface Ed25519Check {
  readonly library: Ed25519Library;
  /** Set when libsodium was wanted but could not be loaded, and why. */
  readonly libsodiumUnavailable?: string;
  isValid(message: Uint8Array, signature: Uint8Array): boolean;
}

/** An Ed25519 public key in SPKI DER is this fixed prefix followed by the 32 raw key bytes. */
const ed25519SpkiPrefix = Buffer.from('302a300506032b6570032100', 'hex');

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function nodeCryptoCheck(publicKey: Uint8Array, libsodiumUnavailable?: string): Ed25519Check {
  const key = createPublicKey({ key: Buffer.concat([ed25519SpkiPrefix, publicKey]), format: 'der', type: 'spki' });
  return {
    library: 'node:crypto',
    ...(libsodiumUnavailable === undefined ? {} : { libsodiumUnavailable }),
    isValid: (message, signature) => verify(null, message, key, signature),
  };
}

/**
 * The fastest Ed25519 check this machine has for `publicKey` (32 raw bytes): libsodium's, about 40 %
 * cheaper than OpenSSL's in Node 20 (bench/http.ts times both each run), or Node's own where
 * sodium-native has no build for the platform. `library` forces one, for tests and the bench.
 */
export async function createEd25519Check(publicKey: Uint8Array, library?: Ed25519Library): Promise<Ed25519Check> {
  if (publicKey.byteLength !== 32) throw new RangeError(`an Ed25519 public key is 32 bytes, not ${publicKey.byteLength}`);
  if (library === 'node:crypto') return nodeCryptoCheck(publicKey);
  let sodium: typeof import('sodium-native');
  try {
    sodium = (await import('sodium-native')).default;
  } catch (error) {
    if (library === 'libsodium') throw error;
    return nodeCryptoCheck(publicKey, error instanceof Error ? error.message : String(error));
  }
  const key = Buffer.from(publicKey);
  return {
    library: 'libsodium',
    isValid: (message, signature) =>
      signature.byteLength === sodium.crypto_sign_BYTES &&
      sodium.crypto_sign_verify_detached(asBuffer(signature), asBuffer(message), key),
  };
}
