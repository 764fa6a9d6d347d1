import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import * as z from 'zod';
import { UserError } from './errors.js';
import type { RawOptions } from './interaction.js';

function schemaForOption(option: APIApplicationCommandOption): z.ZodType {
  switch (option.type) {
    case ApplicationCommandOptionType.String: {
      const choices = 'choices' in option && option.choices ? option.choices.map((c) => String(c.value)) : [];
      if (choices.length > 0) {
        return z.string().refine((v) => choices.includes(v), { message: `must be one of: ${choices.join(', ')}` });
      }
      let schema = z.string();
      if (option.min_length !== undefined)
        schema = schema.min(option.min_length, `must be at least ${option.min_length} characters`);
      if (option.max_length !== undefined)
        schema = schema.max(option.max_length, `must be at most ${option.max_length} characters`);
      return schema;
    }
    case ApplicationCommandOptionType.Integer:
      return z.number().int('must be a whole number');
    case ApplicationCommandOptionType.Number:
      return z.number();
    case ApplicationCommandOptionType.Boolean:
      return z.boolean();
    default:
      return z.string();
  }
}

const cache = new WeakMap<object, z.ZodType>();

/** The zod schema for a command's options, derived from its own Discord definition (one source of truth). */
export function optionsSchemaFor(definition: RESTPostAPIChatInputApplicationCommandsJSONBody): z.ZodType {
  const cached = cache.get(definition);
  if (cached) return cached;
  const shape: Record<string, z.ZodType> = {};
  for (const option of definition.options ?? []) {
    const schema = schemaForOption(option);
    shape[option.name] = option.required ? schema : schema.optional();
  }
  const built = z.strictObject(shape);
  cache.set(definition, built);
  return built;
}

/**
 * Validates the options an interaction carries against the command's definition. A value Discord
 * would never send (unknown option, wrong type, past a limit) becomes a {@link UserError}.
 */
export function parseOptions(
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody,
  raw: RawOptions,
): Record<string, unknown> {
  const result = optionsSchemaFor(definition).safeParse(raw);
  if (result.success) return result.data as Record<string, unknown>;
  // An option the command doesn't have explains more than the missing one it makes look absent.
  const issue = result.error.issues.find((i) => i.code === 'unrecognized_keys') ?? result.error.issues[0];
  const name = issue?.path[0];
  if (issue?.code === 'unrecognized_keys') {
    const known = (definition.options ?? []).map((o) => o.name).join(', ') || 'none';
    throw new UserError('error.unknown-option', { command: definition.name, option: String(issue.keys[0]), known });
  }
  if (name !== undefined && raw[String(name)] === undefined) {
    throw new UserError('error.missing-option', { command: definition.name, option: String(name) });
  }
  throw new UserError('error.invalid-option', { option: String(name ?? 'option'), problem: issue?.message ?? 'is not valid' });
}
