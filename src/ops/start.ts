import type { Logger } from '../log.js';
import { type BotMetrics, noMetrics } from './metrics.js';
import { createReadiness, type Readiness } from './readiness.js';

/** Metrics and health for one running bot: served on OPS_HOST:OPS_PORT when OPS_PORT is set. */
export interface Ops {
  metrics: BotMetrics;
  readiness: Readiness;
  /** The base URL of /metrics and /healthz, when served. */
  url?: string;
  /**
   * The transport is up: health turns 200, and 503 again from the first SIGINT or SIGTERM, while
   * the transport drains. Before this a signal ends the process as usual.
   */
  ready(): void;
  stop(): Promise<void>;
}

export interface OpsOptions {
  /** OPS_PORT; unset: nothing is served and metrics cost nothing. */
  port: number | undefined;
  host: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
}

/**
 * A ShardingManager's shard processes inherit OPS_PORT: the manager serves on it, and shard `i` on
 * the port `i + 1` above it (any free port when OPS_PORT is 0).
 */
function portFor(port: number, env: NodeJS.ProcessEnv): number {
  if (!env.SHARDING_MANAGER || port === 0) return port;
  return port + 1 + Number(env.SHARDS ?? 0);
}

/**
 * Starts serving `/metrics` and `/healthz` (503 until the start-up path calls `ready()`, and again
 * while the bot drains). prom-client is loaded only here.
 */
export async function startOps(options: OpsOptions): Promise<Ops> {
  const readiness = createReadiness();
  if (options.port === undefined) return { metrics: noMetrics, readiness, ready: () => readiness.ready(), stop: async () => {} };
  const [{ createPrometheusMetrics }, { startOpsServer }] = await Promise.all([import('./prometheus.js'), import('./server.js')]);
  const { metrics, registry } = createPrometheusMetrics();
  const server = await startOpsServer({
    host: options.host,
    port: portFor(options.port, options.env),
    registry,
    readiness,
    logger: options.logger,
  });
  // The transports drain on these signals; health turns 503 at once so no new work is sent here.
  const onSignal = () => readiness.draining();
  options.logger.info({ url: server.url }, 'serving /metrics and /healthz');
  return {
    metrics,
    readiness,
    url: server.url,
    ready() {
      readiness.ready();
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
    },
    async stop() {
      readiness.draining();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await server.close();
    },
  };
}
