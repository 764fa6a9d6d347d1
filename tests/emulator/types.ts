/** One HTTP request the emulator's REST side received, and how it answered. */
export interface RecordedRequest {
  method: string;
  /** The path after `/api/v10`, with `@original` decoded. */
  route: string;
  query: Record<string, string>;
  authorization: string | undefined;
  /** The JSON body, or `payload_json` of a multipart body. */
  body: unknown;
  /** Names of the files of a multipart body. */
  files: string[];
  status: number;
  receivedAt: number;
}

/** A fault the REST side injects into the next matching requests. */
export interface RestFault {
  method?: string;
  /** Matched against {@link RecordedRequest.route}. */
  route: RegExp;
  status: 400 | 429 | 500;
  /** Seconds sent in `retry-after` with a 429. */
  retryAfterSeconds?: number;
  /** The error body's message (a 400's or a 500's), as a proxy that repeats what it was sent would write it. */
  message?: string;
  /** How many matching requests fail; 1 unless told (`Infinity`: every one). */
  times?: number;
}

/** One gateway dispatch as the emulator sent (or buffered) it. */
export interface DispatchedEvent {
  s: number;
  t: string;
  d: unknown;
}

export interface IdentifyRecord {
  token: string;
  intents: number;
  shard: [number, number];
  sessionId: string;
}

export interface ResumeRecord {
  sessionId: string;
  seq: number;
  /** How many missed events were replayed before RESUMED. */
  replayed: number;
}

export interface EmulatorOptions {
  /** The only bot token the emulator accepts. */
  token: string;
  applicationId: string;
  /** Guilds the bot is in; each gets a GUILD_CREATE after READY. */
  guildIds?: string[];
  /** Sent in HELLO; discord.js heartbeats at this interval (with jitter on the first). */
  heartbeatIntervalMs?: number;
  /** A callback later than this after dispatch gets Discord's 10062 "Unknown interaction". */
  ackWindowMs?: number;
  /** Shard count `/gateway/bot` recommends. */
  shards?: number;
}
