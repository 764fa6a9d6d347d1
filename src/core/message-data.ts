import {
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  InteractionResponseType,
  MessageFlags,
} from 'discord-api-types/v10';
import type { ReplyMessage } from './interaction.js';
import { derivedOnce, isSharedReply, shareReply } from './shared-reply.js';

/** A message as Discord's JSON: the reply without its file bytes, which travel as multipart parts. */
export type MessageData = APIInteractionResponseCallbackData;

/** True when only the user who asked sees the message. */
export function isEphemeral(message: { flags?: number | undefined }): boolean {
  return ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
}

function build(message: ReplyMessage, replaceAll: boolean): MessageData {
  const { files, ...data } = message;
  const attachments = files?.map((file, id) => ({ id, filename: file.name, description: file.description }));
  const built: MessageData = !replaceAll
    ? attachments
      ? { ...data, attachments }
      : data
    : {
        ...data,
        content: data.content ?? '',
        embeds: data.embeds ?? [],
        components: data.components ?? [],
        attachments: attachments ?? [],
      };
  // A shared reply's wire form is frozen too, so encoders may cache what they derive from it.
  return isSharedReply(message) ? shareReply(built) : built;
}

const keepingFields = derivedOnce((message) => build(message, false));
const replacingAll = derivedOnce((message) => build(message, true));

/**
 * The message as Discord's JSON, its files described in `attachments` (id = index of the file part).
 * With `replaceAll`, omitted fields are sent empty: Discord keeps an edited message's omitted
 * fields, and an update must not leave the previous section's text or image behind.
 */
export function toMessageData(message: ReplyMessage, { replaceAll }: { replaceAll: boolean }): MessageData {
  return replaceAll ? replacingAll(message) : keepingFields(message);
}

/** The message a callback carries: a new one (type 4) or an update (type 7); none for choices or a deferral. */
export function messageOf(body: APIInteractionResponse): MessageData | undefined {
  return body.type === InteractionResponseType.ChannelMessageWithSource || body.type === InteractionResponseType.UpdateMessage
    ? body.data
    : undefined;
}
