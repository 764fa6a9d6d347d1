import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RecordedRequest, RestFault } from './types.js';

/** What the REST side knows about an interaction it has dispatched, keyed by the interaction token. */
export interface InteractionState {
  id: string;
  token: string;
  channelId: string;
  /** The callback type of the first accepted callback, or null until acknowledged. */
  acknowledgedWith: number | null;
  /** A component interaction's message: `@original` after a deferred update. */
  messageId: string | undefined;
  dispatchedAt: number;
}

interface Held {
  route: RegExp;
  method: string | undefined;
  received: (request: RecordedRequest) => void;
  released: Promise<void>;
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

const apiPrefix = '/api/v10';

let nextSnowflake = 1_100_000_000_000_000_000n;
/** Increasing snowflake-shaped ids, unique within a test run. */
export function snowflake(): string {
  nextSnowflake += 1n;
  return nextSnowflake.toString();
}

async function readBody(request: IncomingMessage): Promise<{ body: unknown; files: string[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { body: undefined, files: [] };
  const contentType = request.headers['content-type'] ?? '';
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files: string[] = [];
    let body: unknown;
    for (const [key, value] of form) {
      if (key === 'payload_json' && typeof value === 'string') body = JSON.parse(value);
      else if (typeof value !== 'string') files.push(value.name);
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')), files: [] };
}

/**
 * The REST half of the emulator: the routes discord.js calls to log in, answer interactions
 * (callbacks and their webhooks) and register commands. Every request is recorded in order.
 */
export class RestSide extends EventEmitter<{ request: [RecordedRequest] }> {
  readonly requests: RecordedRequest[] = [];
  readonly interactions = new Map<string, InteractionState>();
  /** Registered commands by route (`/applications/{app}/commands` or the guild route). */
  readonly commands = new Map<string, Record<string, unknown>[]>();
  private readonly faults: (RestFault & { left: number })[] = [];
  private readonly held: Held[] = [];
  gatewayUrl = '';

  constructor(
    private readonly token: string,
    private readonly applicationId: string,
    private readonly shards: number,
    private readonly ackWindowMs: number,
  ) {
    super();
    // Every test waiting for a request listens; many at once is normal here.
    this.setMaxListeners(0);
  }

  /** The next `times` requests matching the fault fail with its status. */
  inject(fault: RestFault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /**
   * Holds the answer to the next matching request until `release` is called: `received` resolves
   * when it arrives. For showing that the bot waits for requests in flight.
   */
  hold(route: RegExp, method?: string): { received: Promise<RecordedRequest>; release: () => void } {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let received!: (request: RecordedRequest) => void;
    const arrived = new Promise<RecordedRequest>((resolve) => {
      received = resolve;
    });
    this.held.push({ route, method, received, released });
    return { received: arrived, release };
  }

  /** Resolves with the first `count` recorded requests that match, waiting for them if needed. */
  waitFor(match: (request: RecordedRequest) => boolean, count = 1, timeoutMs = 30_000): Promise<RecordedRequest[]> {
    const matched = this.requests.filter(match);
    if (matched.length >= count) return Promise.resolve(matched.slice(0, count));
    return new Promise((resolve, reject) => {
      const onRequest = (request: RecordedRequest) => {
        if (!match(request)) return;
        matched.push(request);
        if (matched.length < count) return;
        clearTimeout(timer);
        this.off('request', onRequest);
        resolve(matched);
      };
      const timer = setTimeout(() => {
        this.off('request', onRequest);
        reject(new Error(`emulator: saw ${matched.length} of ${count} expected requests within ${timeoutMs} ms`));
      }, timeoutMs);
      this.on('request', onRequest);
    });
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://emulator');
    const route = decodeURIComponent(url.pathname.startsWith(apiPrefix) ? url.pathname.slice(apiPrefix.length) : url.pathname);
    const method = request.method ?? 'GET';
    const { body, files } = await readBody(request);
    const recorded: RecordedRequest = {
      method,
      route,
      query: Object.fromEntries(url.searchParams),
      authorization: request.headers.authorization,
      body,
      files,
      status: 0,
      receivedAt: performance.now(),
    };
    const holdIndex = this.held.findIndex((h) => h.route.test(route) && (h.method === undefined || h.method === method));
    const held = holdIndex >= 0 ? this.held.splice(holdIndex, 1)[0] : undefined;
    const reply = this.fault(method, route) ?? this.route(method, route, recorded);
    recorded.status = reply.status;
    this.requests.push(recorded);
    this.emit('request', recorded);
    if (held) {
      held.received(recorded);
      await held.released;
    }
    const payload = reply.body === undefined ? undefined : JSON.stringify(reply.body);
    response.writeHead(reply.status, {
      ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      ...reply.headers,
    });
    response.end(payload);
  }

  private fault(method: string, route: string): Reply | undefined {
    const fault = this.faults.find((f) => f.left > 0 && f.route.test(route) && (f.method === undefined || f.method === method));
    if (!fault) return undefined;
    fault.left -= 1;
    if (fault.status === 400) return { status: 400, body: { message: fault.message ?? '400: Bad Request', code: 50035 } };
    if (fault.status === 500) return { status: 500, body: { message: fault.message ?? '500: Internal Server Error', code: 0 } };
    const retryAfter = fault.retryAfterSeconds ?? 0.05;
    return {
      status: 429,
      headers: { 'retry-after': String(retryAfter), 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
    };
  }

  private route(method: string, route: string, recorded: RecordedRequest): Reply {
    const unauthorized = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    if (method === 'GET' && route === '/gateway/bot') {
      if (recorded.authorization !== `Bot ${this.token}`) return unauthorized;
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: this.shards,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        },
      };
    }

    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(route);
    if (callback && method === 'POST') return this.callback(callback[1] ?? '', callback[2] ?? '', recorded);

    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/(@original|\d+))?$/.exec(route);
    if (webhook) return this.webhook(method, webhook[2] ?? '', webhook[4], recorded);

    const commands = /^\/applications\/(\d+)(\/guilds\/\d+)?\/commands$/.exec(route);
    if (commands) {
      if (recorded.authorization !== `Bot ${this.token}`) return unauthorized;
      if (commands[1] !== this.applicationId) return { status: 403, body: { message: 'Missing Access', code: 50001 } };
      if (method === 'GET') return { status: 200, body: this.commands.get(route) ?? [] };
      if (method === 'PUT' && Array.isArray(recorded.body)) {
        const guildId = commands[2]?.slice('/guilds/'.length);
        const previous = this.commands.get(route) ?? [];
        const stored = (recorded.body as Record<string, unknown>[]).map((command) => ({
          // Discord answers with every command's type, chat input (1) when it was not given.
          type: 1,
          ...command,
          id: previous.find((p) => p.name === command.name)?.id ?? snowflake(),
          application_id: this.applicationId,
          ...(guildId ? { guild_id: guildId } : {}),
          version: snowflake(),
        }));
        this.commands.set(route, stored);
        return { status: 200, body: stored };
      }
    }
    return { status: 404, body: { message: `404: Not Found (emulator has no ${method} ${route})`, code: 0 } };
  }

  private callback(id: string, token: string, recorded: RecordedRequest): Reply {
    const interaction = this.interactions.get(token);
    const late = interaction !== undefined && recorded.receivedAt - interaction.dispatchedAt > this.ackWindowMs;
    if (!interaction || interaction.id !== id || (late && interaction.acknowledgedWith === null))
      return { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
    if (interaction.acknowledgedWith !== null)
      return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
    const type = (recorded.body as { type?: number } | undefined)?.type ?? 0;
    interaction.acknowledgedWith = type;
    if (type === 4 || type === 5) interaction.messageId = snowflake();
    if (recorded.query.with_response !== 'true') return { status: 204 };
    return { status: 200, body: { interaction: { id, type: 2 }, resource: { type } } };
  }

  private webhook(method: string, token: string, messageId: string | undefined, recorded: RecordedRequest): Reply {
    const interaction = this.interactions.get(token);
    const unknownWebhook = { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
    if (!interaction || interaction.acknowledgedWith === null) return unknownWebhook;
    const message = (id: string) => ({
      id,
      type: 20,
      channel_id: interaction.channelId,
      author: { id: this.applicationId, username: 'xen-news', discriminator: '0', avatar: null, bot: true },
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      application_id: this.applicationId,
      webhook_id: this.applicationId,
      ...(recorded.body as object | undefined),
    });
    if (messageId === undefined && method === 'POST') return { status: 200, body: message(snowflake()) };
    const target = messageId === '@original' ? interaction.messageId : messageId;
    if (target === undefined) return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
    if (method === 'PATCH' || method === 'GET') return { status: 200, body: message(target) };
    if (method === 'DELETE') return { status: 204 };
    return unknownWebhook;
  }
}
