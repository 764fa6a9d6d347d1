import type { RequestData, RouteLike } from '@discordjs/rest';
import { ApplicationCommandType, Routes } from 'discord-api-types/v10';
import * as z from 'zod';
import type { CommandDirectory } from '../core/command-directory.js';
import { describeError } from '../core/describe-error.js';
import type { Logger } from '../log.js';

/** Long enough for a slow Discord, short enough that a hung call is not still pending at stop. */
const learnTimeoutMs = 10_000;

const registeredCommandsSchema = z.array(
  z.looseObject({ id: z.string().regex(/^\d{1,20}$/), name: z.string().min(1), type: z.number().int().optional() }),
);

export interface LearnCommandIdsOptions {
  /** A REST client holding the bot token (the gateway client's, or one made for this call). */
  rest: { get(route: RouteLike, options?: RequestData): Promise<unknown> };
  applicationId: string;
  /** The server the commands are registered to (DISCORD_GUILD_ID, as `npm run deploy` uses it); unset: global. */
  guildId?: string | undefined;
  /** The bot's own commands, to say which of them Discord does not have. */
  commandNames: readonly string[];
  directory: CommandDirectory;
  logger: Logger;
  /** Aborted when the transport stops: the call is dropped without a warning. */
  signal?: AbortSignal | undefined;
}

/**
 * Asks Discord once for the application's registered commands and records their ids in the
 * directory, so replies can mention them as `</name:id>`. It never throws: on any failure it logs a
 * warning and the directory keeps naming commands as plain text.
 */
export async function learnCommandIds(options: LearnCommandIdsOptions): Promise<void> {
  const { applicationId, guildId, logger } = options;
  const scope = guildId ? `server ${guildId}` : 'global';
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const timeout = AbortSignal.timeout(learnTimeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const answer = registeredCommandsSchema.safeParse(await options.rest.get(route, { signal }));
    if (!answer.success) throw new Error(`the answer to GET ${route} is not a list of commands`);
    // Only chat-input commands can be mentioned; a context-menu command may share a name.
    const registered = answer.data.filter(
      (command) => (command.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput,
    );
    options.directory.record(registered);
    const names = new Set(registered.map((command) => command.name));
    const unregistered = options.commandNames.filter((name) => !names.has(name));
    if (unregistered.length > 0)
      logger.warn(
        { scope, unregistered },
        'Discord has no registration for some commands (run `npm run deploy`): replies name them as plain text',
      );
    logger.info({ scope, commands: [...names] }, 'learned the command ids: replies mention commands as tappable links');
  } catch (error) {
    if (options.signal?.aborted) {
      logger.debug({ scope }, 'stopped before learning the command ids');
      return;
    }
    logger.warn(
      { scope, error: describeError(error) },
      'could not learn the command ids from Discord: replies name commands as plain text',
    );
  }
}

/** Learning in the background; `stop` drops the call if it is still pending. */
export interface CommandIdLearning {
  /** Settles once the ids are recorded, or the failure logged. */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

/** {@link learnCommandIds} in the background: until it is done, replies name commands as plain text. */
export function startLearningCommandIds(options: Omit<LearnCommandIdsOptions, 'signal'>): CommandIdLearning {
  const stopping = new AbortController();
  const done = learnCommandIds({ ...options, signal: stopping.signal });
  return {
    done,
    async stop() {
      stopping.abort();
      await done;
    },
  };
}

/**
 * For the HTTP endpoint, whose own REST client holds no token: learns the ids with a client made for
 * this one call when a bot token is configured, and makes no call without one.
 */
export function startLearningCommandIdsWithToken(
  options: Omit<LearnCommandIdsOptions, 'signal' | 'rest' | 'applicationId'> & {
    token: string | undefined;
    applicationId: string | undefined;
    apiUrl: string;
  },
): CommandIdLearning {
  const { token, applicationId, apiUrl, ...rest } = options;
  if (!token || !applicationId) {
    options.logger.debug('no DISCORD_TOKEN: replies name commands as plain text');
    return { done: Promise.resolve(), stop: async () => {} };
  }
  // Loaded here rather than imported above: the gateway's discord.js client brings its own.
  const client = import('@discordjs/rest').then(({ REST }) => new REST({ api: apiUrl }).setToken(token));
  return startLearningCommandIds({
    ...rest,
    applicationId,
    rest: { get: async (route, request) => (await client).get(route, request) },
  });
}
