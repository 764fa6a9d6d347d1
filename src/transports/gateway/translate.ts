import {
  type AttachmentPayload,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  MessageFlags,
  type MessageMentionOptions,
} from 'discord.js';
import type { InteractionRequest, OptionValue, ReplyMessage } from '../../core/interaction.js';

/** The interactions this bot answers; anything else (modals, menus, context menus) it never creates. */
export type ServedInteraction = ChatInputCommandInteraction | AutocompleteInteraction | ButtonInteraction;

export function isServed(interaction: Interaction): interaction is ServedInteraction {
  return interaction.isChatInputCommand() || interaction.isAutocomplete() || interaction.isButton();
}

function collectOptions(options: readonly CommandInteractionOption[], into: Record<string, OptionValue>): void {
  for (const option of options) {
    if (option.options) collectOptions(option.options, into);
    else if (option.value !== undefined) into[option.name] = option.value;
  }
}

/** A discord.js interaction as the transport-neutral request the core handles. */
export function toInteractionRequest(interaction: ServedInteraction): InteractionRequest {
  const user = { id: interaction.user.id, username: interaction.user.username };
  const guildId = interaction.guildId;
  if (interaction.isButton()) return { kind: 'button', customId: interaction.customId, user, guildId };
  const options: Record<string, OptionValue> = {};
  collectOptions(interaction.options.data, options);
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true).name;
    return { kind: 'autocomplete', commandName: interaction.commandName, options, focused, user, guildId };
  }
  return { kind: 'command', commandName: interaction.commandName, options, user, guildId };
}

export function isEphemeral(message: ReplyMessage): boolean {
  return ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
}

function mentions(message: ReplyMessage): MessageMentionOptions | undefined {
  const allowed = message.allowed_mentions;
  if (!allowed) return undefined;
  return {
    ...(allowed.parse ? { parse: allowed.parse } : {}),
    ...(allowed.users ? { users: allowed.users } : {}),
    ...(allowed.roles ? { roles: allowed.roles } : {}),
    ...(allowed.replied_user !== undefined ? { repliedUser: allowed.replied_user } : {}),
  };
}

function files(message: ReplyMessage): AttachmentPayload[] | undefined {
  return message.files?.map((file) => ({
    attachment: Buffer.from(file.data),
    name: file.name,
    description: file.description,
  }));
}

function body(message: ReplyMessage, replaceAll: boolean) {
  return {
    content: message.content ?? (replaceAll ? '' : undefined),
    embeds: message.embeds ?? (replaceAll ? [] : undefined),
    components: message.components ?? (replaceAll ? [] : undefined),
    allowedMentions: mentions(message),
    files: files(message),
    // Kept attachments: none. The new files still go, so an update replaces the old image, never adds to it.
    ...(replaceAll ? { attachments: [] } : {}),
  };
}

/**
 * The body of an edit. With `replaceAll`, fields the message lacks are sent empty: Discord keeps
 * an edited message's omitted fields, and an update must not leave the previous section's text behind.
 */
export function toEditOptions(message: ReplyMessage, { replaceAll }: { replaceAll: boolean }): InteractionEditReplyOptions {
  return body(message, replaceAll);
}

/** The body of a new message (a reply or a follow-up), flags included. */
export function toReplyOptions(message: ReplyMessage): InteractionReplyOptions {
  return {
    ...body(message, false),
    tts: message.tts,
    // The core only sets flags a reply may carry (Ephemeral, SuppressEmbeds); Discord rejects others.
    flags: message.flags as InteractionReplyOptions['flags'],
  };
}
