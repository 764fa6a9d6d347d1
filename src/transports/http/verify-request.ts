import type { IncomingMessage } from 'node:http';
import { readInteraction } from '../../core/interaction-payload.js';
import type { SignatureVerifier } from './verify.js';

/** Interactions are a few kilobytes; anything this large did not come from Discord. */
export const maxBodyBytes = 64 * 1024;
/** Discord's guidance: refuse signatures over timestamps more than 5 minutes away, so a captured request can't be replayed later. */
export const maxClockSkewSeconds = 300;

/**
 * How many bodies may be arriving in pieces at once. Discord sends each body whole, so only other
 * clients hold these, and each holds memory (up to {@link maxBodyBytes}) before its signature can be
 * checked: 64 hold at most 4 MB. Bodies that arrive whole never wait for one.
 */
export const defaultMaxSlowBodies = 64;

/** The bodies being received in pieces now, for one endpoint. */
export interface SlowBodies {
  held: number;
  readonly max: number;
}

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

/** The client went away, or a timeout cut it off, before its body arrived: there is no one to answer. */
export class ClientGone extends Error {
  override readonly name = 'ClientGone';
}

/** Refused when {@link SlowBodies} are all held; Discord's own requests arrive whole and are not. */
export const tooManySlowBodies = 'too many requests arriving slowly';

/** A body being read, as its listeners share it. */
interface BodyRead {
  readonly request: IncomingMessage;
  readonly slowBodies: SlowBodies;
  readonly reject: (reason: Error) => void;
  /** True while the body holds one of the {@link SlowBodies} places. */
  arrivingInPieces: boolean;
}

function release(read: BodyRead): void {
  if (!read.arrivingInPieces) return;
  read.arrivingInPieces = false;
  read.slowBodies.held -= 1;
}

function refuse(read: BodyRead, rejection: Rejection): void {
  read.request.removeAllListeners('data');
  read.request.pause();
  release(read);
  read.reject(rejection);
}

// Helpers at module level and anonymous listeners: this runs for every request, and named closures
// made per call cost more (a name is defined on each where a build keeps function names).
function readBody(request: IncomingMessage, slowBodies: SlowBodies): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  if (declared > maxBodyBytes) return Promise.reject(new Rejection(413, 'body too large', { connection: 'close' }));
  // Plain 'data' events: the stream's async iterator costs measurably more per request under load.
  return new Promise((resolve, reject) => {
    const read: BodyRead = { request, slowBodies, reject, arrivingInPieces: false };
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        refuse(read, new Rejection(413, 'body too large', { connection: 'close' }));
        return;
      }
      chunks.push(chunk);
      // Short of its declared length (or of unknown length), the body is held until the rest comes.
      if (read.arrivingInPieces || size >= declared) return;
      if (slowBodies.held >= slowBodies.max) {
        refuse(read, new Rejection(503, tooManySlowBodies, { connection: 'close', 'retry-after': '10' }));
        return;
      }
      read.arrivingInPieces = true;
      slowBodies.held += 1;
    });
    request.on('end', () => {
      release(read);
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    });
    request.on('error', () => {
      release(read);
      reject(new ClientGone('the request ended before its body arrived'));
    });
  });
}

function header(request: IncomingMessage, name: string): string {
  const value = request.headers[name];
  return typeof value === 'string' ? value : '';
}

/**
 * Reads a POSTed interaction and checks it in Discord's order: signature headers present (401),
 * body size (413), timestamp within {@link maxClockSkewSeconds} (401), Ed25519 signature (401),
 * then the interaction's shape (400). Throws a {@link Rejection} at the first that fails, 503 for a
 * body arriving in pieces while every {@link SlowBodies} place is held, and {@link ClientGone} when
 * the body never arrives.
 */
export async function readVerifiedInteraction(request: IncomingMessage, verifier: SignatureVerifier, slowBodies: SlowBodies) {
  const signature = header(request, 'x-signature-ed25519');
  const timestamp = header(request, 'x-signature-timestamp');
  if (signature === '' || timestamp === '') throw new Rejection(401, 'missing signature headers');
  const rawBody = await readBody(request, slowBodies);
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
