import { afterAll, beforeAll, expect, it } from 'vitest';
import { type InteractionPayload, type InteractionSpec, stringOption } from '../../emulator/index.js';
import { type BotUnderTest, startBotWithEmulator } from './harness.js';

const total = 1000;
const mix: InteractionSpec[] = [
  { kind: 'command', name: 'quote', options: [stringOption('source', 'gartner')] },
  { kind: 'command', name: 'xen-news', options: [stringOption('section', 'timeline')] },
  { kind: 'autocomplete', name: 'quote', options: [stringOption('source', 'c', true)] },
  { kind: 'button', customId: 'xen-news:show:people' },
];

let run: BotUnderTest;
beforeAll(async () => {
  // Speed is the bench's to measure (`npm run bench -- gateway` counts answers past Discord's 3 s);
  // here the bot and the emulator share one thread on a CI machine running other files beside
  // them, so the emulator's window is widened and this test asserts only that nothing is doubled,
  // and nothing lost but what the bot gives up past Discord's window, saying so.
  run = await startBotWithEmulator({ emulator: { ackWindowMs: 60_000 } });
});
afterAll(() => run.stop());

it(`answers ${total} interactions dispatched at once, each acknowledged exactly once or given up past 3 s`, {
  timeout: 60_000,
}, async () => {
  const { emulator } = run;
  const interactions: InteractionPayload[] = [];
  for (let i = 0; i < total; i++) interactions.push(emulator.dispatchInteraction(mix[i % mix.length] as InteractionSpec));
  const isCallback = (route: string) => route.startsWith('/interactions/') && route.endsWith('/callback');
  const callbackRoutes = () => new Set(emulator.rest.requests.filter((r) => isCallback(r.route)).map((r) => r.route));
  /** Interactions the bot gave up, each with an error line: the only way one may go unanswered. */
  const givenUp = () =>
    new Map(
      run.logs
        .filter((line) => line.level === 50 && typeof line.interaction === 'string')
        .map((line) => [line.interaction as string, line]),
    );
  const settled = (interaction: InteractionPayload) =>
    callbackRoutes().has(`/interactions/${interaction.id}/${interaction.token}/callback`) || givenUp().has(interaction.id);
  await expect.poll(() => interactions.filter(settled).length, { timeout: 50_000, interval: 200 }).toBe(total);
  // Given up only for Discord's window: a callback past its 3 s, or a deferral cut off at the window
  // that Discord never saw (completing it anyway then finds no such webhook).
  const lateDeferrals = new Set(
    run.logs.filter((line) => String(line.msg).startsWith('no answer to the deferral in time')).map((line) => line.interaction),
  );
  for (const [interaction, line] of givenUp()) {
    const error = line.error as { name?: string; code?: number } | undefined;
    if (error?.name !== 'DeadlinePassed') {
      expect(lateDeferrals.has(interaction)).toBe(true);
      expect(error?.code).toBe(10015);
    }
  }

  // The emulator answers 204 to a first callback only; a second one would be 400.
  const callbacks = emulator.rest.requests.filter((request) => isCallback(request.route));
  expect(callbacks.filter((request) => request.status !== 204)).toEqual([]);
  const byRoute = new Map(callbacks.map((request) => [request.route, request]));
  expect(byRoute.size).toBe(callbacks.length);

  const expectedType = { 2: 4, 3: 7, 4: 8 } as const;
  const deferredType = { 2: 5, 3: 6 } as const;
  const deferred: InteractionPayload[] = [];
  for (const interaction of interactions) {
    const callback = byRoute.get(`/interactions/${interaction.id}/${interaction.token}/callback`);
    if (!callback) continue;
    const type = (callback.body as { type?: number } | undefined)?.type;
    const kind = interaction.type as 2 | 3 | 4;
    // A burst can push a few past the 2 s defer threshold on a busy machine: deferral is a correct answer too.
    if (kind !== 4 && type === deferredType[kind]) deferred.push(interaction);
    else expect(type).toBe(expectedType[kind]);
  }
  // Every deferral Discord took was completed, once. Waiting for one completion each, not for a
  // count of webhook requests: a late deferral's completion (refused, 10015) is one too.
  const completionsOf = (interaction: InteractionPayload) =>
    emulator.requestsFor(interaction).filter((request) => request.route.startsWith('/webhooks/'));
  await expect
    .poll(() => deferred.filter((interaction) => completionsOf(interaction).length > 0).length, { timeout: 20_000 })
    .toBe(deferred.length);
  for (const interaction of deferred) expect(completionsOf(interaction).map((request) => request.method)).toEqual(['PATCH']);
  // Any other completion is a late deferral's, which Discord refused.
  const taken = new Set(deferred.map((interaction) => interaction.token));
  const others = emulator.rest.requests.filter(
    (request) => request.route.startsWith('/webhooks/') && ![...taken].some((token) => request.route.includes(`/${token}`)),
  );
  for (const request of others) expect(request.status).toBe(404);
  expect(others.length).toBeLessThanOrEqual(lateDeferrals.size);
});
