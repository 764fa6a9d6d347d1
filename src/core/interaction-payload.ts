import { InteractionType } from 'discord-api-types/v10';
import * as z from 'zod';
import type { InteractionRequest, OptionValue } from './interaction.js';

const snowflake = z.string().regex(/^\d{1,20}$/, 'must be a snowflake id');
const userSchema = z.object({ id: snowflake, username: z.string().max(100) });

interface OptionPayload {
  name: string;
  value?: OptionValue | undefined;
  focused?: boolean | undefined;
  options?: OptionPayload[] | undefined;
}

/**
 * Discord nests options at most three deep: a subcommand group, its subcommand, the subcommand's
 * options. The schema is unrolled to that depth, not recursive, so a body nested deeper is refused
 * at the fourth level instead of being walked (and, hundreds of levels down, overflowing the stack).
 */
export const maxOptionDepth = 3;

function optionSchema(depth: number): z.ZodType<OptionPayload> {
  const options =
    depth > 1
      ? z.array(optionSchema(depth - 1)).max(25)
      : z.undefined({ error: `options nested more than ${maxOptionDepth} deep` });
  return z.object({
    name: z.string().min(1).max(32),
    // Discord caps a string option at 6000 characters; anything longer did not come from Discord.
    value: z.union([z.string().max(6000), z.number(), z.boolean()]).optional(),
    focused: z.boolean().optional(),
    options: options.optional(),
  });
}

const commandDataSchema = z.object({
  name: z.string().min(1).max(32),
  options: z.array(optionSchema(maxOptionDepth)).max(25).optional(),
});

const base = {
  id: snowflake,
  application_id: snowflake,
  token: z.string().min(1).max(1000),
  guild_id: snowflake.optional(),
  member: z.object({ user: userSchema }).optional(),
  user: userSchema.optional(),
  // Discord's locale codes are short ("de", "pt-BR"); anything else is ignored rather than refused.
  locale: z.string().max(16).optional().catch(undefined),
};

/**
 * The interactions Discord may POST to the endpoint, as far as this bot reads them. The many fields
 * it does not read are left out of the result, not copied into it: this runs for every interaction.
 */
export const interactionPayloadSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal(InteractionType.Ping) }),
    z.object({ ...base, type: z.literal(InteractionType.ApplicationCommand), data: commandDataSchema }),
    z.object({ ...base, type: z.literal(InteractionType.ApplicationCommandAutocomplete), data: commandDataSchema }),
    z.object({
      ...base,
      type: z.literal(InteractionType.MessageComponent),
      data: z.object({ custom_id: z.string().min(1).max(100), component_type: z.number().int() }),
    }),
  ],
  { error: 'unsupported interaction type (this bot answers PING, commands, autocomplete and buttons)' },
);

export type InteractionPayload = z.infer<typeof interactionPayloadSchema>;
export type AnswerablePayload = Exclude<InteractionPayload, { type: InteractionType.Ping }>;

function collectOptions(options: readonly OptionPayload[], into: Record<string, OptionValue>): string | undefined {
  let focused: string | undefined;
  for (const option of options) {
    if (option.options) focused = collectOptions(option.options, into) ?? focused;
    else if (option.value !== undefined) into[option.name] = option.value;
    if (option.focused) focused = option.name;
  }
  return focused;
}

/**
 * The transport-neutral request for a validated payload, or undefined when it names no user (Discord
 * always sends one: `member.user` in a server, `user` in a DM).
 */
export function toInteractionRequest(payload: AnswerablePayload): InteractionRequest | undefined {
  const wireUser = payload.member?.user ?? payload.user;
  if (!wireUser) return undefined;
  // Listed field by field rather than spread from a shared part: spreading cost several µs a request.
  const user = { id: wireUser.id, username: wireUser.username };
  const guildId = payload.guild_id ?? null;
  const { locale } = payload;
  if (payload.type === InteractionType.MessageComponent)
    return { user, guildId, locale, kind: 'button', customId: payload.data.custom_id };
  const options: Record<string, OptionValue> = {};
  const focused = collectOptions(payload.data.options ?? [], options);
  if (payload.type === InteractionType.ApplicationCommandAutocomplete)
    return { user, guildId, locale, kind: 'autocomplete', commandName: payload.data.name, options, focused: focused ?? '' };
  return { user, guildId, locale, kind: 'command', commandName: payload.data.name, options };
}

/** A Discord interaction payload read: a PING, an interaction to answer, or why it is refused. */
export type ReadInteraction =
  | { status: 'ping' }
  | { status: 'answerable'; payload: AnswerablePayload; request: InteractionRequest }
  | { status: 'refused'; problem: string };

/** Validates an interaction payload (the gateway's `INTERACTION_CREATE` data or an HTTP body) and reads its request. */
export function readInteraction(json: unknown): ReadInteraction {
  const parsed = interactionPayloadSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { status: 'refused', problem: `not an interaction this bot answers (${where}${issue?.message ?? 'invalid'})` };
  }
  const payload = parsed.data;
  if (payload.type === InteractionType.Ping) return { status: 'ping' };
  const request = toInteractionRequest(payload);
  if (!request) return { status: 'refused', problem: 'not an interaction this bot answers (no user)' };
  return { status: 'answerable', payload, request };
}
