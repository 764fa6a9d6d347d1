import type { RawFile, REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { type Abandonment, callWithin } from '../core/deadline.js';
import type { ReplyFile } from '../core/interaction.js';
import type { Responder } from '../core/reply-policy.js';

/** Discord drops an interaction whose callback has not arrived within 3 s. */
export const callbackWindowMs = 3000;
/** An interaction token, and with it every webhook call for the interaction, lasts 15 minutes. */
export const tokenLifetimeMs = 15 * 60 * 1000;

/** What bounds the calls made for one interaction. */
export interface CallDeadlines {
  /**
   * When the interaction reached the bot (`performance.now()`): Discord's windows run from about
   * then, so the callback must arrive within {@link callbackWindowMs} of it and webhook calls within
   * {@link tokenLifetimeMs}.
   */
  receivedAt: number;
  /** Thrown at the shutdown deadline: every call still waiting is given up, and none is started. */
  abandonment?: Abandonment;
}

function rawFiles(files: readonly ReplyFile[] | undefined): { files?: RawFile[] } {
  return files && files.length > 0
    ? { files: files.map((file) => ({ name: file.name, data: file.data, contentType: file.contentType })) }
    : {};
}

/**
 * An interaction's callback and its webhook calls through @discordjs/rest, which waits out rate
 * limits and retries 5xx answers, each within the time Discord still accepts it (see
 * {@link CallDeadlines}); a call past it fails with `DeadlinePassed`. They are authorised by the
 * interaction token alone, so no bot token is sent.
 */
export function restResponder(
  rest: REST,
  interaction: { id: string; application_id: string; token: string },
  { receivedAt, abandonment }: CallDeadlines,
): Responder {
  const original = Routes.webhookMessage(interaction.application_id, interaction.token, '@original');
  const callbackDeadline = receivedAt + callbackWindowMs;
  const tokenExpiry = receivedAt + tokenLifetimeMs;
  const webhookCall = <T>(what: string, call: (signal: AbortSignal) => Promise<T>) =>
    callWithin(what, tokenExpiry, abandonment, call);
  return {
    async callback(body, files) {
      await callWithin('the interaction callback', callbackDeadline, abandonment, (signal) =>
        rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
          body,
          ...rawFiles(files),
          auth: false,
          signal,
        }),
      );
    },
    async editOriginal(data, files) {
      await webhookCall('editing the original response', (signal) =>
        rest.patch(original, { body: data, ...rawFiles(files), auth: false, signal }),
      );
    },
    async followUp(data, files) {
      await webhookCall('a follow-up message', (signal) =>
        rest.post(Routes.webhook(interaction.application_id, interaction.token), {
          body: data,
          ...rawFiles(files),
          auth: false,
          signal,
        }),
      );
    },
    async deleteOriginal() {
      await webhookCall('deleting the original response', (signal) => rest.delete(original, { auth: false, signal }));
    },
  };
}
