import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { BotMetrics } from './metrics.js';

/** The bot's metrics in a registry of their own, with Node's default process metrics. */
export interface PrometheusMetrics {
  metrics: BotMetrics;
  registry: Registry;
}

/** Interactions are answered in milliseconds; a deferral happens at 2 s, and Discord gives up at 3. */
const latencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];

export function createPrometheusMetrics(): PrometheusMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const interactions = new Counter({
    name: 'xen_news_interactions_total',
    help: 'Interactions answered, by command, kind (command, autocomplete, button) and outcome (ok, user-error, error).',
    labelNames: ['command', 'kind', 'outcome'] as const,
    registers,
  });
  const latency = new Histogram({
    name: 'xen_news_interaction_duration_seconds',
    help: "Time the bot's handler took to answer an interaction, by kind.",
    labelNames: ['kind'] as const,
    buckets: latencyBuckets,
    registers,
  });
  const deferrals = new Counter({
    name: 'xen_news_deferred_interactions_total',
    help: 'Interactions deferred because the answer took too long, by kind.',
    labelNames: ['kind'] as const,
    registers,
  });
  const rejectedSignatures = new Counter({
    name: 'xen_news_http_rejected_signatures_total',
    help: 'HTTP requests refused for a missing or wrong signature or a stale timestamp.',
    registers,
  });
  const abortedRequests = new Counter({
    name: 'xen_news_http_aborted_requests_total',
    help: 'HTTP requests whose client went away before the answer.',
    registers,
  });
  const cooldownStoreFailures = new Counter({
    name: 'xen_news_cooldown_store_failures_total',
    help: "Questions whose cooldown could not be checked in Redis and used this instance's memory instead.",
    registers,
  });
  // Gateway gauges appear once a gateway reports: an HTTP endpoint has no ping to show as 0.
  let gatewayPing: Gauge | undefined;
  let shardStatus: Gauge<'shard'> | undefined;
  const gatewayGauges = () => {
    gatewayPing ??= new Gauge({
      name: 'xen_news_gateway_ping_seconds',
      help: "The gateway's last heartbeat round trip.",
      registers,
    });
    shardStatus ??= new Gauge({
      name: 'xen_news_gateway_shard_status',
      help: "Each gateway shard's discord.js Status (0 ready, 1 connecting, 2 reconnecting, 3 idle, 4 nearly, 5 disconnected, ...).",
      labelNames: ['shard'] as const,
      registers,
    });
    return { gatewayPing, shardStatus };
  };

  return {
    registry,
    metrics: {
      interaction(labels, seconds) {
        interactions.inc(labels);
        latency.observe({ kind: labels.kind }, seconds);
      },
      deferred: (kind) => deferrals.inc({ kind }),
      signatureRejected: () => rejectedSignatures.inc(),
      requestAborted: () => abortedRequests.inc(),
      cooldownStoreFailure: () => cooldownStoreFailures.inc(),
      gatewayPing: (milliseconds) => gatewayGauges().gatewayPing.set(milliseconds / 1000),
      shardStatus: (shard, status) => gatewayGauges().shardStatus.set({ shard: String(shard) }, status),
    },
  };
}
