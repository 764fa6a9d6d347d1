import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewaySide } from './gateway.js';
import { type InteractionPayload, type InteractionSpec, interactionPayload } from './payloads.js';
import { RestSide, snowflake } from './rest.js';
import type { EmulatorOptions, RecordedRequest } from './types.js';

export type { InteractionPayload, InteractionPlace, InteractionSpec } from './payloads.js';
export { interactionPayload, serverWithoutTheBot, stringOption } from './payloads.js';
export type { RecordedRequest } from './types.js';

/** A running emulator: REST and gateway on one ephemeral port of 127.0.0.1. */
export interface DiscordEmulator {
  /** The REST base in discord.js's `rest.api` form, for DISCORD_API_URL. */
  apiUrl: string;
  token: string;
  applicationId: string;
  guildId: string;
  rest: RestSide;
  gateway: GatewaySide;
  /** Sends INTERACTION_CREATE on a shard and returns the payload sent. */
  dispatchInteraction(spec: InteractionSpec, shardId?: number): InteractionPayload;
  /**
   * Registers an interaction a test POSTs to an HTTP endpoint itself, as acknowledged by the HTTP
   * response with `callbackType` (5 or 6), so the endpoint can complete it through the webhook.
   */
  acknowledgedOverHttp(interaction: InteractionPayload, callbackType: number): void;
  /** Every request made with this interaction's id or token (its callback, edits, follow-ups). */
  requestsFor(interaction: InteractionPayload): RecordedRequest[];
  /** When the interaction was dispatched, on the clock of {@link RecordedRequest.receivedAt}. */
  dispatchedAt(interaction: InteractionPayload): number;
  /** Resolves with the interaction's callback request once it has arrived. */
  callbackOf(interaction: InteractionPayload, timeoutMs?: number): Promise<RecordedRequest>;
  stop(): Promise<void>;
}

export const emulatorToken = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxEmul.ZW11bGF0b3Itb25seS10b2tlbi1ub3QtcmVhbA';
export const emulatorApplicationId = '1100000000000000001';

function concerns(request: RecordedRequest, interaction: InteractionPayload): boolean {
  return request.route.includes(`/${interaction.token}`);
}

/** Starts the emulator on 127.0.0.1 with an ephemeral port. Call `stop()` when done. */
export async function startDiscordEmulator(options: Partial<EmulatorOptions> = {}): Promise<DiscordEmulator> {
  const token = options.token ?? emulatorToken;
  const applicationId = options.applicationId ?? emulatorApplicationId;
  const guildIds = options.guildIds ?? ['1000000000000000001'];
  const rest = new RestSide(token, applicationId, options.shards ?? 1, options.ackWindowMs ?? 3000);
  const server = createServer((request, response) => {
    rest.handle(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  // discord.js keeps REST connections alive; without this, close() waits for them to time out.
  server.keepAliveTimeout = 1000;
  const gateway = new GatewaySide(server, {
    token,
    applicationId,
    guildIds,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
  });
  // A burst of interactions opens many REST connections at once; a short backlog drops SYNs (1 s retransmits).
  server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 });
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  gateway.url = `ws://127.0.0.1:${port}`;
  rest.gatewayUrl = gateway.url;
  const guildId = guildIds[0] ?? '1000000000000000001';

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    token,
    applicationId,
    guildId,
    rest,
    gateway,
    dispatchInteraction(spec, shardId = 0) {
      const payload = interactionPayload(spec, { applicationId, guildId });
      rest.interactions.set(payload.token, {
        id: payload.id,
        token: payload.token,
        channelId: payload.channel_id,
        acknowledgedWith: null,
        messageId: spec.kind === 'button' ? (payload.message as { id: string }).id : undefined,
        dispatchedAt: performance.now(),
      });
      gateway.dispatch('INTERACTION_CREATE', payload, shardId);
      return payload;
    },
    acknowledgedOverHttp(interaction, callbackType) {
      rest.interactions.set(interaction.token, {
        id: interaction.id,
        token: interaction.token,
        channelId: interaction.channel_id,
        acknowledgedWith: callbackType,
        messageId: (interaction.message as { id: string } | undefined)?.id ?? snowflake(),
        dispatchedAt: performance.now(),
      });
    },
    dispatchedAt(interaction) {
      const state = rest.interactions.get(interaction.token);
      if (!state) throw new Error('emulator: that interaction was not dispatched here');
      return state.dispatchedAt;
    },
    requestsFor(interaction) {
      return rest.requests.filter((request) => concerns(request, interaction));
    },
    async callbackOf(interaction, timeoutMs) {
      const [callback] = await rest.waitFor(
        (request) => request.route === `/interactions/${interaction.id}/${interaction.token}/callback` && request.status < 300,
        1,
        timeoutMs,
      );
      // biome-ignore lint/style/noNonNullAssertion: waitFor resolves with exactly `count` requests.
      return callback!;
    },
    async stop() {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
