import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import {
  type APIInteractionResponse,
  InteractionResponseType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { AnyCommand } from '../../core/command.js';
import type { InteractionHandler } from '../../core/dispatch.js';
import type { InteractionRequest, ReplyFile } from '../../core/interaction.js';
import { answerInteraction, type Responder } from '../../core/reply-policy.js';
import { createLogger, type Logger } from '../../log.js';
import { completeConsoleLine, consoleUser } from './complete.js';
import { ConsoleInputError, parseCommandLine } from './parse-line.js';
import { listButtons, messageOf, renderForTerminal, type TerminalButton } from './render-terminal.js';

export interface ConsoleOptions {
  commands: readonly AnyCommand[];
  handler: InteractionHandler;
  input: Readable;
  output: Writable;
  /** One JSON line out for every line in (for scripts and tests) instead of the interactive prompt. */
  json: boolean;
  colour?: boolean;
  /** Saves a reply's files and describes them: the JSON line's `files`, the interactive console's "saved" lines. */
  describeFiles?: (message: { files?: readonly ReplyFile[] }) => Promise<readonly { path: string }[]>;
  /** Where the reply policy logs a failure; by default nowhere, since the console shows the apology itself. */
  logger?: Logger;
}

/** What the bot sent for one console line: Discord's callback body and the files it attaches. */
interface Sent {
  body: APIInteractionResponse;
  files: readonly ReplyFile[];
}

type LineResult = { sent: Sent } | { error: string };

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

/**
 * The console's responder: it keeps what is sent for the caller to print. A terminal has no
 * deadline, so the policy never defers here and the callback is the only call made.
 */
function consoleResponder(): { responder: Responder; sent(): Sent } {
  let last: Sent | undefined;
  const keep = async (body: APIInteractionResponse, files: readonly ReplyFile[] = []) => {
    last = { body, files };
  };
  const asMessage = (data: { content?: string }, files?: readonly ReplyFile[]) =>
    keep({ type: InteractionResponseType.ChannelMessageWithSource, data }, files);
  return {
    responder: { callback: keep, editOriginal: asMessage, followUp: asMessage, deleteOriginal: async () => undefined },
    sent() {
      if (!last) throw new Error('the reply policy sent nothing');
      return last;
    },
  };
}

async function runLine(
  line: string,
  definitions: ReadonlyMap<string, RESTPostAPIChatInputApplicationCommandsJSONBody>,
  options: ConsoleOptions,
): Promise<LineResult> {
  let request: InteractionRequest;
  try {
    request = lineToRequest(line, definitions);
  } catch (error) {
    if (error instanceof ConsoleInputError) return { error: error.message };
    throw error;
  }
  const { responder, sent } = consoleResponder();
  const policy = { deferAfterMs: Number.POSITIVE_INFINITY, logger: options.logger ?? createLogger({ level: 'silent' }) };
  await answerInteraction({ id: 'console', request }, options.handler(request), responder, policy);
  return { sent: sent() };
}

async function runJson(options: ConsoleOptions, definitions: Map<string, RESTPostAPIChatInputApplicationCommandsJSONBody>) {
  const lines = createInterface({ input: options.input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const result = await runLine(line, definitions, options);
    let out: Record<string, unknown>;
    if ('error' in result) out = { input: line, error: result.error };
    else {
      const { body, files } = result.sent;
      if (body.type === InteractionResponseType.ApplicationCommandAutocompleteResult)
        out = { input: line, choices: body.data.choices };
      else out = { input: line, reply: messageOf(body) };
      if (files.length > 0) out.files = options.describeFiles ? await options.describeFiles({ files }) : [];
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
      const result = await runLine(input, definitions, options);
      if ('error' in result) say(result.error);
      else {
        const { body, files } = result.sent;
        say(renderForTerminal(body, files, colour));
        const message = messageOf(body);
        if (message) {
          buttons = listButtons(message);
          if (options.describeFiles && files.length > 0) {
            for (const file of await options.describeFiles({ files })) say(`  saved ${file.path}`);
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
