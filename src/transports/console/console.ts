import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { AnyCommand } from '../../core/command.js';
import type { InteractionHandler } from '../../core/dispatch.js';
import type { InteractionRequest, InteractionResponse, ReplyMessage } from '../../core/interaction.js';
import { completeConsoleLine, consoleUser } from './complete.js';
import { ConsoleInputError, parseCommandLine } from './parse-line.js';
import { listButtons, renderForTerminal, type TerminalButton } from './render-terminal.js';

export interface ConsoleOptions {
  commands: readonly AnyCommand[];
  handler: InteractionHandler;
  input: Readable;
  output: Writable;
  /** One JSON line out for every line in (for scripts and tests) instead of the interactive prompt. */
  json: boolean;
  colour?: boolean;
  /** Saves a reply's files and describes them: the JSON line's `files`, the interactive console's "saved" lines. */
  describeFiles?: (message: ReplyMessage) => Promise<readonly { path: string }[]>;
}

type LineResult = { kind: 'response'; response: InteractionResponse } | { kind: 'error'; message: string };

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

async function runLine(
  line: string,
  definitions: ReadonlyMap<string, RESTPostAPIChatInputApplicationCommandsJSONBody>,
  handler: InteractionHandler,
): Promise<LineResult> {
  let request: InteractionRequest;
  try {
    request = lineToRequest(line, definitions);
  } catch (error) {
    if (error instanceof ConsoleInputError) return { kind: 'error', message: error.message };
    throw error;
  }
  return { kind: 'response', response: await handler(request) };
}

async function runJson(options: ConsoleOptions, definitions: Map<string, RESTPostAPIChatInputApplicationCommandsJSONBody>) {
  const lines = createInterface({ input: options.input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const result = await runLine(line, definitions, options.handler);
    let out: Record<string, unknown>;
    if (result.kind === 'error') out = { input: line, error: result.message };
    else if (result.response.type === 'choices') out = { input: line, choices: result.response.choices };
    else {
      const { files, ...reply } = result.response.message;
      out = { input: line, reply };
      if (files && files.length > 0)
        out.files = options.describeFiles ? await options.describeFiles(result.response.message) : [];
    }
    options.output.write(`${JSON.stringify(out)}\n`);
  }
}

function completerFor(options: ConsoleOptions, definitions: Map<string, RESTPostAPIChatInputApplicationCommandsJSONBody>) {
  return (line: string, callback: (error: null, result: [string[], string]) => void) => {
    completeConsoleLine(line, definitions, options.handler).then(
      (result) => callback(null, result),
      () => callback(null, [[], line]),
    );
  };
}

async function runInteractive(
  options: ConsoleOptions,
  definitions: Map<string, RESTPostAPIChatInputApplicationCommandsJSONBody>,
) {
  const colour = options.colour ?? false;
  const rl: Interface = createInterface({
    input: options.input,
    output: options.output,
    prompt: 'xen-news> ',
    completer: completerFor(options, definitions),
  });
  const say = (text: string) => options.output.write(`${text}\n`);
  say('xen-news console: commands work as in Discord. Try /xen-news, /xen-news section:timeline,');
  say('/xen-news question: who is warrilow, /quote gartner. Tab completes; "help" lists more; Ctrl-D quits.');
  let buttons: TerminalButton[] = [];
  rl.prompt();
  for await (const line of rl) {
    const trimmed = line.trim();
    if (trimmed === 'exit' || trimmed === 'quit') break;
    if (trimmed === '') {
      rl.prompt();
      continue;
    }
    if (trimmed === 'help') {
      say(
        [...definitions.values()]
          .map((d) => `/${d.name} ${(d.options ?? []).map((o) => `${o.name}:`).join(' ')}\n    ${d.description}`)
          .join('\n'),
      );
      rl.prompt();
      continue;
    }
    const number = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
    const pressed = buttons[number - 1];
    const input = pressed?.customId ? `press ${pressed.customId}` : trimmed;
    if (pressed?.url) say(`Open in your browser: ${pressed.url}`);
    else {
      const result = await runLine(input, definitions, options.handler);
      if (result.kind === 'error') say(result.message);
      else {
        say(renderForTerminal(result.response, colour));
        if (result.response.type !== 'choices') {
          buttons = listButtons(result.response.message);
          if (options.describeFiles && result.response.message.files?.length) {
            for (const file of await options.describeFiles(result.response.message)) say(`  saved ${file.path}`);
          }
        }
      }
    }
    rl.prompt();
  }
  rl.close();
}

/**
 * The offline console: the same command handlers as Discord, driven from a terminal. Interactive
 * with a prompt, tab completion and numbered buttons; or, with `json`, one JSON line per input line.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const definitions = new Map(options.commands.map((command) => [command.data.name, command.data.toJSON()]));
  if (options.json) await runJson(options, definitions);
  else await runInteractive(options, definitions);
}
