import type { RawFile, REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import type { ReplyFile } from '../core/interaction.js';
import type { Responder } from '../core/reply-policy.js';

function rawFiles(files: readonly ReplyFile[] | undefined): { files?: RawFile[] } {
  return files && files.length > 0
    ? { files: files.map((file) => ({ name: file.name, data: file.data, contentType: file.contentType })) }
    : {};
}

/**
 * An interaction's callback and its webhook calls through @discordjs/rest, which waits out rate
 * limits and retries 5xx answers. They are authorised by the interaction token alone, so no bot token is sent.
 */
export function restResponder(rest: REST, interaction: { id: string; application_id: string; token: string }): Responder {
  const original = Routes.webhookMessage(interaction.application_id, interaction.token, '@original');
  return {
    async callback(body, files) {
      await rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body, ...rawFiles(files), auth: false });
    },
    async editOriginal(data, files) {
      await rest.patch(original, { body: data, ...rawFiles(files), auth: false });
    },
    async followUp(data, files) {
      await rest.post(Routes.webhook(interaction.application_id, interaction.token), {
        body: data,
        ...rawFiles(files),
        auth: false,
      });
    },
    async deleteOriginal() {
      await rest.delete(original, { auth: false });
    },
  };
}
