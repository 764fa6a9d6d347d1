import { z } from 'zod';
import { apiUrlSchema } from '../gateway/env.js';

const publicKeyProblem =
  "must be the application's public key from the Developer Portal (General Information → Public Key): 64 hex characters";

export const httpEnvSchema = z.object({
  DISCORD_PUBLIC_KEY: z.string({ error: publicKeyProblem }).regex(/^[0-9a-fA-F]{64}$/, publicKeyProblem),
  HOST: z.string().min(1, 'must be an address to listen on, such as 127.0.0.1 or 0.0.0.0').default('127.0.0.1'),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be 0 (any free port) to 65535')
    .max(65_535, 'must be 0 (any free port) to 65535')
    .default(8080),
  /** Where deferred answers are completed (the interaction's webhook); a REST proxy or test emulator replaces it. */
  DISCORD_API_URL: apiUrlSchema,
});

export type HttpEnv = z.infer<typeof httpEnvSchema>;
