import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { REST } from '@discordjs/rest';
import { InteractionResponseType } from 'discord-api-types/v10';
import type { InteractionHandler } from '../../core/dispatch.js';
import { answerInteraction } from '../../core/reply-policy.js';
import { type Logger, newReferenceId } from '../../log.js';
import { httpResponder } from './responder.js';
import { createSignatureVerifier, type SignatureVerifierOptions } from './verify.js';
import { Rejection, readVerifiedInteraction } from './verify-request.js';

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
}

/** A running interactions endpoint. */
export interface InteractionServer {
  readonly server: Server;
  /** Listens once signatures can be checked. */
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Requests being answered now, deferred answers still to complete included. */
  readonly inFlight: number;
  /** Stops accepting connections, finishes the work in flight, then closes. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * The HTTP interactions endpoint: `POST /interactions` (verified, then answered by the reply policy
 * with the same handler as the gateway and the console) and `GET /healthz`.
 */
export function createInteractionServer(options: InteractionServerOptions): InteractionServer {
  const { handler, logger } = options;
  const policy = { logger, deferAfterMs: options.deferAfterMs ?? 2000 };
  const verifier = createSignatureVerifier(options.publicKey, options.verifier);
  // Webhook calls need the interaction token only: this REST client holds no bot token. Its import
  // (about 0.4 s) overlaps the signature worker's start-up instead of adding to it.
  const restLoading = import('@discordjs/rest').then(({ REST }) => new REST({ api: options.apiUrl }));
  let rest: REST | undefined;
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  let rejectedSignatures = 0;

  function send(response: ServerResponse, status: number, body: string | Buffer, contentType: string, headers = {}): void {
    response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body), ...headers });
    response.end(body);
  }

  async function serveInteraction(request: IncomingMessage, response: ServerResponse) {
    const read = await readVerifiedInteraction(request, verifier);
    if (read.status === 'ping') {
      send(response, 200, JSON.stringify({ type: InteractionResponseType.Pong }), 'application/json');
      return;
    }
    rest ??= await restLoading;
    const responder = httpResponder((encoded) => send(response, 200, encoded.body, encoded.contentType), rest, read.payload);
    await answerInteraction({ id: read.payload.id, request: read.request }, handler(read.request), responder, policy);
  }

  async function route(request: IncomingMessage, response: ServerResponse) {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      if (request.method !== 'GET' && request.method !== 'HEAD')
        throw new Rejection(405, 'method not allowed', { allow: 'GET, HEAD' });
      // A load balancer stops sending here once this turns 503 during shutdown.
      send(response, stopping ? 503 : 200, stopping ? 'stopping\n' : 'ok\n', 'text/plain; charset=utf-8');
      return;
    }
    if (path !== '/interactions') throw new Rejection(404, 'not found');
    if (request.method !== 'POST') throw new Rejection(405, 'method not allowed', { allow: 'POST' });
    await serveInteraction(request, response);
  }

  function reject(response: ServerResponse, rejection: Rejection) {
    if (rejection.status === 401) {
      // Discord probes with bad signatures, so these are normal; the first one still shows a wrong key.
      rejectedSignatures += 1;
      logger[rejectedSignatures === 1 ? 'warn' : 'debug']({ status: 401, reason: rejection.message }, 'refused a request');
    } else {
      logger.debug({ status: rejection.status, reason: rejection.message }, 'refused a request');
    }
    send(response, rejection.status, `${rejection.message}\n`, 'text/plain; charset=utf-8', rejection.headers);
  }

  const server = createServer((request, response) => {
    const work = route(request, response)
      .catch((error: unknown) => {
        if (error instanceof Rejection) {
          if (!response.headersSent) reject(response, error);
          return;
        }
        const ref = newReferenceId();
        logger.error({ ref, err: error }, 'could not answer a request');
        if (!response.headersSent) send(response, 500, `internal error (reference ${ref})\n`, 'text/plain; charset=utf-8');
        else response.destroy();
      })
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  });

  let stopped: Promise<void> | undefined;
  return {
    server,
    get inFlight() {
      return inFlight.size;
    },
    async listen(port, host) {
      const [{ library, libsodiumUnavailable }] = await Promise.all([verifier.ready, restLoading]);
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
        while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
        server.closeAllConnections();
        await closed;
        await verifier.close();
      })();
      return stopped;
    },
  };
}
