import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { AnyCommand } from '../../src/core/command.js';
import { createCommandDirectory } from '../../src/core/command-directory.js';
import { createInteractionHandler } from '../../src/core/dispatch.js';
import { createPrometheusMetrics } from '../../src/ops/prometheus.js';
import { startHttp } from '../../src/transports/http/start.js';
import { interactionPayload, startDiscordEmulator } from '../emulator/index.js';
import { commands } from '../helpers/commands.js';
import { capturingLogger } from '../helpers/logger.js';
import { startBotWithEmulator } from './gateway/harness.js';
import { applicationKeyPair, postSigned } from './http/signed.js';

/** A command slower than the 2 s both transports wait before deferring: the shipped ones never are. */
const slowCommand: AnyCommand = {
  data: { name: 'slow', toJSON: () => ({ name: 'slow', description: 'Slow' }) },
  async execute() {
    await sleep(2300);
    return { content: 'worth the wait' };
  },
};

async function sampleOf(registry: ReturnType<typeof createPrometheusMetrics>['registry'], line: string) {
  const found = (await registry.metrics()).split('\n').find((candidate) => candidate.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
}

const deferredCommands = 'xen_news_deferred_interactions_total{kind="command"}';

describe.concurrent('each transport counts the interactions it defers', () => {
  it('HTTP: a slow command answered with a deferral (type 5) counts once; a quick one not at all', async ({ onTestFinished }) => {
    const emulator = await startDiscordEmulator();
    onTestFinished(() => emulator.stop());
    const { publicKeyHex, privateKey } = applicationKeyPair();
    const { metrics, registry } = createPrometheusMetrics();
    const { logger } = capturingLogger();
    const all = [...commands, slowCommand];
    const running = await startHttp({
      commands: all,
      handler: createInteractionHandler(all, logger, { metrics }),
      commandDirectory: createCommandDirectory(),
      logger,
      env: { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0', DISCORD_API_URL: emulator.apiUrl },
      metrics,
      args: {},
    });
    onTestFinished(() => running.stop());
    const context = { applicationId: emulator.applicationId, guildId: '1000000000000000001' };
    const quick = await postSigned(
      running.url,
      privateKey,
      JSON.stringify(interactionPayload({ kind: 'command', name: 'quote' }, context)),
    );
    expect(quick.status).toBe(200);
    expect(await sampleOf(registry, deferredCommands)).toBeUndefined();
    const slow = await postSigned(
      running.url,
      privateKey,
      JSON.stringify(interactionPayload({ kind: 'command', name: 'slow' }, context)),
    );
    expect(await slow.json()).toEqual({ type: 5 });
    expect(await sampleOf(registry, deferredCommands)).toBe(1);
    await emulator.rest.waitFor((request) => request.method === 'PATCH');
  });

  it('gateway: a slow command deferred through the REST callback counts once', async ({ onTestFinished }) => {
    const { metrics, registry } = createPrometheusMetrics();
    const run = await startBotWithEmulator({ extraCommands: [slowCommand], metrics });
    onTestFinished(() => run.stop());
    const quick = run.emulator.dispatchInteraction({ kind: 'command', name: 'quote' });
    await run.emulator.callbackOf(quick);
    const slow = run.emulator.dispatchInteraction({ kind: 'command', name: 'slow' });
    expect((await run.emulator.callbackOf(slow)).body).toEqual({ type: 5 });
    // Counted once Discord has acknowledged the deferral, a moment after the emulator records it.
    await expect.poll(() => sampleOf(registry, deferredCommands)).toBe(1);
    await run.emulator.rest.waitFor((request) => request.route.includes(slow.token) && request.method === 'PATCH');
  });
});
