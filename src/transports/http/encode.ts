import type { APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import type { ReplyFile, ReplyMessage } from '../../core/interaction.js';

/** A request or response body ready to send, with its content type. */
export interface EncodedBody {
  contentType: string;
  body: Buffer | string;
}

/**
 * The message as Discord's JSON, its files described in `attachments` (id = index of the file part).
 * With `replaceAll`, omitted fields are sent empty: Discord keeps an edited message's omitted
 * fields, and an update must not leave the previous section's text or image behind.
 */
export function toMessageData(
  message: ReplyMessage,
  { replaceAll }: { replaceAll: boolean },
): APIInteractionResponseCallbackData {
  const { files, ...data } = message;
  const attachments = files?.map((file, id) => ({ id, filename: file.name, description: file.description }));
  if (!replaceAll) return attachments ? { ...data, attachments } : data;
  return {
    ...data,
    content: data.content ?? '',
    embeds: data.embeds ?? [],
    components: data.components ?? [],
    attachments: attachments ?? [],
  };
}

/** JSON when there are no files, else `multipart/form-data` with `payload_json` and `files[n]`, as Discord takes uploads. */
export async function encodeBody(json: unknown, files: readonly ReplyFile[] = []): Promise<EncodedBody> {
  if (files.length === 0) return { contentType: 'application/json', body: JSON.stringify(json) };
  const form = new FormData();
  form.append('payload_json', JSON.stringify(json));
  files.forEach((file, index) => {
    form.append(`files[${index}]`, new Blob([file.data], { type: file.contentType }), file.name);
  });
  // Letting the platform serialise the form gives a correct boundary and part headers.
  const encoded = new Response(form);
  return {
    contentType: encoded.headers.get('content-type') ?? 'multipart/form-data',
    body: Buffer.from(await encoded.arrayBuffer()),
  };
}
