import type { AnyCommand } from '../../src/core/command.js';
import { deploy } from '../../src/deploy/run.js';
import type { DiscordEmulator } from '../emulator/index.js';
import { commands } from '../helpers/commands.js';

/** A test command whose reply names the bot's two commands the way replies do, through `context.mention`. */
export const mentionCommand: AnyCommand = {
  data: { name: 'mention-test', toJSON: () => ({ name: 'mention-test', description: 'Names the other commands' }) },
  execute: ({ mention }) => ({ content: `Try ${mention('xen-news')} or ${mention('quote')}.` }),
};

export const learnedIds = 'learned the command ids: replies mention commands as tappable links';
export const couldNotLearn = 'could not learn the command ids from Discord: replies name commands as plain text';

/** Registers the bot's commands with the emulator as `npm run deploy` does; to one server with `guildId`. */
export async function registerCommands(emulator: DiscordEmulator, guildId?: string): Promise<void> {
  const code = await deploy(commands, {
    argv: [],
    env: {
      DISCORD_TOKEN: emulator.token,
      DISCORD_APPLICATION_ID: emulator.applicationId,
      DISCORD_API_URL: emulator.apiUrl,
      ...(guildId ? { DISCORD_GUILD_ID: guildId } : {}),
    },
    stdout: () => {},
    stderr: (line) => {
      throw new Error(line);
    },
  });
  if (code !== 0) throw new Error(`deploy exited ${code}`);
}

/** The id Discord (the emulator) gave a registered command, globally or in one server. */
export function registeredId(emulator: DiscordEmulator, name: string, guildId?: string): string {
  const route = guildId
    ? `/applications/${emulator.applicationId}/guilds/${guildId}/commands`
    : `/applications/${emulator.applicationId}/commands`;
  const id = emulator.rest.commands.get(route)?.find((command) => command.name === name)?.id;
  if (typeof id !== 'string') throw new Error(`/${name} is not registered at ${route}`);
  return id;
}
