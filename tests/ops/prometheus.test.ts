import { describe, expect, it } from 'vitest';
import { createPrometheusMetrics } from '../../src/ops/prometheus.js';
import { createReadiness } from '../../src/ops/readiness.js';

function sample(text: string, line: string): number | undefined {
  const found = text.split('\n').find((candidate) => candidate.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
}

describe('the hooks transports call', () => {
  it('count deferrals by kind, rejected signatures, aborted requests and cooldown-store failures', async () => {
    const { metrics, registry } = createPrometheusMetrics();
    metrics.deferred('command');
    metrics.deferred('command');
    metrics.deferred('button');
    metrics.signatureRejected();
    metrics.requestAborted();
    metrics.requestAborted();
    metrics.cooldownStoreFailure();
    const text = await registry.metrics();
    expect(sample(text, 'xen_news_deferred_interactions_total{kind="command"}')).toBe(2);
    expect(sample(text, 'xen_news_deferred_interactions_total{kind="button"}')).toBe(1);
    expect(sample(text, 'xen_news_http_rejected_signatures_total')).toBe(1);
    expect(sample(text, 'xen_news_http_aborted_requests_total')).toBe(2);
    expect(sample(text, 'xen_news_cooldown_store_failures_total')).toBe(1);
  });

  it('show the gateway ping in seconds and each shard status, once a gateway reports them', async () => {
    const { metrics, registry } = createPrometheusMetrics();
    expect(await registry.metrics()).not.toContain('xen_news_gateway');
    metrics.gatewayPing(42);
    metrics.shardStatus(0, 0);
    metrics.shardStatus(1, 5);
    metrics.shardStatus(1, 1);
    const text = await registry.metrics();
    expect(sample(text, 'xen_news_gateway_ping_seconds')).toBe(0.042);
    expect(sample(text, 'xen_news_gateway_shard_status{shard="0"}')).toBe(0);
    expect(sample(text, 'xen_news_gateway_shard_status{shard="1"}')).toBe(1);
  });

  it('put each interaction in the latency bucket of its time', async () => {
    const { metrics, registry } = createPrometheusMetrics();
    metrics.interaction({ command: 'quote', kind: 'command', outcome: 'ok' }, 0.004);
    metrics.interaction({ command: 'quote', kind: 'command', outcome: 'ok' }, 0.3);
    const text = await registry.metrics();
    expect(sample(text, 'xen_news_interaction_duration_seconds_bucket{le="0.0025",kind="command"}')).toBe(0);
    expect(sample(text, 'xen_news_interaction_duration_seconds_bucket{le="0.005",kind="command"}')).toBe(1);
    expect(sample(text, 'xen_news_interaction_duration_seconds_bucket{le="0.5",kind="command"}')).toBe(2);
    expect(sample(text, 'xen_news_interaction_duration_seconds_sum{kind="command"}')).toBeCloseTo(0.304, 6);
  });

  it('keep two bots in one process apart (each has its own registry)', async () => {
    const first = createPrometheusMetrics();
    const second = createPrometheusMetrics();
    first.metrics.signatureRejected();
    expect(sample(await second.registry.metrics(), 'xen_news_http_rejected_signatures_total')).toBe(0);
  });
});

describe('readiness', () => {
  it('goes from starting to ready to draining, and never back from draining', () => {
    const readiness = createReadiness();
    expect(readiness.state).toBe('starting');
    readiness.ready();
    expect(readiness.state).toBe('ready');
    readiness.draining();
    readiness.ready();
    expect(readiness.state).toBe('draining');
  });
});
