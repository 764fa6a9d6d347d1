/**
 * The ids Discord gave the bot's commands, learned once the bot knows them (over the gateway when
 * ready, with one REST call in HTTP mode). Until then, and in the console, a command is named as text.
 */
export interface CommandDirectory {
  /** Records the registered commands, replacing what was known. */
  record(commands: Iterable<{ name: string; id: string }>): void;
  /** How many times `record` has been called: a reply naming commands is stale once this moves. */
  readonly revision: number;
  /** `</xen-news:123>`, which Discord shows as a tappable command, or `` `/xen-news` `` while the id is unknown. */
  mention(commandName: string): string;
}

export function createCommandDirectory(): CommandDirectory {
  let ids = new Map<string, string>();
  let revision = 0;
  return {
    record(commands) {
      ids = new Map([...commands].map(({ name, id }) => [name, id]));
      revision += 1;
    },
    get revision() {
      return revision;
    },
    mention(commandName) {
      const id = ids.get(commandName);
      return id ? `</${commandName}:${id}>` : `\`/${commandName}\``;
    },
  };
}
