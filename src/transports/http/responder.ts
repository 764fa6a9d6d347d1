import type { REST } from '@discordjs/rest';
import type { AnswerablePayload } from '../../core/interaction-payload.js';
import type { Responder } from '../../core/reply-policy.js';
import { type CallDeadlines, restResponder } from '../interaction-rest.js';
import { callbackJson, type EncodedBody, encodeBody } from './encode.js';

/**
 * The HTTP endpoint's responder: the callback is the HTTP response to Discord's POST, everything
 * after it goes through the interaction's webhook.
 */
export function httpResponder(
  respond: (encoded: EncodedBody) => void,
  rest: REST,
  payload: AnswerablePayload,
  deadlines: CallDeadlines,
): Responder {
  let responded = false;
  const { editOriginal, followUp, deleteOriginal } = restResponder(rest, payload, deadlines);
  return {
    async callback(body, files) {
      if (responded) throw new Error('the HTTP response was already sent');
      responded = true;
      respond(encodeBody(callbackJson(body), files));
    },
    editOriginal,
    followUp,
    deleteOriginal,
  };
}
