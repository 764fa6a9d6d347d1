import * as z from 'zod';
import { apiUrlSchema, applicationIdSchema, discordTokenSchema, guildIdSchema, optional, publicKeySchema } from './discord.js';

/**
 * How long SIGTERM or SIGINT waits for the interactions in flight before the bot abandons them and
 * exits. At most 15 minutes: no interaction outlives its token, so waiting longer cannot help.
 */
const shutdownTimeoutSchema = z.preprocess(
  (value) => (value === '' ? undefined : value),
  z.coerce
    .number({ error: 'must be a number of seconds' })
    .min(0, 'must be 0 (abandon at once) or more')
    .max(900, 'must be at most 900 (15 minutes, the life of an interaction token)')
    .default(10),
);

/** `npm start --` over the gateway: the bot logs in with its token. */
export const gatewayEnvSchema = z.object({
  DISCORD_TOKEN: discordTokenSchema,
  DISCORD_APPLICATION_ID: applicationIdSchema,
  /** Set when the commands are registered to one server: their ids are learned there. */
  DISCORD_GUILD_ID: guildIdSchema,
  DISCORD_API_URL: apiUrlSchema,
  /** How long start-up waits out Discord's rate limits before giving up (exit 75). */
  START_RATE_LIMIT_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .min(0, 'must be 0 or more')
    .max(3600, 'must be at most 3600')
    .default(60),
  SHUTDOWN_TIMEOUT_SECONDS: shutdownTimeoutSchema,
});
export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

/** `npm start -- --http`: only the public key; answers go back in the response or through the interaction's webhook. */
export const httpEnvSchema = z.object({
  DISCORD_PUBLIC_KEY: publicKeySchema,
  HOST: z.string().min(1, 'must be an address to listen on, such as 127.0.0.1 or 0.0.0.0').default('127.0.0.1'),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be 0 (any free port) to 65535')
    .max(65_535, 'must be 0 (any free port) to 65535')
    .default(8080),
  /** Where deferred answers are completed (the interaction's webhook); a REST proxy or test emulator replaces it. */
  DISCORD_API_URL: apiUrlSchema,
  SHUTDOWN_TIMEOUT_SECONDS: shutdownTimeoutSchema,
  /**
   * The endpoint's public address (the proxy in front of it): replies then link their pictures to
   * `<PUBLIC_URL>/images/<hash>.png`, served by the endpoint, instead of uploading them each time.
   */
  PUBLIC_URL: optional(
    z
      .url({
        protocol: /^https?$/,
        error: 'must be the http(s) address Discord reaches this endpoint at, such as https://bot.example.org',
      })
      .refine((url) => !/[?#]/.test(url), 'must be a plain address, without ? or #')
      .transform((url) => url.replace(/\/+$/, '')),
  ),
});
export type HttpEnv = z.infer<typeof httpEnvSchema>;

/**
 * Optional in HTTP mode: with the bot token and the application id, the endpoint asks Discord once
 * at start for the command ids, so replies can mention commands; without them, it makes no call.
 */
export const httpCommandIdsEnvSchema = z
  .object({
    DISCORD_TOKEN: optional(discordTokenSchema),
    DISCORD_APPLICATION_ID: optional(applicationIdSchema),
    /** Set when the commands are registered to one server: their ids are learned there. */
    DISCORD_GUILD_ID: guildIdSchema,
  })
  .refine((env) => !env.DISCORD_TOKEN || env.DISCORD_APPLICATION_ID, {
    path: ['DISCORD_APPLICATION_ID'],
    message: 'must be set with DISCORD_TOKEN in HTTP mode, to learn the command ids (General Information → Application ID)',
  });
export type HttpCommandIdsEnv = z.infer<typeof httpCommandIdsEnvSchema>;

/** `npm run deploy`: registers the commands, to one server when DISCORD_GUILD_ID is set. */
export const deployEnvSchema = z.object({
  DISCORD_TOKEN: discordTokenSchema,
  DISCORD_APPLICATION_ID: applicationIdSchema,
  DISCORD_GUILD_ID: guildIdSchema,
  DISCORD_API_URL: apiUrlSchema,
});
export type DeployEnv = z.infer<typeof deployEnvSchema>;
