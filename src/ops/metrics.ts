/** What an interaction came to, as the core's log line says it. */
export type InteractionOutcome = 'ok' | 'user-error' | 'error';

/**
 * What the bot counts for operators. Without OPS_PORT every method does nothing ({@link noMetrics}),
 * so callers never check whether metrics are on.
 */
export interface BotMetrics {
  /** One interaction the core answered: which command, which kind (command, autocomplete, button), how it ended, how long it took. */
  interaction(labels: { command: string; kind: string; outcome: InteractionOutcome }, seconds: number): void;
  /** A transport deferred an interaction (`command` or `button`) because the answer took too long. */
  deferred(kind: string): void;
  /** The HTTP endpoint refused a request whose signature or timestamp did not check out. */
  signatureRejected(): void;
  /** A client went away before the HTTP endpoint could answer it. */
  requestAborted(): void;
  /** The shared cooldown store could not be asked, so this instance's memory was used instead. */
  cooldownStoreFailure(): void;
  /** The gateway's heartbeat round trip, in milliseconds (discord.js `client.ws.ping`). */
  gatewayPing(milliseconds: number): void;
  /** A gateway shard's status as discord.js numbers it (`Status`: 0 ready, 1 connecting, … 5 disconnected). */
  shardStatus(shard: number, status: number): void;
}

export const noMetrics: BotMetrics = {
  interaction() {},
  deferred() {},
  signatureRejected() {},
  requestAborted() {},
  cooldownStoreFailure() {},
  gatewayPing() {},
  shardStatus() {},
};
