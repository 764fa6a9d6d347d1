import { generateKeyPairSync, sign } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEd25519Check, type Ed25519Library } from '../../../src/transports/http/ed25519.js';
import { applicationKeyPair } from './signed.js';

const { publicKeyHex, privateKey } = applicationKeyPair();
const publicKey = Buffer.from(publicKeyHex, 'hex');
const signed = (message: Buffer) => sign(null, message, privateKey);
const libraries: Ed25519Library[] = ['libsodium', 'node:crypto'];

describe.each(libraries)('an Ed25519 check with %s', (library) => {
  it('accepts the application’s signature of the message', async () => {
    const check = await createEd25519Check(publicKey, library);
    const message = Buffer.from('1700000000{"type":1}');
    expect(check.library).toBe(library);
    expect(check.isValid(message, signed(message))).toBe(true);
  });

  it('refuses a tampered message, another key’s signature and a truncated signature', async () => {
    const check = await createEd25519Check(publicKey, library);
    const message = Buffer.from('1700000000{"type":1}');
    const signature = signed(message);
    const otherKey = generateKeyPairSync('ed25519').privateKey;
    expect(check.isValid(Buffer.from('1700000000{"type":2}'), signature)).toBe(false);
    expect(check.isValid(message, sign(null, message, otherKey))).toBe(false);
    expect(check.isValid(message, signature.subarray(0, 63))).toBe(false);
  });
});

describe('createEd25519Check', () => {
  afterEach(() => {
    vi.doUnmock('sodium-native');
    vi.resetModules();
  });

  it('uses libsodium where it loads', async () => {
    const check = await createEd25519Check(publicKey);
    expect(check.library).toBe('libsodium');
    expect(check.libsodiumUnavailable).toBeUndefined();
  });

  it('agrees with node:crypto on any message, signed or altered', async () => {
    const [libsodium, openssl] = await Promise.all(libraries.map((library) => createEd25519Check(publicKey, library)));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.nat(), fc.boolean(), (bytes, at, alter) => {
        const message = Buffer.from(bytes);
        const signature = signed(message);
        const flipped = at % signature.length;
        if (alter) signature.writeUInt8(signature.readUInt8(flipped) ^ 1, flipped);
        const verdict = libsodium?.isValid(message, signature);
        expect(verdict).toBe(!alter);
        expect(openssl?.isValid(message, signature)).toBe(verdict);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a public key that is not 32 bytes', async () => {
    await expect(createEd25519Check(publicKey.subarray(0, 31))).rejects.toThrow('32 bytes, not 31');
  });

  it('falls back to node:crypto, saying why, where sodium-native does not load', async () => {
    vi.doMock('sodium-native', () => {
      throw new Error('no prebuild for this platform');
    });
    const { createEd25519Check: createWithoutSodium } = await import('../../../src/transports/http/ed25519.js');
    const check = await createWithoutSodium(publicKey);
    const message = Buffer.from('1700000000{"type":1}');
    expect(check.library).toBe('node:crypto');
    // vitest rewords the loader's error; that there is a reason to log is what matters.
    expect(check.libsodiumUnavailable).toMatch(/\S/);
    expect(check.isValid(message, signed(message))).toBe(true);
    await expect(createWithoutSodium(publicKey, 'libsodium')).rejects.toThrow();
  });
});
