import { MessageFlags } from 'discord-api-types/v10';
import { type Logger, newReferenceId } from '../log.js';
import type { BotMetrics, InteractionOutcome } from '../ops/metrics.js';
import type { AnyCommand } from './command.js';
import type { Cooldown } from './cooldown.js';
import { decodeCustomId } from './custom-id.js';
import { isUserError, UserError } from './errors.js';
import type { InteractionRequest, InteractionResponse, ReplyMessage } from './interaction.js';
import { parseOptions } from './options.js';
import { type BotSettings, defaultSettings } from './settings.js';
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

function describe(request: InteractionRequest): { kind: string; command: string; options?: string[] } {
  if (request.kind === 'button') return { kind: 'button', command: request.customId.split(':')[0] ?? '' };
  return { kind: request.kind, command: request.commandName, options: Object.keys(request.options) };
}

/**
 * Builds the one function every transport calls: a transport-neutral interaction in, the response
 * out. Expected failures become a short ephemeral reply; anything else is logged with a reference id
 * and answered with an apology carrying that id. It never throws.
 */
export function createInteractionHandler(
  commands: readonly AnyCommand[],
  logger: Logger,
  options: { cooldown?: Cooldown; settings?: BotSettings; metrics?: BotMetrics } = {},
): InteractionHandler {
  const settings = options.settings ?? defaultSettings;
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const definitions = new Map(commands.map((command) => [command.data.name, command.data.toJSON()]));

  function find(name: string): AnyCommand {
    const command = byName.get(name);
    if (!command)
      throw new UserError(
        `I don't know \`/${name.slice(0, 32)}\`. Try ${[...byName.keys()].map((n) => `\`/${n}\``).join(' or ')}.`,
      );
    return command;
  }

  async function route(request: InteractionRequest): Promise<InteractionResponse> {
    switch (request.kind) {
      case 'command': {
        const command = find(request.commandName);
        // biome-ignore lint/style/noNonNullAssertion: every listed command has a definition.
        const parsed = parseOptions(definitions.get(command.data.name)!, request.options);
        if (options.cooldown && command.usesCooldown?.(parsed)) {
          const waitMs = await options.cooldown.take(request.user.id);
          if (waitMs > 0) throw new UserError(`Slow down: you can ask again in ${Math.ceil(waitMs / 1000)} s.`);
        }
        const message = await command.execute({ options: parsed, user: request.user, guildId: request.guildId, settings });
        return { type: 'message', message: withoutMentions(message) };
      }
      case 'autocomplete': {
        const command = find(request.commandName);
        const choices = command.autocomplete?.({ focused: request.focused, options: request.options, user: request.user }) ?? [];
        return { type: 'choices', choices: choices.slice(0, 25) };
      }
      case 'button': {
        const { commandName, args } = decodeCustomId(request.customId);
        const command = find(commandName);
        if (!command.press) throw new UserError('That button is not one of mine.');
        const result = await command.press({ args, user: request.user, guildId: request.guildId, settings });
        return { type: result.mode === 'update' ? 'update' : 'message', message: withoutMentions(result.message) };
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
    try {
      const response = await route(request);
      const ms = performance.now() - started;
      logger.info({ ...summary, ref, outcome: 'ok', ms: +ms.toFixed(3) }, 'interaction');
      count(summary, 'ok', ms);
      return response;
    } catch (error) {
      const elapsed = performance.now() - started;
      const ms = +elapsed.toFixed(3);
      if (request.kind === 'autocomplete') {
        // Autocomplete cannot show a message: an empty list is the only safe answer.
        logger.error({ ...summary, ref, outcome: 'error', ms, err: error }, 'autocomplete failed');
        count(summary, 'error', elapsed);
        return { type: 'choices', choices: [] };
      }
      if (isUserError(error)) {
        logger.info({ ...summary, ref, outcome: 'user-error', ms }, 'interaction');
        count(summary, 'user-error', elapsed);
        return { type: 'message', message: ephemeralNotice(error.message) };
      }
      logger.error({ ...summary, ref, outcome: 'error', ms, err: error }, 'interaction failed');
      count(summary, 'error', elapsed);
      return {
        type: 'message',
        message: ephemeralNotice(`Sorry, something went wrong on my side. If it keeps happening, quote reference \`${ref}\`.`),
      };
    }
  };
}
