/** Deployment settings a handler may read; fixed at start, passed in with every interaction. */
export interface BotSettings {
  /** The Mastodon instance share buttons open when the user names none (MASTODON_INSTANCE). */
  mastodonInstance: string;
}

export const defaultSettings: BotSettings = { mastodonInstance: 'mastodon.social' };

/**
 * How many replies the core keeps for calls whose reply depends on their options only (see
 * `Command.replyDependsOnOptionsOnly`; REPLY_CACHE_SIZE): a question's answer is a few kilobytes.
 */
export const defaultReplyCacheSize = 1000;
