import { Writable } from 'node:stream';
import { createInteractionHandler } from '../../src/core/dispatch.js';
import type { InteractionResponse, RawOptions, ReplyMessage } from '../../src/core/interaction.js';
import { createLogger } from '../../src/log.js';
import { commands } from './commands.js';

/** Log lines written by the handler under test, parsed. */
export const capturedLogs: Record<string, unknown>[] = [];

const sink = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) capturedLogs.push(JSON.parse(line));
    done();
  },
});

export const handle = createInteractionHandler(commands, createLogger({ level: 'info', destination: sink }));
export const user = { id: '42', username: 'tester' };

export async function runCommand(commandName: string, options: RawOptions = {}): Promise<InteractionResponse> {
  return handle({ kind: 'command', commandName, options, user, guildId: '1' });
}

export function messageOf(response: InteractionResponse): ReplyMessage {
  if (response.type === 'choices') throw new Error('expected a message, got choices');
  return response.message;
}

/** Everything a reader sees in a message, as one string. */
export function visibleText(message: ReplyMessage): string {
  const parts: string[] = [message.content ?? ''];
  for (const embed of message.embeds ?? []) {
    parts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  return parts.join('\n');
}
