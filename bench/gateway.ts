/**
 * Interaction-to-callback latency through the real discord.js client and a local Discord emulator:
 * one at a time (pure latency) and 1,000 dispatched at once (a burst). The baseline is the core's
 * handler called directly on the same requests, so the difference is the transport's cost. The
 * emulator shares this process, so these figures include its work too. It accepts callbacks however
 * late; the bot gives up those it could not send within Discord's 3 s, and these are counted apart.
 */
import { Writable } from 'node:stream';

import { createCommands } from '../commands/index.js';
import { createCommandDirectory } from '../src/core/command-directory.js';
import { createInteractionHandler } from '../src/core/dispatch.js';
import type { InteractionRequest } from '../src/core/interaction.js';
import { createLogger } from '../src/log.js';
import { getStory } from '../src/story/load.js';
import { startGateway } from '../src/transports/gateway/start.js';
import { type InteractionPayload, type InteractionSpec, startDiscordEmulator, stringOption } from '../tests/emulator/index.js';

const burstSize = 1000;
const sequentialCount = 200;

interface Case {
  spec: InteractionSpec;
  request: InteractionRequest;
}

const user = { id: '1300000000000000001', username: 'tester' };
const guildId = '1000000000000000001';
const cases: readonly Case[] = [
  {
    spec: { kind: 'command', name: 'quote', options: [stringOption('source', 'gartner')] },
    request: { kind: 'command', commandName: 'quote', options: { source: 'gartner' }, user, guildId },
  },
  {
    spec: { kind: 'command', name: 'xen-news', options: [stringOption('section', 'timeline')] },
    request: { kind: 'command', commandName: 'xen-news', options: { section: 'timeline' }, user, guildId },
  },
  {
    spec: { kind: 'autocomplete', name: 'quote', options: [stringOption('source', 'c', true)] },
    request: { kind: 'autocomplete', commandName: 'quote', options: { source: 'c' }, focused: 'source', user, guildId },
  },
  {
    spec: { kind: 'button', customId: 'xen-news:show:people' },
    request: { kind: 'button', customId: 'xen-news:show:people', user, guildId },
  },
];

function caseAt(index: number): Case {
  return cases[index % cases.length] as Case;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

function summary(label: string, latencies: number[], extra = ''): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  return `${label.padEnd(44)} median ${ms(percentile(sorted, 0.5)).padStart(10)}   p99 ${ms(percentile(sorted, 0.99)).padStart(10)}${extra}`;
}

export async function run(): Promise<void> {
  /** Interactions the bot gave up because Discord's window had passed (its error lines say which). */
  const givenUp = new Set<string>();
  const logger = createLogger({
    level: 'error',
    destination: new Writable({
      write(chunk, _encoding, done) {
        for (const text of String(chunk).split('\n').filter(Boolean)) {
          const line = JSON.parse(text) as { interaction?: string; error?: { name?: string } };
          if (line.error?.name === 'DeadlinePassed' && line.interaction) givenUp.add(line.interaction);
        }
        done();
      },
    }),
  });
  const commands = createCommands(getStory());
  const handler = createInteractionHandler(commands, logger);

  const direct: number[] = [];
  for (let i = 0; i < burstSize; i++) {
    const started = performance.now();
    await handler(caseAt(i).request);
    direct.push(performance.now() - started);
  }

  const emulator = await startDiscordEmulator({ ackWindowMs: Number.POSITIVE_INFINITY });
  const bot = await startGateway({
    commands,
    handler,
    commandDirectory: createCommandDirectory(),
    logger,
    env: { DISCORD_TOKEN: emulator.token, DISCORD_APPLICATION_ID: emulator.applicationId, DISCORD_API_URL: emulator.apiUrl },
    args: {},
  });
  try {
    const latencyOf = async (interaction: InteractionPayload) =>
      (await emulator.callbackOf(interaction, 60_000)).receivedAt - emulator.dispatchedAt(interaction);

    const sequential: number[] = [];
    for (let i = 0; i < sequentialCount; i++) sequential.push(await latencyOf(emulator.dispatchInteraction(caseAt(i).spec)));

    const started = performance.now();
    const burst: InteractionPayload[] = [];
    for (let i = 0; i < burstSize; i++) burst.push(emulator.dispatchInteraction(caseAt(i).spec));
    const tokens = new Set(burst.map((interaction) => interaction.token));
    const isBurstCallback = (request: { route: string }) =>
      request.route.endsWith('/callback') && tokens.has(request.route.split('/')[3] ?? '');
    const answeredTokens = () => new Set(emulator.rest.requests.filter(isBurstCallback).map((r) => r.route.split('/')[3]));
    // Settled: answered, or given up past Discord's window.
    for (let waited = 0; ; waited += 20) {
      const answered = answeredTokens();
      if (burst.every((interaction) => answered.has(interaction.token) || givenUp.has(interaction.id))) break;
      if (waited > 60_000) throw new Error('the burst did not settle within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const callbacks = emulator.rest.requests.filter(isBurstCallback);
    const burstLatencies = callbacks.map(
      (request) => request.receivedAt - (emulator.rest.interactions.get(request.route.split('/')[3] ?? '')?.dispatchedAt ?? 0),
    );
    const elapsed = performance.now() - started;
    const late = burstLatencies.filter((ms) => ms > 3000).length;

    console.log(summary(`baseline: handler alone (${burstSize})`, direct));
    console.log(summary(`gateway, one at a time (${sequentialCount})`, sequential));
    console.log(
      summary(
        `gateway, ${burstSize} dispatched at once`,
        burstLatencies,
        `   all settled in ${elapsed.toFixed(0)} ms (${((burstSize / elapsed) * 1000).toFixed(0)}/s); ` +
          `${callbacks.length - late} answered within 3 s, ${late} later, ${burst.filter((i) => givenUp.has(i.id)).length} given up past 3 s`,
      ),
    );
  } finally {
    await bot.stop();
    await emulator.stop();
  }
}
