import type { APIEmbed } from 'discord-api-types/v10';
import type { ReplyFile } from '../core/interaction.js';

/** The embed showing an attached image: Discord resolves `attachment://<name>` to the file sent with the message. */
export function withAttachedImage(embed: APIEmbed, file: ReplyFile): APIEmbed {
  return { ...embed, image: { url: `attachment://${file.name}` } };
}
