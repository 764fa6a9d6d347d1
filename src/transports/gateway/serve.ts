import { type Client, GatewayDispatchEvents } from 'discord.js';
import { Abandonment, settledWithin } from '../../core/deadline.js';
import type { InteractionHandler } from '../../core/dispatch.js';
import { readInteraction } from '../../core/interaction-payload.js';
import { answerInteraction, answerWhileStopping, type ReplyPolicyOptions } from '../../core/reply-policy.js';
import { restResponder } from '../interaction-rest.js';

export interface Serving {
  /** How many interactions are being answered right now. */
  readonly inFlight: number;
  /**
   * Stops taking interactions (later ones get a short "restarting" notice) and waits for those in
   * flight, at most `timeoutMs`: then it gives up their Discord calls and logs which it abandoned.
   */
  drain(timeoutMs: number): Promise<void>;
}

/**
 * Answers the interactions the client receives through the core's handler, keeping track of those
 * in flight. They are read from the raw gateway payload, the same JSON the HTTP endpoint is sent,
 * and answered through the client's REST queue.
 */
export function serveInteractions(client: Client, options: ReplyPolicyOptions & { handler: InteractionHandler }): Serving {
  /** Each interaction's answer in progress, and the interaction's id. */
  const inFlight = new Map<Promise<void>, string>();
  const abandonment = new Abandonment();
  let stopping = false;

  client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: unknown) => {
    const receivedAt = performance.now();
    const read = readInteraction(data);
    if (read.status !== 'answerable') {
      options.logger.warn(
        { reason: read.status === 'refused' ? read.problem : 'a PING' },
        'ignored an interaction this bot does not answer',
      );
      return;
    }
    const { payload, request } = read;
    const interaction = { id: payload.id, request };
    const responder = restResponder(client.rest, payload, { receivedAt, abandonment });
    const work = stopping
      ? answerWhileStopping(interaction, responder, options.logger)
      : answerInteraction(interaction, options.handler(request), responder, options);
    const tracked: Promise<void> = work.finally(() => inFlight.delete(tracked));
    inFlight.set(tracked, payload.id);
  });

  return {
    get inFlight() {
      return inFlight.size;
    },
    async drain(timeoutMs) {
      stopping = true;
      if (await settledWithin(() => [...inFlight.keys()], timeoutMs)) return;
      options.logger.warn(
        { seconds: timeoutMs / 1000, interactions: [...inFlight.values()] },
        'shutdown deadline passed: abandoning the interactions still in flight',
      );
      abandonment.abandon();
    },
  };
}
