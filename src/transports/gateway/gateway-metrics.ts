import { type Client, Events } from 'discord.js';
import type { BotMetrics } from '../../ops/metrics.js';

/** How often the gauges are read between shard events: the ping changes once a heartbeat (about 41 s). */
export const gatewayMetricsIntervalMs = 5000;

/**
 * Keeps the gateway gauges current: each shard's status at once on every shard event, and the
 * heartbeat round trip with the statuses every `intervalMs`. discord.js updates both without an
 * event of its own, so they are read rather than pushed. Returns a function that stops it.
 */
export function reportGatewayStatus(
  client: Client,
  metrics: Pick<BotMetrics, 'gatewayPing' | 'shardStatus'>,
  intervalMs = gatewayMetricsIntervalMs,
): () => void {
  const report = () => {
    for (const [id, shard] of client.ws.shards) metrics.shardStatus(id, shard.status);
    // -1 until the first heartbeat is acknowledged: no round trip to show yet.
    const ping = client.ws.ping;
    if (Number.isFinite(ping) && ping >= 0) metrics.gatewayPing(ping);
  };
  const events = [Events.ShardReady, Events.ShardResume, Events.ShardReconnecting, Events.ShardDisconnect] as const;
  // discord.js sets the shard's status after some of these events: read it once the event is handled.
  const onShardEvent = () => setImmediate(report);
  for (const event of events) client.on(event, onShardEvent);
  const timer = setInterval(report, intervalMs).unref();
  report();
  return () => {
    clearInterval(timer);
    for (const event of events) client.off(event, onShardEvent);
  };
}
