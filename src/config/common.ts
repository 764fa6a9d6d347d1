import * as z from 'zod';
import { mastodonInstanceSchema } from '../core/mastodon-instance.js';
import { defaultReplyCacheSize, defaultSettings } from '../core/settings.js';
import { optional } from './discord.js';

/** Where the story is: every entry point that loads it, `npm run deploy` included. */
export const storyEnvSchema = z.object({
  /** Another copy of data/ (a test's, or a corrected one); by default the repository's. */
  XEN_NEWS_DATA_DIR: optional(z.string()),
});

/** Settings every mode shares (console, gateway, HTTP); the console needs nothing more. */
export const commonEnvSchema = storyEnvSchema.extend({
  /** Which transport `npm start` runs; by default the gateway when DISCORD_TOKEN is set, else the console. */
  MODE: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.enum(['console', 'gateway', 'http'], { error: 'must be console, gateway or http (or empty)' }).optional(),
  ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  QUESTION_COOLDOWN_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .min(0, 'must be 0 (off) or more')
    .max(3600, 'must be at most 3600')
    .default(3),
  /** How many replies that depend on their options only (answers to questions) are kept for the next to ask alike; 0 keeps none. */
  REPLY_CACHE_SIZE: z.coerce
    .number({ error: 'must be a number of replies' })
    .int('must be a whole number')
    .min(0, 'must be 0 (off) or more')
    .max(100_000, 'must be at most 100000')
    .default(defaultReplyCacheSize),
  /** Where a token decides the mode: present, the gateway; absent, the console. */
  DISCORD_TOKEN: optional(z.string()),
  /** The console's colours are off when this is set to anything (https://no-color.org). */
  NO_COLOR: optional(z.string()),
  MASTODON_INSTANCE: z.preprocess(
    (value) => (value === '' ? undefined : value),
    mastodonInstanceSchema.default(defaultSettings.mastodonInstance),
  ),
  /** Where /metrics and /healthz are served (gateway and HTTP modes); unset: not served. */
  OPS_PORT: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.coerce
      .number({ error: 'must be a port number' })
      .int('must be a whole number')
      .min(0, 'must be 0 (any free port) to 65535')
      .max(65_535, 'must be 0 (any free port) to 65535')
      .optional(),
  ),
  /** Metrics are for the operator, not the public: loopback unless set. */
  OPS_HOST: z.preprocess((value) => (value === '' ? undefined : value), z.string().min(1).default('127.0.0.1')),
  /** A Redis shared by every instance for the question cooldown (gateway and HTTP modes); unset: each keeps its own. */
  REDIS_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379' }).optional(),
  ),
});

export type CommonEnv = z.infer<typeof commonEnvSchema>;
