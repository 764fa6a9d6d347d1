import { z } from 'zod';

/** Settings every mode shares (console, gateway, HTTP). */
export const commonEnvSchema = z.object({
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  QUESTION_COOLDOWN_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .min(0, 'must be 0 (off) or more')
    .max(3600, 'must be at most 3600')
    .default(3),
});

export type CommonEnv = z.infer<typeof commonEnvSchema>;
