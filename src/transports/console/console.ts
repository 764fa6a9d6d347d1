import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import {
  type APIInteractionResponse,
  InteractionResponseType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { AnyCommand } from '../../core/command.js';
import { CommandDefinitions } from '../../core/command-definitions.js';
import type { InteractionHandler } from '../../core/dispatch.js';
import type { InteractionRequest, ReplyFile } from '../../core/interaction.js';
import { type MessageData, messageOf } from '../../core/message-data.js';
import { answerInteraction, type Responder } from '../../core/reply-policy.js';
import { createLogger, type Logger } from '../../log.js';
import { completeConsoleLine } from './complete.js';
import { ConsoleInputError, lineToRequest } from './parse-line.js';
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
  describeFiles?: (message: { files?: readonly ReplyFile[] }) => Promise<readonly { path: string }[]>;
  /** Where the reply policy logs a failure; by default nowhere, since the console shows the apology itself. */
  logger?: Logger;
}

/** Prints what the bot sends for one console line: Discord's callback body and the files it attaches. */
type Print = (body: APIInteractionResponse, files: readonly ReplyFile[]) => Promise<void>;

type Definitions = ReadonlyMap<string, RESTPostAPIChatInputApplicationCommandsJSONBody>;
/**
 * Answers one line through the reply policy, the console's responder printing what is sent. A
 * terminal has no deadline, so nothing is deferred and the callback is the only call made. Returns
 * the explanation for a line that is not a command.
 */
async function answerLine(line: string, definitions: Definitions, options: ConsoleOptions, print: Print) {
  let request: InteractionRequest;
  try {
    request = lineToRequest(line, definitions);
  } catch (error) {
    if (error instanceof ConsoleInputError) return error.message;
    throw error;
  }
  const asMessage = (data: MessageData, files: readonly ReplyFile[] = []) =>
    print({ type: InteractionResponseType.ChannelMessageWithSource, data }, files);
  const responder: Responder = {
    callback: (body, files = []) => print(body, files),
    editOriginal: asMessage,
    followUp: asMessage,
    deleteOriginal: async () => undefined,
  };
  const policy = { deferAfterMs: Number.POSITIVE_INFINITY, logger: options.logger ?? createLogger({ level: 'silent' }) };
  await answerInteraction({ id: 'console', request }, options.handler(request), responder, policy);
  return undefined;
}

async function runJson(options: ConsoleOptions, definitions: Definitions) {
  const write = (out: Record<string, unknown>) => options.output.write(`${JSON.stringify(out)}\n`);
  for await (const line of createInterface({ input: options.input, crlfDelay: Number.POSITIVE_INFINITY })) {
    const error = await answerLine(line, definitions, options, async (body, files) => {
      const out: Record<string, unknown> =
        body.type === InteractionResponseType.ApplicationCommandAutocompleteResult
          ? { input: line, choices: body.data.choices }
          : { input: line, reply: messageOf(body) };
      if (files.length > 0) out.files = options.describeFiles ? await options.describeFiles({ files }) : [];
      write(out);
    });
    if (error !== undefined) write({ input: line, error });
  }
}

function completerFor(options: ConsoleOptions, definitions: Definitions) {
  return (line: string, callback: (error: null, result: [string[], string]) => void) => {
    completeConsoleLine(line, definitions, options.handler).then(
      (result) => callback(null, result),
      () => callback(null, [[], line]),
    );
  };
}

async function runInteractive(options: ConsoleOptions, definitions: Definitions) {
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
      const error = await answerLine(input, definitions, options, async (body, files) => {
        say(renderForTerminal(body, files, colour));
        const message = messageOf(body);
        if (message) buttons = listButtons(message);
        if (options.describeFiles && files.length > 0)
          for (const file of await options.describeFiles({ files })) say(`  saved ${file.path}`);
      });
      if (error !== undefined) say(error);
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
  const definitions = new CommandDefinitions(options.commands);
  if (options.json) await runJson(options, definitions);
  else await runInteractive(options, definitions);
}
