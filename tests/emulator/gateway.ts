import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import type { DispatchedEvent, IdentifyRecord, ResumeRecord } from './types.js';

interface GatewayPayload {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

/** A gateway session: it outlives its socket, so a resume can replay what the bot missed. */
interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  socket: WebSocket | undefined;
  events: DispatchedEvent[];
  valid: boolean;
}

interface GatewayEvents {
  identify: [IdentifyRecord];
  resume: [ResumeRecord];
  heartbeat: [];
  closed: [number];
}

const op = { dispatch: 0, heartbeat: 1, identify: 2, resume: 6, reconnect: 7, invalidSession: 9, hello: 10, heartbeatAck: 11 };

/**
 * The gateway half of the emulator: HELLO, heartbeats and their ACKs, IDENTIFY → READY and a
 * GUILD_CREATE per guild, RESUME → replay and RESUMED, and the faults a real gateway produces.
 */
export class GatewaySide extends EventEmitter<GatewayEvents> {
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  private readonly sessions = new Map<string, Session>();
  private readonly server: WebSocketServer;
  /** When set, every IDENTIFY is answered by closing the connection with this code. */
  private identifyCloseCode: number | undefined;
  url = '';

  constructor(
    httpServer: Server,
    private readonly options: { token: string; applicationId: string; guildIds: string[]; heartbeatIntervalMs: number },
  ) {
    super();
    this.server = new WebSocketServer({ server: httpServer });
    this.server.on('connection', (socket) => this.accept(socket));
  }

  /** The live session of a shard (the newest one that identified). */
  session(shardId = 0): Session {
    const session = [...this.sessions.values()].reverse().find((s) => s.valid && s.shard[0] === shardId);
    if (!session) throw new Error(`emulator: shard ${shardId} has no session`);
    return session;
  }

  /** Sends a dispatch on a shard's session, or keeps it for replay if the bot is disconnected. */
  dispatch(t: string, d: unknown, shardId = 0): void {
    this.send(this.session(shardId), t, d);
  }

  /** Ends the shard's connection without a close frame, as a network failure would. */
  dropConnection(shardId = 0): void {
    this.session(shardId).socket?.terminate();
  }

  /** Closes the shard's connection with a close code of Discord's choosing (4004 when its token is reset, …). */
  closeWith(code: number, shardId = 0): void {
    this.session(shardId).socket?.close(code, `closed by the emulator with ${code}`);
  }

  /** From now on, answers every IDENTIFY by closing with `code` (4014 for intents the application may not use, …). */
  refuseIdentify(code: number): void {
    this.identifyCloseCode = code;
  }

  /** Op 7: the bot should reconnect and resume. */
  requestReconnect(shardId = 0): void {
    this.raw(this.session(shardId), { op: op.reconnect, d: null });
  }

  /** Op 9: with `resumable` false the session is gone and the bot must IDENTIFY again. */
  invalidateSession(resumable: boolean, shardId = 0): void {
    const session = this.session(shardId);
    if (!resumable) session.valid = false;
    this.raw(session, { op: op.invalidSession, d: resumable });
  }

  /** Resolves with the next event of this kind. */
  next<K extends keyof GatewayEvents>(event: K, timeoutMs = 30_000): Promise<GatewayEvents[K]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off(event, listener as never);
        reject(new Error(`emulator: no ${event} within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (...args: GatewayEvents[K]) => {
        clearTimeout(timer);
        resolve(args);
      };
      this.once(event, listener as never);
    });
  }

  close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private raw(session: Session, payload: GatewayPayload): void {
    if (session.socket?.readyState === 1) session.socket.send(JSON.stringify(payload));
  }

  private send(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const event = { s: session.seq, t, d };
    session.events.push(event);
    this.raw(session, { op: op.dispatch, ...event });
  }

  private accept(socket: WebSocket): void {
    let session: Session | undefined;
    socket.send(JSON.stringify({ op: op.hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } }));
    socket.on('close', (code) => {
      if (session?.socket === socket) session.socket = undefined;
      this.emit('closed', code);
    });
    socket.on('message', (data) => {
      const payload = JSON.parse(String(data)) as GatewayPayload;
      if (payload.op === op.heartbeat) {
        socket.send(JSON.stringify({ op: op.heartbeatAck }));
        this.emit('heartbeat');
      } else if (payload.op === op.identify) {
        session = this.identify(socket, payload.d as { token: string; intents: number; shard?: [number, number] });
      } else if (payload.op === op.resume) {
        session = this.resume(socket, payload.d as { token: string; session_id: string; seq: number });
      }
    });
  }

  private identify(socket: WebSocket, d: { token: string; intents: number; shard?: [number, number] }): Session | undefined {
    if (d.token !== this.options.token) {
      socket.close(4004, 'Authentication failed.');
      return undefined;
    }
    if (this.identifyCloseCode !== undefined) {
      socket.close(this.identifyCloseCode, `identify refused by the emulator with ${this.identifyCloseCode}`);
      return undefined;
    }
    const shard = d.shard ?? [0, 1];
    for (const old of this.sessions.values()) if (old.shard[0] === shard[0]) old.valid = false;
    const session: Session = { id: randomBytes(8).toString('hex'), shard, seq: 0, socket, events: [], valid: true };
    this.sessions.set(session.id, session);
    const guilds = this.options.guildIds.filter((id) => Number((BigInt(id) >> 22n) % BigInt(shard[1])) === shard[0]);
    this.send(session, 'READY', {
      v: 10,
      user: { id: this.options.applicationId, username: 'xen-news', discriminator: '0', avatar: null, bot: true },
      guilds: guilds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.url,
      shard,
      application: { id: this.options.applicationId, flags: 0 },
    });
    for (const id of guilds) this.send(session, 'GUILD_CREATE', guildPayload(id));
    const record = { token: d.token, intents: d.intents, shard, sessionId: session.id };
    this.identifies.push(record);
    this.emit('identify', record);
    return session;
  }

  private resume(socket: WebSocket, d: { token: string; session_id: string; seq: number }): Session | undefined {
    const session = this.sessions.get(d.session_id);
    if (!session?.valid || d.token !== this.options.token) {
      socket.send(JSON.stringify({ op: op.invalidSession, d: false }));
      return undefined;
    }
    session.socket = socket;
    const missed = session.events.filter((event) => event.s > d.seq);
    for (const event of missed) this.raw(session, { op: op.dispatch, ...event });
    this.send(session, 'RESUMED', null);
    const record = { sessionId: session.id, seq: d.seq, replayed: missed.length };
    this.resumes.push(record);
    this.emit('resume', record);
    return session;
  }
}

function guildPayload(id: string) {
  return {
    id,
    name: `Guild ${id}`,
    icon: null,
    owner_id: '1',
    unavailable: false,
    member_count: 2,
    large: false,
    joined_at: new Date(0).toISOString(),
    features: [],
    roles: [{ id, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false }],
    channels: [],
    threads: [],
    members: [],
    emojis: [],
    stickers: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    application_id: null,
    system_channel_id: null,
    preferred_locale: 'en-US',
    premium_tier: 0,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    afk_timeout: 300,
  };
}
