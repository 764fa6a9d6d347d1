import { ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';

/**
 * Where every command can be used: installed to a server or to a user, and run in servers, the bot's
 * DMs and group DMs. Handlers need no server: the cooldown keys on the user, wherever they are.
 */
export const commandReach = {
  integrationTypes: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
} as const;
