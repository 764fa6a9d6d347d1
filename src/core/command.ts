import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Story } from '../story/load.js';
import type { AutocompleteChoice, InteractionResponse, InvokingUser, RawOptions, ReplyMessage } from './interaction.js';
import type { BotSettings } from './settings.js';

/** What every handler is given besides its own input: the story it answers about, and whom it answers. */
interface StoryContext {
  story: Story;
  /** The reader's Discord locale, for the bot's own labels (the story's text stays as published). */
  locale: string | undefined;
  /** How a reply names one of the bot's commands: a tappable `</name:id>` once the id is known. */
  mention(commandName: string): string;
}

export interface CommandContext<Options> extends StoryContext {
  options: Options;
  user: InvokingUser;
  guildId: string | null;
  settings: BotSettings;
}

export interface AutocompleteContext extends StoryContext {
  /** The name of the option being typed. */
  focused: string;
  /** The partial value typed so far for the focused option, and the other options already set. */
  options: RawOptions;
  user: InvokingUser;
}

export interface ButtonContext extends StoryContext {
  /** The custom_id without the command's prefix, split on ":". */
  args: readonly string[];
  user: InvokingUser;
  guildId: string | null;
  settings: BotSettings;
}

/**
 * How a button press is answered, in the words of {@link InteractionResponse}: a new `message`, or
 * an `update` of the message the button sits on.
 */
export interface ButtonResult {
  type: 'message' | 'update';
  message: ReplyMessage;
}

/**
 * A slash command: its Discord definition beside its handlers. Handlers are pure functions of the
 * interaction's data (parsed options and user in, a message payload out) and never touch a socket,
 * so the gateway client, the HTTP endpoint and the console all call the same code.
 */
export interface Command<Options = Record<string, unknown>> {
  data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(context: CommandContext<Options>): ReplyMessage | Promise<ReplyMessage>;
  autocomplete?(context: AutocompleteContext): AutocompleteChoice[];
  /** True when this call is costly enough to count against the user's cooldown (e.g. a free-text question). */
  usesCooldown?(options: Options): boolean;
  /**
   * True when, for these options, the reply depends on nothing but the story, the options and the
   * reader's locale: not on the user, the guild, the time or the call's count. The core may then
   * answer the same call again with the same reply, from a bounded cache (after the cooldown, which
   * still counts every call). Thrown user errors are never kept.
   */
  replyDependsOnOptionsOnly?(options: Options): boolean;
  /** Handles a press of a button whose custom_id starts with `${data.name}:`. */
  press?(context: ButtonContext): ButtonResult | Promise<ButtonResult>;
}

/**
 * A command's definition (`Command['data']`) built by `build` when first asked for its JSON, not when
 * the command is made: its name is known at once. For a definition whose choice names are formatted
 * (dates in every language): only a deploy and the first call of the command need them, and a start
 * would otherwise load Intl's date formats before anyone asked for a date.
 */
export function definedOnFirstUse(
  name: string,
  build: () => { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody },
): Command['data'] {
  let built: ReturnType<typeof build> | undefined;
  return {
    name,
    toJSON() {
      built ??= build();
      if (built.name !== name) throw new Error(`the definition of /${name} names /${built.name}`);
      return built.toJSON();
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: a list holds commands whose option types differ.
export type AnyCommand = Command<any>;
