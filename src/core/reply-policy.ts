import { type APIInteractionResponse, InteractionResponseType, RESTJSONErrorCodes } from 'discord-api-types/v10';
import { type Logger, newReferenceId } from '../log.js';
import { Abandoned, DeadlinePassed, stillWorking, within } from './deadline.js';
import { describeError } from './describe-error.js';
import { apology, ephemeralNotice } from './dispatch.js';
import type { InteractionRequest, InteractionResponse, ReplyFile } from './interaction.js';
import { isEphemeral, type MessageData, toMessageData } from './message-data.js';

/**
 * The four calls Discord's reply protocol is made of, as one transport makes them. Bodies are
 * Discord's own JSON; `files` are the attachments `attachments` describes, in order.
 */
export interface Responder {
  /** The interaction's one callback: an answer, a deferral or autocomplete choices. */
  callback(body: APIInteractionResponse, files?: readonly ReplyFile[]): Promise<void>;
  /** Replaces the original response (after a deferral: the deferred reply, or the message a button sits on). */
  editOriginal(data: MessageData, files?: readonly ReplyFile[]): Promise<void>;
  followUp(data: MessageData, files?: readonly ReplyFile[]): Promise<void>;
  deleteOriginal(): Promise<void>;
}

/** The interaction being answered, as far as the policy and its log lines need it. */
export interface AnsweredInteraction {
  id: string;
  request: InteractionRequest;
}

export interface ReplyPolicyOptions {
  logger: Logger;
  /**
   * How long to wait for the handler before acknowledging with a deferral. Discord drops an
   * interaction not acknowledged within 3 s; this leaves room for the callback's round trip.
   */
  deferAfterMs: number;
  /** Called once an interaction (`command` or `button`) has been acknowledged with a deferral. */
  onDeferred?: ((kind: InteractionRequest['kind']) => void) | undefined;
}

const noChoices: APIInteractionResponse = {
  type: InteractionResponseType.ApplicationCommandAutocompleteResult,
  data: { choices: [] },
};

class ChoicesForAMessage extends Error {
  constructor() {
    super('the handler answered a command or button with autocomplete choices');
  }
}

/** The answer as the interaction's first and only callback. `update` only exists for a button's message. */
function answerCallback(request: InteractionRequest, response: InteractionResponse): APIInteractionResponse {
  if (request.kind === 'autocomplete')
    return response.type === 'choices'
      ? { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: response.choices.slice(0, 25) } }
      : noChoices;
  if (response.type === 'choices') throw new ChoicesForAMessage();
  if (response.type === 'update' && request.kind === 'button')
    return { type: InteractionResponseType.UpdateMessage, data: toMessageData(response.message, { replaceAll: true }) };
  return { type: InteractionResponseType.ChannelMessageWithSource, data: toMessageData(response.message, { replaceAll: false }) };
}

/** Completes an interaction acknowledged with a deferral (a deferred reply for commands, a deferred update for buttons). */
async function completeDeferred(request: InteractionRequest, response: InteractionResponse, responder: Responder) {
  if (response.type === 'choices') throw new ChoicesForAMessage();
  const { message } = response;
  const files = message.files;
  if (request.kind === 'button') {
    // After a deferred update, the original response is the message the button sits on.
    if (response.type === 'update') await responder.editOriginal(toMessageData(message, { replaceAll: true }), files);
    else await responder.followUp(toMessageData(message, { replaceAll: false }), files);
    return;
  }
  if (isEphemeral(message)) {
    // A deferral fixes whether the reply is ephemeral; a private answer must not be edited into a public one.
    await responder.deleteOriginal();
    await responder.followUp(toMessageData(message, { replaceAll: false }), files);
    return;
  }
  await responder.editOriginal(toMessageData(message, { replaceAll: true }), files);
}

/**
 * Discord accepts nothing more for an interaction it has forgotten or that is already answered, nor
 * once the call's deadline has passed (the 3-second window for a callback, the token for the rest).
 */
function isDeadInteraction(error: unknown): boolean {
  if (error instanceof DeadlinePassed) return true;
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return (
    code === RESTJSONErrorCodes.UnknownInteraction ||
    code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged ||
    code === RESTJSONErrorCodes.UnknownWebhook
  );
}

type Progress = 'unacknowledged' | 'answered' | 'deferred';

/**
 * Logs the failure with a reference id and tells the user, choosing the call by how far the
 * interaction got so it can never be "already acknowledged": a follow-up once acknowledged, else a callback.
 */
async function apologise(
  interaction: AnsweredInteraction,
  progress: Progress,
  error: unknown,
  responder: Responder,
  logger: Logger,
): Promise<void> {
  if (error instanceof Abandoned) {
    // The drain has logged every interaction it abandoned, in one line.
    logger.debug({ interaction: interaction.id }, 'abandoned at the shutdown deadline');
    return;
  }
  const ref = newReferenceId();
  const context = { ref, interaction: interaction.id, error: describeError(error) };
  logger.error(
    context,
    progress === 'deferred' ? 'could not complete a deferred interaction' : 'could not answer an interaction',
  );
  try {
    if (interaction.request.kind === 'autocomplete') {
      if (progress === 'unacknowledged') await responder.callback(noChoices);
      return;
    }
    if (isDeadInteraction(error)) return;
    const data = toMessageData(apology(ref, interaction.request.locale), { replaceAll: false });
    if (progress === 'unacknowledged') await responder.callback({ type: InteractionResponseType.ChannelMessageWithSource, data });
    else await responder.followUp(data);
  } catch (second) {
    if (second instanceof Abandoned) return;
    logger.error({ ref, interaction: interaction.id, error: describeError(second) }, 'could not tell the user either');
  }
}

/**
 * Answers one interaction within Discord's 3-second window: directly when the handler's answer is
 * ready in time, else after a deferral, then by editing or following up. Autocomplete is never
 * deferred (Discord does not allow it): a slow one gets an empty list. Any failure is logged with a
 * reference id and, where Discord still accepts it, apologised for. Never throws.
 */
export async function answerInteraction(
  interaction: AnsweredInteraction,
  pending: Promise<InteractionResponse>,
  responder: Responder,
  { logger, deferAfterMs, onDeferred }: ReplyPolicyOptions,
): Promise<void> {
  const { request } = interaction;
  let progress: Progress = 'unacknowledged';
  try {
    const early = await within(pending, deferAfterMs);
    if (early !== stillWorking) {
      const body = answerCallback(request, early);
      await responder.callback(body, 'message' in early ? early.message.files : undefined);
      return;
    }
    if (request.kind === 'autocomplete') {
      // The handler's late answer has nowhere to go; its failure, if any, is still logged.
      pending.catch((error: unknown) => logger.error({ error: describeError(error) }, 'late autocomplete failed'));
      logger.warn({ interaction: interaction.id, command: request.commandName }, 'autocomplete too slow; sent no choices');
      await responder.callback(noChoices);
      progress = 'answered';
      return;
    }
    try {
      await responder.callback({
        type:
          request.kind === 'button'
            ? InteractionResponseType.DeferredMessageUpdate
            : InteractionResponseType.DeferredChannelMessageWithSource,
      });
    } catch (error) {
      // Discord may have taken a deferral whose answer came back too late. Completing it anyway is
      // what the user is waiting for if it did, and fails with Unknown Webhook if it did not.
      if (!(error instanceof DeadlinePassed && error.mayHaveArrived)) throw error;
      logger.warn({ interaction: interaction.id }, 'no answer to the deferral in time; completing it in case Discord took it');
    }
    progress = 'deferred';
    onDeferred?.(request.kind);
    logger.info({ interaction: interaction.id }, 'deferred a slow interaction');
    await completeDeferred(request, await pending, responder);
  } catch (error) {
    await apologise(interaction, progress, error, responder, logger);
  }
}

/** Answers an interaction that arrives while the bot is shutting down. Never throws. */
export async function answerWhileStopping(interaction: AnsweredInteraction, responder: Responder, logger: Logger) {
  try {
    if (interaction.request.kind === 'autocomplete') await responder.callback(noChoices);
    else
      await responder.callback({
        type: InteractionResponseType.ChannelMessageWithSource,
        data: toMessageData(ephemeralNotice("I'm restarting; try again in a few seconds."), { replaceAll: false }),
      });
  } catch (error) {
    if (error instanceof Abandoned) return;
    logger.warn({ interaction: interaction.id, error: describeError(error) }, 'could not answer during shutdown');
  }
}
