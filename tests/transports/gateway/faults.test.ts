import { setTimeout as sleep } from 'node:timers/promises';
import { MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { AnyCommand } from '../../../src/core/command.js';
import { UserError } from '../../../src/core/errors.js';
import { type InteractionPayload, stringOption } from '../../emulator/index.js';
import { type BotUnderTest, startBotWithEmulator } from './harness.js';

/** A bot and emulator for one test, stopped when it ends (the tests run concurrently). */
async function startBot(
  onTestFinished: (fn: () => Promise<void>) => void,
  options?: Parameters<typeof startBotWithEmulator>[0],
): Promise<BotUnderTest> {
  const bot = await startBotWithEmulator(options);
  onTestFinished(() => bot.stop());
  return bot;
}

const quoteGartner = { kind: 'command', name: 'quote', options: [stringOption('source', 'gartner')] } as const;

function bodyOf(request: { body: unknown }): { type: number; data?: { flags?: number; content?: string; embeds?: unknown[] } } {
  return request.body as { type: number; data?: { flags?: number; content?: string } };
}

/** Dispatches /quote gartner and waits for its one successful callback. */
async function answered(bot: BotUnderTest): Promise<InteractionPayload> {
  const interaction = bot.emulator.dispatchInteraction(quoteGartner);
  expect(bodyOf(await bot.emulator.callbackOf(interaction)).type).toBe(4);
  return interaction;
}

const throwingCommand: AnyCommand = {
  data: { name: 'broken', toJSON: () => ({ name: 'broken', description: 'Always fails' }) },
  execute: () => {
    throw new Error('handler bug');
  },
};

/** Answers after `ms`: slower than the defer threshold, within the 15-minute token lifetime. */
function slowCommand(name: string, ms: number, outcome: 'public' | 'user-error'): AnyCommand {
  return {
    data: { name, toJSON: () => ({ name, description: 'Slow' }) },
    async execute() {
      await sleep(ms);
      if (outcome === 'user-error') throw new UserError('error.question-and-section');
      return { content: 'worth the wait' };
    },
    async press() {
      await sleep(ms);
      return { type: 'update', message: { content: 'updated slowly' } };
    },
  };
}

describe.concurrent('the gateway survives connection faults', () => {
  it('resumes after the connection drops mid-session, replaying what it missed', async ({ onTestFinished }) => {
    const run = await startBot(onTestFinished);
    await answered(run);
    const resumed = run.emulator.gateway.next('resume');
    run.emulator.gateway.dropConnection();
    const missed = run.emulator.dispatchInteraction(quoteGartner);
    const [resume] = await resumed;
    expect(resume.replayed).toBeGreaterThanOrEqual(1);
    expect(bodyOf(await run.emulator.callbackOf(missed)).type).toBe(4);
    await answered(run);
    expect(run.emulator.gateway.identifies).toHaveLength(1);
  });

  it('reconnects and resumes when the gateway sends RECONNECT', async ({ onTestFinished }) => {
    const run = await startBot(onTestFinished);
    const resumed = run.emulator.gateway.next('resume');
    run.emulator.gateway.requestReconnect();
    await resumed;
    await answered(run);
    expect(run.emulator.gateway.identifies).toHaveLength(1);
  });

  it('identifies afresh after a non-resumable INVALID_SESSION', async ({ onTestFinished }) => {
    const run = await startBot(onTestFinished);
    const identified = run.emulator.gateway.next('identify');
    run.emulator.gateway.invalidateSession(false);
    const [identify] = await identified;
    expect(run.emulator.gateway.identifies).toHaveLength(2);
    expect(identify.sessionId).not.toBe(run.emulator.gateway.identifies[0]?.sessionId);
    expect(run.emulator.gateway.resumes).toHaveLength(0);
    await answered(run);
  });

  it('heartbeats and gets each one acknowledged without reconnecting', async ({ onTestFinished }) => {
    // Long enough that a loaded machine still acknowledges each beat before the next one is due.
    const run = await startBot(onTestFinished, { emulator: { heartbeatIntervalMs: 250 } });
    for (let beat = 0; beat < 3; beat++) await run.emulator.gateway.next('heartbeat');
    await answered(run);
    expect(run.emulator.gateway.identifies).toHaveLength(1);
    expect(run.emulator.gateway.resumes).toHaveLength(0);
  });
});

describe.concurrent('the gateway survives REST faults', () => {
  it('waits out a 429 on the callback and replies exactly once', async ({ onTestFinished }) => {
    const run = await startBot(onTestFinished);
    run.emulator.rest.inject({ route: /\/callback$/, status: 429, retryAfterSeconds: 0.1 });
    const interaction = await answered(run);
    expect(run.emulator.requestsFor(interaction).map((request) => request.status)).toEqual([429, 204]);
  });

  it('retries a 500 once and the user still gets the answer', async ({ onTestFinished }) => {
    const run = await startBot(onTestFinished);
    run.emulator.rest.inject({ route: /\/callback$/, status: 500 });
    const interaction = await answered(run);
    expect(run.emulator.requestsFor(interaction).map((request) => request.status)).toEqual([500, 204]);
  });

  it('when the reply keeps failing, logs a clear failure with a reference and still apologises', async ({ onTestFinished }) => {
    const run = await startBot(onTestFinished);
    // discord.js retries a 500 three times: four failures exhaust the reply, the apology gets through.
    run.emulator.rest.inject({ route: /\/callback$/, status: 500, times: 4 });
    const interaction = run.emulator.dispatchInteraction(quoteGartner);
    const apology = bodyOf(await run.emulator.callbackOf(interaction));
    expect(apology.type).toBe(4);
    expect(apology.data?.flags).toBe(MessageFlags.Ephemeral);
    const failure = run.logs.find((log) => log.msg === 'could not answer an interaction');
    expect(failure).toMatchObject({ level: 50, interaction: interaction.id, error: { status: 500 } });
    expect(apology.data?.content).toContain(String(failure?.ref));
    expect(JSON.stringify(run.logs)).not.toContain(interaction.token);
  });

  it('an answer Discord refuses as too late (404 Unknown interaction) is logged with a reference, not retried', async ({
    onTestFinished,
  }) => {
    // A zero-width window makes every first callback late, as after a stall past Discord's 3 s.
    const run = await startBot(onTestFinished, { emulator: { ackWindowMs: 0 } });
    const interaction = run.emulator.dispatchInteraction(quoteGartner);
    await run.emulator.rest.waitFor((request) => request.route.endsWith(`/${interaction.token}/callback`), 1);
    await run.bot.stop(); // drains: whatever the bot does about the 404 is done by now
    expect(run.logs.filter((log) => log.msg === 'could not answer an interaction')).toEqual([
      expect.objectContaining({
        level: 50,
        interaction: interaction.id,
        ref: expect.stringMatching(/^[0-9a-f]{8}$/),
        error: expect.objectContaining({ status: 404 }),
      }),
    ]);
    // No retry and no apology: a dead interaction accepts neither.
    expect(run.emulator.requestsFor(interaction).map((request) => request.status)).toEqual([404]);
  });
});

describe.concurrent('every Discord call has a deadline that fits it', () => {
  it('gives up a callback Discord never answers at the 3-second window: no retry, no apology, stopping at once', async ({
    onTestFinished,
  }) => {
    const run = await startBot(onTestFinished);
    const held = run.emulator.rest.hold(/\/callback$/);
    onTestFinished(async () => held.release());
    const interaction = run.emulator.dispatchInteraction(quoteGartner);
    await held.received;
    await expect
      .poll(() => run.logs.find((log) => log.msg === 'could not answer an interaction'), { timeout: 8000, interval: 100 })
      .toMatchObject({ level: 50, interaction: interaction.id, error: { name: 'DeadlinePassed' } });
    const givenUpAfter = performance.now() - run.emulator.dispatchedAt(interaction);
    expect(givenUpAfter).toBeGreaterThanOrEqual(2900);
    expect(givenUpAfter).toBeLessThan(6000);
    // discord.js alone would retry it after 15 s, then send the apology the same way.
    const stopping = performance.now();
    await run.bot.stop();
    expect(performance.now() - stopping).toBeLessThan(2000);
    expect(run.emulator.requestsFor(interaction)).toHaveLength(1);
  });

  it('abandons a deferred answer still waiting on Discord at SHUTDOWN_TIMEOUT_SECONDS, and lists it', async ({
    onTestFinished,
  }) => {
    const run = await startBot(onTestFinished, {
      extraCommands: [slowCommand('slow', 2300, 'public')],
      env: { SHUTDOWN_TIMEOUT_SECONDS: '1' },
    });
    const edit = run.emulator.rest.hold(/\/messages\/@original$/, 'PATCH');
    onTestFinished(async () => edit.release());
    const interaction = run.emulator.dispatchInteraction({ kind: 'command', name: 'slow' });
    await edit.received;
    const stopping = performance.now();
    await run.bot.stop();
    const took = performance.now() - stopping;
    expect(took).toBeGreaterThanOrEqual(950);
    expect(took).toBeLessThan(4000);
    expect(run.logs.filter((log) => String(log.msg).startsWith('shutdown deadline passed'))).toEqual([
      expect.objectContaining({ level: 40, seconds: 1, interactions: [interaction.id] }),
    ]);
    expect(run.logs.filter((log) => (log.level as number) >= 50)).toEqual([]);
  });
});

describe.concurrent('the gateway survives handler faults', () => {
  it('a command that throws yields an ephemeral apology, and the next interaction is served', async ({ onTestFinished }) => {
    const run = await startBot(onTestFinished, { extraCommands: [throwingCommand] });
    const broken = run.emulator.dispatchInteraction({ kind: 'command', name: 'broken' });
    const apology = bodyOf(await run.emulator.callbackOf(broken));
    expect(apology.type).toBe(4);
    expect(apology.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(apology.data?.content).toMatch(/Sorry, something went wrong.*reference `[0-9a-f]{8}`/);
    await answered(run);
  });

  it('a handler that rejects (breaking its contract) still yields an apology, and the next is served', async ({
    onTestFinished,
  }) => {
    let calls = 0;
    const run = await startBot(onTestFinished, {
      handler: (real) => async (request) => {
        calls += 1;
        if (calls === 1) throw new Error('transport-level bug');
        return real(request);
      },
    });
    const first = run.emulator.dispatchInteraction(quoteGartner);
    const apology = bodyOf(await run.emulator.callbackOf(first));
    expect(apology.data?.flags).toBe(MessageFlags.Ephemeral);
    await answered(run);
  });
});

describe.concurrent('the gateway acknowledges slow work within 3 seconds', () => {
  it('defers what takes longer than 2 s and completes it with the right call; autocomplete is never deferred', async ({
    onTestFinished,
  }) => {
    const run = await startBot(onTestFinished, {
      extraCommands: [slowCommand('slow', 2300, 'public'), slowCommand('slow-private', 2300, 'user-error')],
      handler: (real) => async (request) => {
        if (request.kind === 'autocomplete') await sleep(2300);
        return real(request);
      },
    });
    const { emulator } = run;
    const publicReply = emulator.dispatchInteraction({ kind: 'command', name: 'slow' });
    const privateReply = emulator.dispatchInteraction({ kind: 'command', name: 'slow-private' });
    const button = emulator.dispatchInteraction({ kind: 'button', customId: 'slow:anything' });
    const autocomplete = emulator.dispatchInteraction({
      kind: 'autocomplete',
      name: 'quote',
      options: [stringOption('source', 'gar', true)],
    });

    await emulator.rest.waitFor((request) => request.route.includes(publicReply.token) && request.method === 'PATCH');
    await emulator.rest.waitFor((request) => request.route.includes(privateReply.token) && request.method === 'POST', 2);
    await emulator.rest.waitFor((request) => request.route.includes(button.token) && request.method === 'PATCH');

    const summary = (interaction: InteractionPayload) =>
      emulator.requestsFor(interaction).map((request) => {
        const route = request.route
          .replace(interaction.token, 'T')
          .replace(interaction.id, 'I')
          .replace(emulator.applicationId, 'A');
        return `${request.method} ${route} ${(request.body as { type?: number } | undefined)?.type ?? ''}`.trim();
      });
    expect(summary(publicReply)).toEqual(['POST /interactions/I/T/callback 5', 'PATCH /webhooks/A/T/messages/@original']);
    expect(summary(privateReply)).toEqual([
      'POST /interactions/I/T/callback 5',
      'DELETE /webhooks/A/T/messages/@original',
      'POST /webhooks/A/T',
    ]);
    expect((emulator.requestsFor(privateReply)[2]?.body as { flags?: number } | undefined)?.flags).toBe(MessageFlags.Ephemeral);
    expect(summary(button)).toEqual(['POST /interactions/I/T/callback 6', 'PATCH /webhooks/A/T/messages/@original']);
    expect(summary(autocomplete)).toEqual(['POST /interactions/I/T/callback 8']);
    expect(bodyOf(emulator.requestsFor(autocomplete)[0] ?? { body: {} })).toEqual({ type: 8, data: { choices: [] } });

    for (const interaction of [publicReply, privateReply, button, autocomplete]) {
      const [first] = emulator.requestsFor(interaction);
      const dispatchedAt = emulator.dispatchedAt(interaction);
      expect((first?.receivedAt ?? Number.POSITIVE_INFINITY) - dispatchedAt).toBeLessThan(3000);
    }
  });
});
