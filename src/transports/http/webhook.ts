import type { ReplyMessage } from '../../core/interaction.js';
import { encodeBody, messageJson } from './encode.js';

/** A failed webhook call; its message never contains the URL, which carries the interaction token. */
export class WebhookError extends Error {
  override readonly name = 'WebhookError';
  constructor(
    readonly status: number,
    action: string,
  ) {
    super(`Discord answered ${status} to ${action}`);
  }
}

/** Completes deferred interactions through their webhook, which needs the interaction token only, no bot token. */
export interface InteractionWebhook {
  editOriginal(message: ReplyMessage): Promise<void>;
  deleteOriginal(): Promise<void>;
  followUp(message: ReplyMessage): Promise<void>;
}

const maxRetryWaitMs = 5000;

async function send(url: string, init: { method: string; message?: ReplyMessage; replaceAll?: boolean }, action: string) {
  const encoded = init.message
    ? encodeBody(messageJson(init.message, { replaceAll: init.replaceAll ?? false }), init.message.files)
    : undefined;
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, {
      method: init.method,
      ...(encoded ? { body: encoded.body, headers: { 'content-type': encoded.contentType } } : {}),
    });
    if (response.ok) {
      await response.body?.cancel();
      return;
    }
    const retryAfterMs = Number(response.headers.get('retry-after') ?? Number.NaN) * 1000;
    await response.body?.cancel();
    // One wait for a short rate limit; the interaction token lives 15 minutes, the user does not wait that long.
    if (response.status === 429 && attempt === 0 && retryAfterMs <= maxRetryWaitMs) {
      await new Promise((resolve) => setTimeout(resolve, Number.isFinite(retryAfterMs) ? retryAfterMs : 1000));
      continue;
    }
    throw new WebhookError(response.status, action);
  }
}

export function interactionWebhook(apiUrl: string, applicationId: string, token: string): InteractionWebhook {
  const base = `${apiUrl}/v10/webhooks/${applicationId}/${token}`;
  return {
    editOriginal: (message) => send(`${base}/messages/@original`, { method: 'PATCH', message, replaceAll: true }, 'an edit'),
    deleteOriginal: () => send(`${base}/messages/@original`, { method: 'DELETE' }, 'a delete'),
    followUp: (message) => send(base, { method: 'POST', message }, 'a follow-up'),
  };
}
