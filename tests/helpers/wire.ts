import { createInteractionHandler } from '../../src/core/dispatch.js';
import type { InteractionRequest, ReplyMessage } from '../../src/core/interaction.js';
import { isEphemeral } from '../../src/core/message-data.js';
import { createLogger } from '../../src/log.js';
import { commands } from './commands.js';

/** The core on its own, with no transport: what a transport must deliver, field for field. */
export const core = createInteractionHandler(commands, createLogger({ level: 'silent' }));

/** What the core answers on its own for a request that gets a message. */
export async function expected(request: InteractionRequest): Promise<ReplyMessage> {
  const response = await core(request);
  if (response.type === 'choices') throw new Error('expected a message');
  return response.message;
}

/** The fields of a message the user sees, as sent on the wire. */
export function visible(message: ReplyMessage) {
  return {
    content: message.content || undefined,
    embeds: message.embeds ?? [],
    components: message.components ?? [],
    ephemeral: isEphemeral(message),
  };
}
