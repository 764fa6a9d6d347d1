import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { InteractionRequest, InvokingUser, OptionValue } from '../../core/interaction.js';

/** A console line that is not a command as Discord would accept it. */
export class ConsoleInputError extends Error {
  override readonly name = 'ConsoleInputError';
}

export interface ParsedCommandLine {
  commandName: string;
  options: Record<string, OptionValue>;
  /** The option still being typed (for tab completion): the last one on the line. */
  last: { name: string; value: string } | null;
}

function convert(option: APIApplicationCommandOption, text: string): OptionValue {
  switch (option.type) {
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      const value = Number(text);
      if (text === '' || Number.isNaN(value)) throw new ConsoleInputError(`\`${option.name}\` takes a number, not "${text}".`);
      return value;
    }
    case ApplicationCommandOptionType.Boolean:
      if (text !== 'true' && text !== 'false') throw new ConsoleInputError(`\`${option.name}\` takes true or false.`);
      return text === 'true';
    default:
      return text;
  }
}

/**
 * Parses a line typed the way Discord shows a command: `/quote gartner`, `/quote source:citrix`,
 * `/xen-news section:timeline`, `/xen-news question: who is warrilow`. An option's value runs to the
 * next `name:` of one of the command's options, so a question may contain spaces and colons. A value
 * for the first required option may be given without its name.
 */
export function parseCommandLine(
  line: string,
  definitions: ReadonlyMap<string, RESTPostAPIChatInputApplicationCommandsJSONBody>,
): ParsedCommandLine {
  const trimmed = line.trim();
  const match = /^\/(\S+)\s*([\s\S]*)$/.exec(trimmed);
  if (!match) throw new ConsoleInputError('Type a slash command, e.g. `/xen-news` or `/quote gartner`.');
  const commandName = (match[1] ?? '').toLowerCase();
  const rest = match[2] ?? '';
  const definition = definitions.get(commandName);
  if (!definition) {
    throw new ConsoleInputError(
      `Unknown command /${commandName}. Commands: ${[...definitions.keys()].map((n) => `/${n}`).join(', ')}.`,
    );
  }
  const declared = definition.options ?? [];
  const names = declared.map((o) => o.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const optionStart = names.length > 0 ? new RegExp(`(?:^|\\s)(${names.join('|')}):`, 'g') : null;
  const starts = optionStart ? [...rest.matchAll(optionStart)] : [];

  const raw: { name: string; value: string }[] = [];
  const positional = (starts[0]?.index ?? rest.length) > 0 ? rest.slice(0, starts[0]?.index ?? rest.length).trim() : '';
  if (positional) {
    const first = declared.find((o) => 'required' in o && o.required);
    if (!first)
      throw new ConsoleInputError(`/${commandName} takes named options: ${declared.map((o) => `${o.name}:`).join(' ')}`);
    raw.push({ name: first.name, value: positional });
  }
  starts.forEach((start, i) => {
    const valueStart = (start.index ?? 0) + start[0].length;
    const valueEnd = starts[i + 1]?.index ?? rest.length;
    raw.push({ name: start[1] ?? '', value: rest.slice(valueStart, valueEnd).trim() });
  });

  const options: Record<string, OptionValue> = {};
  for (const { name, value } of raw) {
    const option = declared.find((o) => o.name === name);
    if (!option) throw new ConsoleInputError(`/${commandName} has no option ${name}.`);
    if (name in options) throw new ConsoleInputError(`\`${name}\` is given twice.`);
    options[name] = convert(option, value);
  }
  const lastRaw = raw.at(-1);
  return { commandName, options, last: lastRaw ? { name: lastRaw.name, value: lastRaw.value } : null };
}

/** Who the console's interactions come from. */
export const consoleUser: InvokingUser = { id: '0', username: 'console' };

/** Turns one console line into a transport-neutral request: a command, `press <custom_id>`, or `complete <command line>`. */
export function lineToRequest(
  line: string,
  definitions: ReadonlyMap<string, RESTPostAPIChatInputApplicationCommandsJSONBody>,
): InteractionRequest {
  const trimmed = line.trim();
  const press = /^press\s+(\S+)$/.exec(trimmed);
  if (press) return { kind: 'button', customId: press[1] ?? '', user: consoleUser, guildId: null };
  const complete = /^complete\s+(\/[\s\S]*)$/.exec(trimmed);
  if (complete) {
    const parsed = parseCommandLine(complete[1] ?? '', definitions);
    const focused = parsed.last?.name ?? definitions.get(parsed.commandName)?.options?.[0]?.name ?? '';
    const options = { ...parsed.options, [focused]: parsed.last?.value ?? '' };
    return { kind: 'autocomplete', commandName: parsed.commandName, options, focused, user: consoleUser, guildId: null };
  }
  const parsed = parseCommandLine(trimmed, definitions);
  return { kind: 'command', commandName: parsed.commandName, options: parsed.options, user: consoleUser, guildId: null };
}
