import { MessageFlags } from 'discord-api-types/v10';
import { LRUCache } from 'lru-cache';
import { label } from '../i18n/strings.js';
import { type Logger, newReferenceId } from '../log.js';
import type { BotMetrics, InteractionOutcome } from '../ops/metrics.js';
import { getStory, type Story } from '../story/load.js';
import type { AnyCommand } from './command.js';
import { CommandDefinitions } from './command-definitions.js';
import { type CommandDirectory, createCommandDirectory } from './command-directory.js';
import type { Cooldown } from './cooldown.js';
import { commandNameOf, decodeCustomId } from './custom-id.js';
import { isUserError, UserError } from './errors.js';
import type { InteractionRequest, InteractionResponse, ReplyMessage } from './interaction.js';
import { parseOptions } from './options.js';
import { type BotSettings, defaultReplyCacheSize, defaultSettings } from './settings.js';
import { derivedOnce, isSharedReply, shareReply } from './shared-reply.js';

export type InteractionHandler = (request: InteractionRequest) => Promise<InteractionResponse>;

/** Every reply goes through here: nothing the bot sends may ping anyone. A shared reply stays shared. */
export const withoutMentions = derivedOnce((message: ReplyMessage): ReplyMessage => {
  const safe = { ...message, allowed_mentions: { parse: [] } };
  return isSharedReply(message) ? shareReply(safe) : safe;
});

export function ephemeralNotice(content: string): ReplyMessage {
  return withoutMentions({ content, flags: MessageFlags.Ephemeral });
}

/** What a user is told when the bot failed them, with the reference id of the log line that explains it. */
export function apology(ref: string, locale?: string): ReplyMessage {
  return ephemeralNotice(label(locale, 'error.internal', { ref }));
}

/** What every `interaction` log line says of the interaction; `options` is absent for a button. */
interface InteractionSummary {
  kind: string;
  command: string;
  options: string[] | undefined;
}

function describe(request: InteractionRequest): InteractionSummary {
  if (request.kind === 'button') return { kind: 'button', command: commandNameOf(request.customId), options: undefined };
  return { kind: request.kind, command: request.commandName, options: Object.keys(request.options) };
}

/**
 * The fields of an `interaction` log line, built in one literal of one shape: it is written for every
 * interaction. pino leaves out the fields that are undefined.
 */
function lineFields(summary: InteractionSummary, ref: string, outcome: InteractionOutcome, ms: number, kept?: true) {
  return { kind: summary.kind, command: summary.command, options: summary.options, ref, outcome, ms, kept };
}

/**
 * The reply cache's key for a command's call. Option names are the definition's own (parsing refused
 * any other), and the locale and each value are prefixed with their length (values with their type
 * too), so two calls share a key only when they are alike.
 */
function replyKey(command: string, locale: string | undefined, revision: number, options: Record<string, unknown>): string {
  const language = locale ?? '';
  let key = `${command} ${revision} ${language.length}:${language}`;
  for (const name in options) {
    const value = String(options[name]);
    key += ` ${name}=${typeof options[name]}:${value.length}:${value}`;
  }
  return key;
}

/**
 * Builds the one function every transport calls: a transport-neutral interaction in, the response
 * out. Expected failures become a short ephemeral reply; anything else is logged with a reference id
 * and answered with an apology carrying that id. It never throws.
 */
export function createInteractionHandler(
  commands: readonly AnyCommand[],
  logger: Logger,
  options: {
    cooldown?: Cooldown;
    settings?: BotSettings;
    story?: Story;
    commandDirectory?: CommandDirectory;
    metrics?: BotMetrics;
    /** How many replies to keep for calls that may be answered again alike; 0 keeps none. {@link defaultReplyCacheSize} unless told. */
    replyCacheSize?: number;
  } = {},
): InteractionHandler {
  const settings = options.settings ?? defaultSettings;
  // The repository's story unless the entry point loaded another (XEN_NEWS_DATA_DIR).
  const story = options.story ?? getStory();
  const directory = options.commandDirectory ?? createCommandDirectory();
  const { mention } = directory;
  const replyCacheSize = options.replyCacheSize ?? defaultReplyCacheSize;
  // Only successful replies are kept: a user error or a cooldown is thrown before anything is stored.
  const replies = replyCacheSize > 0 ? new LRUCache<string, ReplyMessage>({ max: replyCacheSize }) : undefined;
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  // Each asked for on the command's first call: a definition may be built only then (definedOnFirstUse).
  const definitions = new CommandDefinitions(commands);

  function find(name: string): AnyCommand {
    const command = byName.get(name);
    if (!command)
      throw new UserError('error.unknown-command', {
        name: name.slice(0, 32),
        commands: [...byName.keys()].map((n) => mention(n)).join(', '),
      });
    return command;
  }

  const shared = (request: InteractionRequest) => ({ story, user: request.user, locale: request.locale, mention });

  /** `kept` is set when the reply came from the reply cache, for the log line. */
  async function route(request: InteractionRequest, call: { kept?: true }): Promise<InteractionResponse> {
    switch (request.kind) {
      case 'command': {
        const command = find(request.commandName);
        const parsed = parseOptions(definitions.of(command), request.options);
        if (options.cooldown && command.usesCooldown?.(parsed)) {
          const waitMs = await options.cooldown.take(request.user.id);
          if (waitMs > 0) throw new UserError('error.slow-down', { seconds: Math.ceil(waitMs / 1000) });
        }
        // The directory's revision is in the key: a reply that names a command changes once its id is learned.
        const key =
          replies && command.replyDependsOnOptionsOnly?.(parsed)
            ? replyKey(command.data.name, request.locale, directory.revision, parsed)
            : undefined;
        const kept = key === undefined ? undefined : replies?.get(key);
        if (kept) {
          call.kept = true;
          return { type: 'message', message: kept };
        }
        // Written out rather than spread from shared(): this runs for every call not answered from the
        // reply cache (every section), and spreading cost about as much as the rest of the route.
        const { user, locale, guildId } = request;
        const context = { story, user, locale, mention, options: parsed, guildId, settings };
        const message = withoutMentions(await command.execute(context));
        if (key === undefined) return { type: 'message', message };
        const reply = shareReply(message);
        replies?.set(key, reply);
        return { type: 'message', message: reply };
      }
      case 'autocomplete': {
        const command = find(request.commandName);
        const context = { ...shared(request), focused: request.focused, options: request.options };
        const choices = command.autocomplete?.(context) ?? [];
        return { type: 'choices', choices: choices.slice(0, 25) };
      }
      case 'button': {
        const { commandName, args } = decodeCustomId(request.customId);
        const command = find(commandName);
        if (!command.press) throw new UserError('error.not-my-button');
        const result = await command.press({ ...shared(request), args, guildId: request.guildId, settings });
        return { type: result.type, message: withoutMentions(result.message) };
      }
    }
  }

  function count(summary: { kind: string; command: string }, outcome: InteractionOutcome, ms: number): void {
    // Only known names become labels: a label per made-up name would grow the metrics without bound.
    const command = byName.has(summary.command) ? summary.command : 'unknown';
    options.metrics?.interaction({ command, kind: summary.kind, outcome }, ms / 1000);
  }

  return async function handleInteraction(request) {
    const started = performance.now();
    const ref = newReferenceId();
    const summary = describe(request);
    const call: { kept?: true } = {};
    try {
      const response = await route(request, call);
      const ms = performance.now() - started;
      logger.info(lineFields(summary, ref, 'ok', +ms.toFixed(3), call.kept), 'interaction');
      count(summary, 'ok', ms);
      return response;
    } catch (error) {
      const elapsed = performance.now() - started;
      const ms = +elapsed.toFixed(3);
      if (request.kind === 'autocomplete') {
        // Autocomplete cannot show a message: an empty list is the only safe answer. A user error
        // (a command this bot does not have) is no fault of ours, so not an error line.
        if (isUserError(error)) {
          logger.info(lineFields(summary, ref, 'user-error', ms), 'interaction');
          count(summary, 'user-error', elapsed);
        } else {
          logger.error({ ...lineFields(summary, ref, 'error', ms), err: error }, 'autocomplete failed');
          count(summary, 'error', elapsed);
        }
        return { type: 'choices', choices: [] };
      }
      if (isUserError(error)) {
        logger.info(lineFields(summary, ref, 'user-error', ms), 'interaction');
        count(summary, 'user-error', elapsed);
        return { type: 'message', message: ephemeralNotice(error.for(request.locale)) };
      }
      logger.error({ ...lineFields(summary, ref, 'error', ms), err: error }, 'interaction failed');
      count(summary, 'error', elapsed);
      return { type: 'message', message: apology(ref, request.locale) };
    }
  };
}
