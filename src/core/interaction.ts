import type { APIApplicationCommandOptionChoice, APIInteractionResponseCallbackData } from 'discord-api-types/v10';

/** The user who invoked an interaction, as every transport can supply it. */
export interface InvokingUser {
  id: string;
  username: string;
}

export type OptionValue = string | number | boolean;

/** Option values by option name, as a transport read them off the wire or the console line. */
export type RawOptions = Readonly<Record<string, OptionValue>>;

/** A file sent with a reply; each transport carries it its own way (attachment, multipart, folder). */
export interface ReplyFile {
  name: string;
  contentType: string;
  description: string;
  data: Uint8Array;
}

/** A Discord message payload as the handlers build it, plus the files it attaches. */
export type ReplyMessage = APIInteractionResponseCallbackData & { files?: readonly ReplyFile[] };

export type AutocompleteChoice = APIApplicationCommandOptionChoice<string | number>;

/** What every interaction carries besides its own input. */
interface InteractionBase {
  user: InvokingUser;
  guildId: string | null;
  /** The invoking user's Discord locale ("de", "pt-BR"); absent in the console, where replies are English. */
  locale?: string | undefined;
}

/** Transport-neutral interaction: what every transport turns its raw payload into. */
export type InteractionRequest =
  | (InteractionBase & { kind: 'command'; commandName: string; options: RawOptions })
  | (InteractionBase & { kind: 'autocomplete'; commandName: string; options: RawOptions; focused: string })
  | (InteractionBase & { kind: 'button'; customId: string });

/**
 * What a transport sends back: a new message (Discord callback type 4), an update of the message
 * whose button was pressed (type 7), or autocomplete choices (type 8).
 */
export type InteractionResponse =
  | { type: 'message'; message: ReplyMessage }
  | { type: 'update'; message: ReplyMessage }
  | { type: 'choices'; choices: AutocompleteChoice[] };
