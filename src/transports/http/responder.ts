import type { REST } from '@discordjs/rest';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import type { ReplyFile } from '../../core/interaction.js';
import type { AnswerablePayload } from '../../core/interaction-payload.js';
import { type MessageData, messageOf } from '../../core/message-data.js';
import type { Responder } from '../../core/reply-policy.js';
import { type CallDeadlines, restResponder } from '../interaction-rest.js';
import { callbackJson, type EncodedBody, encodeBody } from './encode.js';
import type { ImageHost, LinkedMessage } from './image-host.js';

/**
 * The HTTP endpoint's responder: the callback is the HTTP response to Discord's POST, everything
 * after it goes through the interaction's webhook. With an image host (PUBLIC_URL), pictures are
 * linked by URL rather than uploaded, on every one of those calls.
 */
export function httpResponder(
  respond: (encoded: EncodedBody) => void,
  rest: REST,
  payload: AnswerablePayload,
  deadlines: CallDeadlines,
  images?: ImageHost,
): Responder {
  let responded = false;
  // Most interactions are answered by the HTTP response alone: the webhook calls are set up when first needed.
  let webhook: Responder | undefined;
  const sent = () => {
    webhook ??= restResponder(rest, payload, deadlines);
    return webhook;
  };
  const link = (data: MessageData, files: readonly ReplyFile[] | undefined): LinkedMessage =>
    images && files && files.length > 0 ? images.link(data, files) : { data, files: files ?? [] };
  return {
    async callback(body, files) {
      if (responded) throw new Error('the HTTP response was already sent');
      responded = true;
      const message = messageOf(body);
      if (message && images && files && files.length > 0) {
        const linked = images.link(message, files);
        const linkedBody = { type: body.type, data: linked.data } as APIInteractionResponse;
        respond(encodeBody(callbackJson(linkedBody), linked.files));
        return;
      }
      respond(encodeBody(callbackJson(body), files));
    },
    editOriginal(data, files) {
      const linked = link(data, files);
      return sent().editOriginal(linked.data, linked.files);
    },
    followUp(data, files) {
      const linked = link(data, files);
      return sent().followUp(linked.data, linked.files);
    },
    deleteOriginal: () => sent().deleteOriginal(),
  };
}
