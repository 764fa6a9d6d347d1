import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { REST } from '@discordjs/rest';
import { InteractionResponseType } from 'discord-api-types/v10';
import { Abandonment, settledWithin } from '../../core/deadline.js';
import type { InteractionHandler } from '../../core/dispatch.js';
import type { ReplyFile } from '../../core/interaction.js';
import { answerInteraction } from '../../core/reply-policy.js';
import { type Logger, newReferenceId } from '../../log.js';
import { type BotMetrics, noMetrics } from '../../ops/metrics.js';
import { send } from './encode.js';
import { createImageHost, fresh, hostedImagePath, type ImageHost } from './image-host.js';
import { httpResponder } from './responder.js';
import { createSignatureVerifier, type SignatureVerifierOptions } from './verify.js';
import {
  ClientGone,
  defaultMaxSlowBodies,
  Rejection,
  readVerifiedInteraction,
  type SlowBodies,
  tooManySlowBodies,
} from './verify-request.js';

/**
 * How long a request may take to arrive, headers and body. Discord sends its small bodies at once,
 * in milliseconds; only a stalled or hostile client needs longer, and each holds a connection.
 */
export const defaultRequestTimeoutMs = 10_000;
/** How long `stop()` waits for the work in flight before abandoning it. */
export const defaultShutdownTimeoutMs = 10_000;

export interface InteractionServerOptions {
  handler: InteractionHandler;
  /** The application's public key, 64 hex characters. */
  publicKey: string;
  /** Discord's REST base (`https://discord.com/api`), where deferred answers are completed. */
  apiUrl: string;
  logger: Logger;
  /** How long to wait for a handler before deferring (Discord drops a callback later than 3 s). */
  deferAfterMs?: number;
  /** Which Ed25519 library checks signatures; by default libsodium where it loads. */
  verifier?: SignatureVerifierOptions;
  /** How long a request may take to arrive whole (408 after); {@link defaultRequestTimeoutMs} unless told. */
  requestTimeoutMs?: number;
  /** How many bodies may be arriving in pieces at once (503 for more); see `defaultMaxSlowBodies`. */
  maxSlowBodies?: number;
  /** How long `stop()` waits for the work in flight; {@link defaultShutdownTimeoutMs} unless told. */
  shutdownTimeoutMs?: number;
  /** Counts deferrals, refused signatures and requests whose client went away. */
  metrics?: BotMetrics;
  /** PUBLIC_URL: replies link their pictures to `<publicUrl>/images/<hash>.png`, served here, instead of uploading them. */
  publicUrl?: string | undefined;
  /** Every picture a reply can attach, so any instance serves one another instance linked. */
  images?: () => Promise<readonly ReplyFile[]>;
}

/** A request being served: its work, and the id of its interaction once verified. */
interface Tracked {
  interaction: string | undefined;
  work: Promise<void> | undefined;
}

const pong = JSON.stringify({ type: InteractionResponseType.Pong });

/** A request target's path, without its query. */
function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/** A running interactions endpoint. */
export interface InteractionServer {
  readonly server: Server;
  /** Listens once signatures can be checked. */
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Requests being answered now, deferred answers still to complete included. */
  readonly inFlight: number;
  /**
   * Stops accepting connections and finishes the work in flight, then closes. What is still in
   * flight at the shutdown deadline is abandoned: its connections are closed and its Discord calls
   * given up, and one line lists it. Safe to call twice.
   */
  stop(): Promise<void>;
}

/**
 * The HTTP interactions endpoint: `POST /interactions` (verified, then answered by the reply policy
 * with the same handler as the gateway and the console) and `GET /healthz`.
 */
export function createInteractionServer(options: InteractionServerOptions): InteractionServer {
  const { handler, logger } = options;
  const metrics = options.metrics ?? noMetrics;
  const policy = { logger, deferAfterMs: options.deferAfterMs ?? 2000, onDeferred: (kind: string) => metrics.deferred(kind) };
  const verifier = createSignatureVerifier(options.publicKey, options.verifier);
  const imageHost: ImageHost | undefined = options.publicUrl
    ? createImageHost({ publicUrl: options.publicUrl, ...(options.images ? { known: options.images } : {}) })
    : undefined;
  // Webhook calls need the interaction token only: this REST client holds no bot token. Only an answer
  // that goes on after the HTTP response (deferred, or with follow-ups) makes them, so @discordjs/rest
  // and undici with it (about 6 MB of a process at ready) are loaded on the first such call.
  let restLoading: Promise<REST> | undefined;
  const loadRest = (): Promise<REST> => {
    restLoading ??= import('@discordjs/rest').then(
      ({ REST }) => new REST({ api: options.apiUrl }),
      (error: unknown) => {
        restLoading = undefined;
        throw error;
      },
    );
    return restLoading;
  };
  /** Each request being served, and the id of its interaction once verified. */
  const inFlight = new Set<Tracked>();
  const abandonment = new Abandonment();
  const slowBodies: SlowBodies = { held: 0, max: options.maxSlowBodies ?? defaultMaxSlowBodies };
  const requestTimeoutMs = options.requestTimeoutMs ?? defaultRequestTimeoutMs;
  const shutdownTimeoutMs = options.shutdownTimeoutMs ?? defaultShutdownTimeoutMs;
  let stopping = false;
  let rejectedSignatures = 0;
  let refusedSlowBodies = 0;

  async function serveInteraction(request: IncomingMessage, response: ServerResponse, tracked: Tracked) {
    const receivedAt = performance.now();
    const read = await readVerifiedInteraction(request, verifier, slowBodies);
    if (read.status === 'ping') {
      send(response, 200, pong, 'application/json');
      return;
    }
    tracked.interaction = read.payload.id;
    const responder = httpResponder(response, loadRest, read.payload, { receivedAt, abandonment }, imageHost);
    await answerInteraction({ id: read.payload.id, request: read.request }, handler(read.request), responder, policy);
  }

  /** Serves a request, or throws (a {@link Rejection} for what the client did wrong) before its answer is under way. */
  function route(request: IncomingMessage, response: ServerResponse, tracked: Tracked): Promise<void> | undefined {
    const path = pathOf(request.url ?? '/');
    if (path === '/healthz') {
      if (request.method !== 'GET' && request.method !== 'HEAD')
        throw new Rejection(405, 'method not allowed', { allow: 'GET, HEAD' });
      // A load balancer stops sending here once this turns 503 during shutdown.
      send(response, stopping ? 503 : 200, stopping ? 'stopping\n' : 'ok\n', 'text/plain; charset=utf-8');
      return;
    }
    if (path === '/interactions') {
      if (request.method !== 'POST') throw new Rejection(405, 'method not allowed', { allow: 'POST' });
      return serveInteraction(request, response, tracked);
    }
    const image = imageHost && hostedImagePath.exec(path);
    if (imageHost && image) return serveImage(imageHost, image[1] as string, request, response);
    throw new Rejection(404, 'not found');
  }

  /** One request from start to end: whatever goes wrong is answered and logged here, never thrown. */
  async function serve(request: IncomingMessage, response: ServerResponse, tracked: Tracked) {
    try {
      await route(request, response, tracked);
    } catch (error) {
      fail(response, error);
    } finally {
      inFlight.delete(tracked);
    }
  }

  function fail(response: ServerResponse, error: unknown) {
    if (error instanceof Rejection) {
      if (!response.headersSent) reject(response, error);
      return;
    }
    if (error instanceof ClientGone) {
      // Anyone can end a request early; that is not a fault of ours.
      logger.debug({ reason: error.message }, 'a request ended before it could be answered');
      return;
    }
    const ref = newReferenceId();
    logger.error({ ref, err: error }, 'could not answer a request');
    if (!response.headersSent) send(response, 500, `internal error (reference ${ref})\n`, 'text/plain; charset=utf-8');
    else response.destroy();
  }

  async function serveImage(host: ImageHost, hash: string, request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      throw new Rejection(405, 'method not allowed', { allow: 'GET, HEAD' });
    const hosted = await host.find(hash);
    if (!hosted) throw new Rejection(404, 'not found');
    // The URL names the content: it never changes, so caches keep it for good.
    const headers = { etag: hosted.etag, 'cache-control': 'public, max-age=31536000, immutable' };
    if (fresh(request.headers['if-none-match'], hosted.etag)) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    response.writeHead(200, {
      ...headers,
      'content-type': hosted.file.contentType,
      'content-length': hosted.file.data.byteLength,
    });
    response.end(request.method === 'HEAD' ? undefined : hosted.file.data);
  }

  function reject(response: ServerResponse, rejection: Rejection) {
    if (rejection.status === 401) {
      // Discord probes with bad signatures, so these are normal; the first one still shows a wrong key.
      rejectedSignatures += 1;
      metrics.signatureRejected();
      logger[rejectedSignatures === 1 ? 'warn' : 'debug']({ status: 401, reason: rejection.message }, 'refused a request');
    } else if (rejection.message === tooManySlowBodies) {
      // Only clients that are not Discord send bodies in pieces; the first refusal says it is happening.
      refusedSlowBodies += 1;
      logger[refusedSlowBodies === 1 ? 'warn' : 'debug'](
        { status: 503, reason: rejection.message, limit: slowBodies.max },
        'refused a request',
      );
    } else {
      logger.debug({ status: rejection.status, reason: rejection.message }, 'refused a request');
    }
    send(response, rejection.status, `${rejection.message}\n`, 'text/plain; charset=utf-8', rejection.headers);
  }

  function countIfAborted(this: ServerResponse) {
    // 'close' follows every response; one that never finished sending lost its client first.
    if (!this.writableFinished) metrics.requestAborted();
  }

  const server = createServer(
    {
      requestTimeout: requestTimeoutMs,
      headersTimeout: requestTimeoutMs,
      // Node checks both timeouts on this interval (30 s by default), so they would fire that late.
      connectionsCheckingInterval: Math.min(1000, requestTimeoutMs / 4),
    },
    (request, response) => {
      // 'close' comes once per response: a plain listener, shared by all, rather than a once() wrapper
      // each; and none at all when nothing counts it.
      if (metrics !== noMetrics) response.on('close', countIfAborted);
      const tracked: Tracked = { interaction: undefined, work: undefined };
      inFlight.add(tracked);
      tracked.work = serve(request, response, tracked);
    },
  );

  let stopped: Promise<void> | undefined;
  return {
    server,
    get inFlight() {
      return inFlight.size;
    },
    async listen(port, host) {
      const { library, libsodiumUnavailable } = await verifier.ready;
      if (libsodiumUnavailable)
        logger.warn(
          { reason: libsodiumUnavailable },
          'libsodium did not load; checking signatures with node:crypto, which is slower',
        );
      else logger.debug({ library }, 'checking signatures on a worker thread');
      server.listen({ port, host });
      await once(server, 'listening');
      return server.address() as AddressInfo;
    },
    stop() {
      stopped ??= (async () => {
        stopping = true;
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        // server.close() also ends Node's request timeouts: this deadline bounds a stalled request too.
        if (!(await settledWithin(() => [...inFlight].flatMap((tracked) => tracked.work ?? []), shutdownTimeoutMs))) {
          const left = [...inFlight];
          const interactions = left.flatMap((tracked) => (tracked.interaction ? [tracked.interaction] : []));
          logger.warn(
            { seconds: shutdownTimeoutMs / 1000, interactions, unverifiedRequests: left.length - interactions.length },
            'shutdown deadline passed: abandoning the requests and interactions still in flight',
          );
          abandonment.abandon();
        }
        server.closeAllConnections();
        await closed;
        await verifier.close();
      })();
      return stopped;
    },
  };
}
