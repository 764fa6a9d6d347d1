import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InteractionResponseType, InteractionType, MessageFlags } from 'discord-api-types/v10';
import type { InteractionHandler } from '../../core/dispatch.js';
import type { InteractionRequest, InteractionResponse, ReplyFile, ReplyMessage } from '../../core/interaction.js';
import { type Logger, newReferenceId } from '../../log.js';
import { stillWorking, within } from '../deadline.js';
import { encodeBody, messageJson } from './encode.js';
import { type AnswerablePayload, interactionPayloadSchema, toInteractionRequest } from './payload.js';
import { createSignatureVerifier, type SignatureVerifierOptions } from './verify.js';
import { interactionWebhook } from './webhook.js';

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

/** Interactions are a few kilobytes; anything this large did not come from Discord. */
export const maxBodyBytes = 64 * 1024;
/** Discord's guidance: refuse signatures over timestamps more than 5 minutes away, so a captured request can't be replayed later. */
export const maxClockSkewSeconds = 300;

class Rejection extends Error {
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

/** An interaction callback ready to encode: its JSON text and the files it attaches. */
interface EncodableCallback {
  json: string;
  files?: readonly ReplyFile[] | undefined;
}

function parsePayload(rawBody: Buffer): AnswerablePayload | { type: InteractionType.Ping } {
  let json: unknown;
  try {
    json = JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new Rejection(400, 'body is not JSON');
  }
  const parsed = interactionPayloadSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new Rejection(400, `not an interaction this bot answers (${where}${issue?.message ?? 'invalid'})`);
  }
  return parsed.data;
}

/** A callback that carries a message, as JSON text built around the message's own. */
function messageCallback(type: InteractionResponseType, message: ReplyMessage, replaceAll: boolean): EncodableCallback {
  return { json: `{"type":${type},"data":${messageJson(message, { replaceAll })}}`, files: message.files };
}

/** The interaction callback for a handler's response; `update` only exists for a button's message. */
function callbackOf(request: InteractionRequest, response: InteractionResponse): EncodableCallback {
  if (response.type === 'choices')
    return {
      json: JSON.stringify({
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: response.choices },
      }),
    };
  if (response.type === 'update' && request.kind === 'button')
    return messageCallback(InteractionResponseType.UpdateMessage, response.message, true);
  return messageCallback(InteractionResponseType.ChannelMessageWithSource, response.message, false);
}

/**
 * The HTTP interactions endpoint: `POST /interactions` (verified, then answered by the same handler
 * as the gateway and the console) and `GET /healthz`.
 */
export function createInteractionServer(options: InteractionServerOptions): InteractionServer {
  const { handler, logger, apiUrl } = options;
  const deferAfterMs = options.deferAfterMs ?? 2000;
  const verifier = createSignatureVerifier(options.publicKey, options.verifier);
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  let rejectedSignatures = 0;

  function send(response: ServerResponse, status: number, body: string | Buffer, contentType: string, headers = {}): void {
    response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body), ...headers });
    response.end(body);
  }

  function sendCallback(response: ServerResponse, callback: EncodableCallback): void {
    const encoded = encodeBody(callback.json, callback.files);
    send(response, 200, encoded.body, encoded.contentType);
  }

  /** After a deferral: finish through the interaction's webhook, keeping an ephemeral answer private. */
  async function completeDeferred(payload: AnswerablePayload, request: InteractionRequest, answer: InteractionResponse) {
    if (answer.type === 'choices') throw new Error('the handler answered a command or button with autocomplete choices');
    const webhook = interactionWebhook(apiUrl, payload.application_id, payload.token);
    if (request.kind === 'button') {
      if (answer.type === 'update') await webhook.editOriginal(answer.message);
      else await webhook.followUp(answer.message);
      return;
    }
    if (((answer.message.flags ?? 0) & MessageFlags.Ephemeral) !== 0) {
      // A deferral fixed the reply as public; a private answer must not be edited into it.
      await webhook.deleteOriginal();
      await webhook.followUp(answer.message);
      return;
    }
    await webhook.editOriginal(answer.message);
  }

  async function answer(response: ServerResponse, payload: AnswerablePayload) {
    const request = toInteractionRequest(payload);
    if (!request) throw new Rejection(400, 'not an interaction this bot answers (no user)');
    const pending = handler(request);
    const early = await within(pending, deferAfterMs);
    if (early !== stillWorking) {
      sendCallback(response, callbackOf(request, early));
      return;
    }
    if (request.kind === 'autocomplete') {
      // Autocomplete cannot be deferred: an empty list now beats a failed interaction.
      logger.warn({ command: request.commandName }, 'autocomplete too slow; sent no choices');
      sendCallback(response, callbackOf(request, { type: 'choices', choices: [] }));
      return;
    }
    const deferral =
      request.kind === 'button'
        ? InteractionResponseType.DeferredMessageUpdate
        : InteractionResponseType.DeferredChannelMessageWithSource;
    sendCallback(response, { json: JSON.stringify({ type: deferral }) });
    logger.info({ interaction: payload.id }, 'deferred a slow interaction');
    try {
      await completeDeferred(payload, request, await pending);
    } catch (error) {
      logger.error({ ref: newReferenceId(), interaction: payload.id, err: error }, 'could not complete a deferred interaction');
    }
  }

  async function serveInteraction(request: IncomingMessage, response: ServerResponse) {
    const signature = header(request, 'x-signature-ed25519');
    const timestamp = header(request, 'x-signature-timestamp');
    if (signature === '' || timestamp === '') throw new Rejection(401, 'missing signature headers');
    const rawBody = await readBody(request);
    if (!/^\d{1,12}$/.test(timestamp) || Math.abs(Date.now() / 1000 - Number(timestamp)) > maxClockSkewSeconds)
      throw new Rejection(401, 'timestamp too far from now');
    if (!(await verifier.verify(signature, timestamp, rawBody))) throw new Rejection(401, 'invalid request signature');
    const payload = parsePayload(rawBody);
    if (payload.type === InteractionType.Ping) {
      send(response, 200, JSON.stringify({ type: InteractionResponseType.Pong }), 'application/json');
      return;
    }
    await answer(response, payload);
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
        while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
        server.closeAllConnections();
        await closed;
        await verifier.close();
      })();
      return stopped;
    },
  };
}
