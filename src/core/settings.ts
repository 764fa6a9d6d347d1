/** Deployment settings a handler may read; fixed at start, passed in with every interaction. */
export interface BotSettings {
  /** The Mastodon instance share buttons open when the user names none (MASTODON_INSTANCE). */
  mastodonInstance: string;
}

export const defaultSettings: BotSettings = { mastodonInstance: 'mastodon.social' };
