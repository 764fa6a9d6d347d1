import { ConfigError } from '../../config/env.js';
import type { StartContext } from '../start-context.js';

/** Serves Discord interactions over HTTP (POST /interactions) until SIGINT/SIGTERM. */
export async function startHttp(_context: StartContext): Promise<void> {
  throw new ConfigError('HTTP mode is not available in this version yet; run with --console.');
}
