import { UserError } from './errors.js';

const separator = ':';
export const customIdMaxLength = 100;

/**
 * Builds a button custom_id that carries all of the button's state, so any instance of the bot,
 * started at any time, can answer a press of it.
 */
export function encodeCustomId(commandName: string, ...args: string[]): string {
  const customId = [commandName, ...args].join(separator);
  if (args.some((arg) => arg.includes(separator)) || customId.length > customIdMaxLength) {
    throw new Error(`custom_id cannot carry ${JSON.stringify(args)}`);
  }
  return customId;
}

/** The command a custom_id belongs to: its first part. */
export function commandNameOf(customId: string): string {
  return customId.split(separator, 1)[0] ?? '';
}

export function decodeCustomId(customId: string): { commandName: string; args: string[] } {
  const [commandName, ...args] = customId.split(separator);
  if (!commandName || customId.length > customIdMaxLength) throw new UserError('error.not-my-button');
  return { commandName, args };
}
