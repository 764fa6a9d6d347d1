import { ConfigError } from '../../config/env.js';
import type { StartContext } from '../start-context.js';

/** Logs in to Discord's gateway and serves interactions until SIGINT/SIGTERM. */
export async function startGateway(_context: StartContext): Promise<void> {
  throw new ConfigError('gateway mode is not available in this version yet; run with --console.');
}
