import { z } from 'zod';
import { defaultSettings } from '../core/settings.js';
import { mastodonInstanceSchema } from '../social/instance.js';

/** Settings every mode shares (console, gateway, HTTP). */
export const commonEnvSchema = z.object({
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
  MASTODON_INSTANCE: z.preprocess(
    (value) => (value === '' ? undefined : value),
    mastodonInstanceSchema.default(defaultSettings.mastodonInstance),
  ),
});

export type CommonEnv = z.infer<typeof commonEnvSchema>;
