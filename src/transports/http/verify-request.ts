import type { IncomingMessage } from 'node:http';
import { readInteraction } from '../../core/interaction-payload.js';
import type { SignatureVerifier } from './verify.js';

/** Interactions are a few kilobytes; anything this large did not come from Discord. */
export const maxBodyBytes = 64 * 1024;
/** Discord's guidance: refuse signatures over timestamps more than 5 minutes away, so a captured request can't be replayed later. */
export const maxClockSkewSeconds = 300;

/** A request refused before it reaches the handler, with the status and headers to answer it with. */
export class Rejection extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBodyBytes) return Promise.reject(new Rejection(413, 'body too large', { connection: 'close' }));
  // Plain 'data' events: the stream's async iterator costs measurably more per request under load.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        request.removeAllListeners('data');
        request.pause();
        reject(new Rejection(413, 'body too large', { connection: 'close' }));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size)));
    request.on('error', reject);
  });
}

function header(request: IncomingMessage, name: string): string {
  const value = request.headers[name];
  return typeof value === 'string' ? value : '';
}

/**
 * Reads a POSTed interaction and checks it in Discord's order: signature headers present (401),
 * body size (413), timestamp within {@link maxClockSkewSeconds} (401), Ed25519 signature (401),
 * then the interaction's shape (400). Throws a {@link Rejection} at the first that fails.
 */
export async function readVerifiedInteraction(request: IncomingMessage, verifier: SignatureVerifier) {
  const signature = header(request, 'x-signature-ed25519');
  const timestamp = header(request, 'x-signature-timestamp');
  if (signature === '' || timestamp === '') throw new Rejection(401, 'missing signature headers');
  const rawBody = await readBody(request);
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(Date.now() / 1000 - Number(timestamp)) > maxClockSkewSeconds)
    throw new Rejection(401, 'timestamp too far from now');
  if (!(await verifier.verify(signature, timestamp, rawBody))) throw new Rejection(401, 'invalid request signature');
  let json: unknown;
  try {
    json = JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new Rejection(400, 'body is not JSON');
  }
  const read = readInteraction(json);
  if (read.status === 'refused') throw new Rejection(400, read.problem);
  return read;
}
