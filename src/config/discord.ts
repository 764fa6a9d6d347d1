import * as z from 'zod';

/** An empty line in .env (`DISCORD_GUILD_ID=`) means "not set", not "set to nothing". */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

function snowflake(what: string) {
  const problem = `must be the ${what} (a number of 17 to 20 digits)`;
  return z.string({ error: problem }).regex(/^\d{17,20}$/, problem);
}

const tokenProblem =
  'must be the bot token from the Developer Portal (Bot → Reset Token): three parts separated by dots, no "Bot " prefix';
/**
 * A bot token is three dot-separated base64url parts. Checked by shape only, so a pasted
 * "Bot …" prefix, a client secret or a public key is caught before any network call.
 */
export const discordTokenSchema = z
  .string({ error: tokenProblem })
  .regex(/^[A-Za-z0-9_-]{17,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{20,}$/, tokenProblem);

export const applicationIdSchema = snowflake('application id from the Developer Portal (General Information)');
export const guildIdSchema = optional(snowflake('id of a server (right-click it with Developer Mode on → Copy Server ID)'));

/** Discord's REST base in discord.js's `rest.api` form; a REST proxy or a test emulator replaces it. */
export const apiUrlSchema = optional(
  z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' })
    .transform((url) => url.replace(/\/+$/, '')),
).transform((url) => url ?? 'https://discord.com/api');

const publicKeyProblem =
  "must be the application's public key from the Developer Portal (General Information → Public Key): 64 hex characters";
export const publicKeySchema = z.string({ error: publicKeyProblem }).regex(/^[0-9a-fA-F]{64}$/, publicKeyProblem);
