import { randomBytes } from 'node:crypto';
import { snowflake } from './rest.js';

/** A chat-input option as Discord sends it; `focused` marks the one being typed during autocomplete. */
export interface OptionPayload {
  name: string;
  type: number;
  value: string | number | boolean;
  focused?: boolean;
}

/**
 * Where an interaction comes from, as Discord describes it (`context`, `authorizing_integration_owners`):
 * - `server`: a server the bot was added to (context 0, `guild_id` and `member`, owners `{"0": guild}`);
 * - `bot-dm`: the user's DM with the bot (context 1, `user`, no `member` or `guild_id`, owners `{"1": user}`);
 * - `private-channel`: a group DM or a DM between users, through the user's install (context 2, `user`,
 *   owners `{"1": user}`);
 * - `user-install-in-server`: a server the bot is not in, through the user's install (context 0,
 *   `guild_id` and `member`, owners `{"1": user}`).
 */
export type InteractionPlace = 'server' | 'bot-dm' | 'private-channel' | 'user-install-in-server';

/** The server of `user-install-in-server` interactions: one the bot was never added to. */
export const serverWithoutTheBot = '1000000000000000999';

/** What a test says about an interaction; the emulator fills in the rest of the wire payload. */
export type InteractionSpec = (
  | { kind: 'command'; name: string; options?: readonly OptionPayload[] }
  | { kind: 'autocomplete'; name: string; options: readonly OptionPayload[] }
  | { kind: 'button'; customId: string; messageId?: string }
) & {
  where?: InteractionPlace;
  /** The invoking user's Discord language (default `en-GB`). */
  locale?: string;
};

export interface InteractionPayload {
  id: string;
  token: string;
  type: number;
  channel_id: string;
  [key: string]: unknown;
}

/** A string option (type 3), the only kind our commands have. */
export function stringOption(name: string, value: string, focused = false): OptionPayload {
  return focused ? { name, type: 3, value, focused } : { name, type: 3, value };
}

/**
 * The INTERACTION_CREATE payload for a spec, with every field discord.js 14 reads when it builds an
 * interaction (entitlements, authorizing_integration_owners, member.user, channel, and a button's message).
 */
export function interactionPayload(
  spec: InteractionSpec,
  context: { applicationId: string; guildId: string; userId?: string },
): InteractionPayload {
  const channelId = '1200000000000000001';
  const user = {
    id: context.userId ?? '1300000000000000001',
    username: 'tester',
    discriminator: '0',
    global_name: 'Tester',
    avatar: null,
  };
  const where = spec.where ?? 'server';
  const inServer = where === 'server' || where === 'user-install-in-server';
  const guildId = where === 'server' ? context.guildId : serverWithoutTheBot;
  const placement = inServer
    ? {
        guild_id: guildId,
        channel: { id: channelId, type: 0, guild_id: guildId, name: 'general' },
        member: {
          user,
          roles: [],
          permissions: '2248473465835073',
          joined_at: new Date(0).toISOString(),
          deaf: false,
          mute: false,
          flags: 0,
        },
        guild_locale: 'en-US',
      }
    : {
        user,
        channel:
          where === 'bot-dm'
            ? { id: channelId, type: 1, flags: 0, recipients: [user] }
            : {
                id: channelId,
                type: 3,
                name: null,
                recipients: [user, { ...user, id: '1300000000000000999', username: 'friend' }],
              },
      };
  const owners = where === 'server' ? { '0': guildId } : { '1': user.id };
  const base = {
    id: snowflake(),
    application_id: context.applicationId,
    token: `aW50ZXJhY3Rpb246${randomBytes(24).toString('hex')}`,
    version: 1,
    channel_id: channelId,
    ...placement,
    ...(where === 'user-install-in-server' ? { guild: { id: guildId, locale: 'en-US', features: [] } } : {}),
    app_permissions: '2248473465835073',
    locale: spec.locale ?? 'en-GB',
    entitlements: [],
    authorizing_integration_owners: owners,
    context: where === 'bot-dm' ? 1 : where === 'private-channel' ? 2 : 0,
    attachment_size_limit: 10_485_760,
  };
  switch (spec.kind) {
    case 'command':
      return { ...base, type: 2, data: { id: snowflake(), name: spec.name, type: 1, options: spec.options ?? [] } };
    case 'autocomplete':
      return { ...base, type: 4, data: { id: snowflake(), name: spec.name, type: 1, options: spec.options } };
    case 'button':
      return {
        ...base,
        type: 3,
        data: { custom_id: spec.customId, component_type: 2 },
        message: {
          id: spec.messageId ?? snowflake(),
          channel_id: channelId,
          type: 20,
          author: { id: context.applicationId, username: 'xen-news', discriminator: '0', avatar: null, bot: true },
          content: '',
          embeds: [],
          components: [],
          attachments: [],
          mentions: [],
          mention_roles: [],
          mention_everyone: false,
          pinned: false,
          tts: false,
          timestamp: new Date().toISOString(),
          edited_timestamp: null,
          flags: 0,
        },
      };
  }
}
