import { z } from 'zod';

/** An empty line in .env (`DISCORD_GUILD_ID=`) means "not set", not "set to nothing". */
function optional<T extends z.ZodType>(schema: T) {
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

export const gatewayEnvSchema = z.object({
  DISCORD_TOKEN: discordTokenSchema,
  DISCORD_APPLICATION_ID: applicationIdSchema,
  DISCORD_API_URL: apiUrlSchema,
  /** How long start-up waits out Discord's rate limits before giving up (exit 75). */
  START_RATE_LIMIT_SECONDS: optional(
    z.coerce.number({ error: 'must be a number of seconds' }).min(0, 'must be 0 or more').max(3600, 'must be at most 3600'),
  ).transform((seconds) => seconds ?? 60),
});

export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;
