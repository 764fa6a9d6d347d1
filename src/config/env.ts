import type * as z from 'zod';

/** A configuration problem the user must fix before the bot can start; its message is one line. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Validates the environment against a transport's schema. The message names the variable and how to
 * fix it, and never contains the value, so a token can't leak through an error.
 */
export function readEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = String(issue?.path[0] ?? 'environment');
  const problem = env[variable] === undefined || env[variable] === '' ? 'is not set' : 'is malformed';
  throw new ConfigError(
    `${variable} ${problem}: ${issue?.message ?? 'invalid'}. Set it in .env or the environment (see .env.example).`,
  );
}
