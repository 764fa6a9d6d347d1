import { DiscordAPIError, HTTPError, RESTJSONErrorCodes } from 'discord.js';
import type { InteractionHandler } from '../../core/dispatch.js';
import { ephemeralNotice } from '../../core/dispatch.js';
import type { InteractionResponse, ReplyMessage } from '../../core/interaction.js';
import { type Logger, newReferenceId } from '../../log.js';
import { stillWorking, within } from '../deadline.js';
import { isEphemeral, type ServedInteraction, toEditOptions, toInteractionRequest, toReplyOptions } from './translate.js';

export interface AnswerOptions {
  handler: InteractionHandler;
  logger: Logger;
  /**
   * How long to wait for the handler before acknowledging with a deferral. Discord drops an
   * interaction not acknowledged within 3 s; this leaves room for the callback's round trip.
   */
  deferAfterMs: number;
}

/** Fields of an error that are safe to log: never its URL or body, which carry the interaction token. */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof DiscordAPIError)
    return { name: error.name, code: error.code, status: error.status, message: error.message };
  if (error instanceof HTTPError) return { name: error.name, status: error.status, message: error.message };
  if (error instanceof Error)
    return { name: error.name, message: error.message, ...('code' in error ? { code: error.code } : {}) };
  return { message: String(error) };
}

/** The first and only acknowledgement, sent while the interaction is still unacknowledged. */
async function answerDirectly(interaction: ServedInteraction, response: InteractionResponse): Promise<void> {
  if (interaction.isAutocomplete()) {
    await interaction.respond(response.type === 'choices' ? response.choices.slice(0, 25) : []);
    return;
  }
  if (response.type === 'choices') throw new Error('the handler answered a command or button with autocomplete choices');
  if (response.type === 'update' && interaction.isButton()) {
    await interaction.update(toEditOptions(response.message, { replaceAll: true }));
    return;
  }
  await interaction.reply(toReplyOptions(response.message));
}

/** Completes an interaction acknowledged with a deferral (deferReply for commands, deferUpdate for buttons). */
async function answerAfterDeferral(interaction: ServedInteraction, response: InteractionResponse): Promise<void> {
  if (interaction.isAutocomplete() || response.type === 'choices')
    throw new Error('the handler answered a command or button with autocomplete choices');
  const { message } = response;
  if (interaction.isButton()) {
    // After deferUpdate, the original response is the message the button sits on.
    if (response.type === 'update') await interaction.editReply(toEditOptions(message, { replaceAll: true }));
    else await interaction.followUp(toReplyOptions(message));
    return;
  }
  if (isEphemeral(message)) {
    // A deferral fixes whether the reply is ephemeral; a private answer must not be edited into a public one.
    await interaction.deleteReply();
    await interaction.followUp(toReplyOptions(message));
    return;
  }
  await interaction.editReply(toEditOptions(message, { replaceAll: true }));
}

function isDeadInteraction(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.UnknownInteraction ||
      error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged)
  );
}

/**
 * Tells the user something went wrong, choosing the call by the interaction's state so it can never
 * be "already acknowledged": a follow-up once replied to or deferred, else a reply.
 */
async function apologise(interaction: ServedInteraction, error: unknown, logger: Logger): Promise<void> {
  const ref = newReferenceId();
  logger.error({ ref, interaction: interaction.id, error: describeError(error) }, 'could not answer an interaction');
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (isDeadInteraction(error)) return;
    const apology: ReplyMessage = ephemeralNotice(
      `Sorry, something went wrong on my side. If it keeps happening, quote reference \`${ref}\`.`,
    );
    if (interaction.replied || interaction.deferred) await interaction.followUp(toReplyOptions(apology));
    else await interaction.reply(toReplyOptions(apology));
  } catch (second) {
    logger.error({ ref, interaction: interaction.id, error: describeError(second) }, 'could not tell the user either');
  }
}

/**
 * Answers one interaction through the core's handler within Discord's 3-second window: directly when
 * the answer is ready in time, else after a deferral. Autocomplete is never deferred (Discord does not
 * allow it): a slow one gets an empty list. Never throws.
 */
export async function answerInteraction(interaction: ServedInteraction, options: AnswerOptions): Promise<void> {
  const { logger } = options;
  try {
    const pending = options.handler(toInteractionRequest(interaction));
    const early = await within(pending, options.deferAfterMs);
    if (early !== stillWorking) {
      await answerDirectly(interaction, early);
      return;
    }
    if (interaction.isAutocomplete()) {
      logger.warn({ interaction: interaction.id, command: interaction.commandName }, 'autocomplete too slow; sent no choices');
      await interaction.respond([]);
      return;
    }
    if (interaction.isButton()) await interaction.deferUpdate();
    else await interaction.deferReply();
    logger.info({ interaction: interaction.id }, 'deferred a slow interaction');
    await answerAfterDeferral(interaction, await pending);
  } catch (error) {
    await apologise(interaction, error, logger);
  }
}

/** Answers an interaction that arrives while the bot is shutting down. */
export async function answerWhileStopping(interaction: ServedInteraction, logger: Logger): Promise<void> {
  try {
    if (interaction.isAutocomplete()) await interaction.respond([]);
    else await interaction.reply(toReplyOptions(ephemeralNotice("I'm restarting; try again in a few seconds.")));
  } catch (error) {
    logger.warn({ interaction: interaction.id, error: describeError(error) }, 'could not answer during shutdown');
  }
}
