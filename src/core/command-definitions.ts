import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { AnyCommand } from './command.js';

type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/**
 * The commands' definitions (their `data.toJSON()`) by name, each built when first read and then
 * kept: building /xen-news's formats the story's date in six languages (about 20 ms, most of it
 * loading Intl's date data), which a start, or a first call of another command, need not wait for.
 * It reads as a map, as the console's parser and completer take one.
 */
export class CommandDefinitions implements ReadonlyMap<string, Definition> {
  readonly #commands: ReadonlyMap<string, AnyCommand>;
  readonly #built = new Map<string, Definition>();

  constructor(commands: readonly AnyCommand[]) {
    this.#commands = new Map(commands.map((command) => [command.data.name, command]));
  }

  /** The definition of a listed command, built on this first read. */
  of(command: AnyCommand): Definition {
    let definition = this.#built.get(command.data.name);
    if (!definition) {
      definition = command.data.toJSON();
      this.#built.set(command.data.name, definition);
    }
    return definition;
  }

  get size(): number {
    return this.#commands.size;
  }

  has(name: string): boolean {
    return this.#commands.has(name);
  }

  get(name: string): Definition | undefined {
    const command = this.#commands.get(name);
    return command ? this.of(command) : undefined;
  }

  keys(): MapIterator<string> {
    return this.#commands.keys();
  }

  *values(): MapIterator<Definition> {
    for (const command of this.#commands.values()) yield this.of(command);
  }

  *entries(): MapIterator<[string, Definition]> {
    for (const [name, command] of this.#commands) yield [name, this.of(command)];
  }

  [Symbol.iterator](): MapIterator<[string, Definition]> {
    return this.entries();
  }

  forEach(
    callback: (definition: Definition, name: string, map: ReadonlyMap<string, Definition>) => void,
    thisArg?: unknown,
  ): void {
    for (const [name, definition] of this.entries()) callback.call(thisArg, definition, name, this);
  }
}
