import { Client, GatewayIntentBits, Options, type RateLimitData } from 'discord.js';

/**
 * A discord.js client for a bot that only answers interactions. Interactions arrive without any
 * intent; `Guilds` is the one discord.js needs to become ready. The bot never reads messages,
 * members or presences, so those caches hold nothing beyond the bot's own user.
 */
export function createGatewayClient(options: {
  api: string;
  /** Whether a rate limit fails the call instead of being waited out (see start-rate-limit.ts). */
  rejectOnRateLimit?: (limit: RateLimitData) => boolean;
}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    makeCache: Options.cacheWithLimits({
      ApplicationCommandManager: 0,
      ApplicationEmojiManager: 0,
      AutoModerationRuleManager: 0,
      BaseGuildEmojiManager: 0,
      DMMessageManager: 0,
      EntitlementManager: 0,
      GuildBanManager: 0,
      GuildEmojiManager: 0,
      GuildForumThreadManager: 0,
      GuildInviteManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      GuildMessageManager: 0,
      GuildScheduledEventManager: 0,
      GuildStickerManager: 0,
      GuildTextThreadManager: 0,
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      StageInstanceManager: 0,
      ThreadManager: 0,
      ThreadMemberManager: 0,
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
      VoiceStateManager: 0,
    }),
    // The core sets allowed_mentions on every reply; this covers anything sent around it.
    allowedMentions: { parse: [] },
    rest: { api: options.api, ...(options.rejectOnRateLimit ? { rejectOnRateLimit: options.rejectOnRateLimit } : {}) },
  });
}
