import { type Client, Events } from 'discord.js';
import type { InteractionHandler } from '../../core/dispatch.js';
import type { Logger } from '../../log.js';
import { answerInteraction, answerWhileStopping, describeError } from './answer.js';
import { isServed } from './translate.js';

export interface Serving {
  /** How many interactions are being answered right now. */
  readonly inFlight: number;
  /** Stops taking interactions (later ones get a short "restarting" notice) and waits for those in flight. */
  drain(): Promise<void>;
}

/** Routes the client's interactions to the core's handler, keeping track of those in flight. */
export function serveInteractions(
  client: Client,
  options: { handler: InteractionHandler; logger: Logger; deferAfterMs: number },
): Serving {
  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  client.on(Events.InteractionCreate, (interaction) => {
    if (!isServed(interaction)) {
      options.logger.warn({ type: interaction.type }, 'ignored an interaction of a kind this bot never creates');
      return;
    }
    const work = stopping ? answerWhileStopping(interaction, options.logger) : answerInteraction(interaction, options);
    const tracked: Promise<void> = work
      .catch((error: unknown) => options.logger.error({ error: describeError(error) }, 'interaction answer failed'))
      .finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  });

  return {
    get inFlight() {
      return inFlight.size;
    },
    async drain() {
      stopping = true;
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
