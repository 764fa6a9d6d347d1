import { ComponentType, MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCooldown } from '../../../src/core/cooldown.js';
import { createInteractionHandler } from '../../../src/core/dispatch.js';
import type { ReplyMessage } from '../../../src/core/interaction.js';
import { warmImages } from '../../../src/images/files.js';
import { createLogger } from '../../../src/log.js';
import { getStory } from '../../../src/story/load.js';
import {
  type InteractionPayload,
  type InteractionPlace,
  type InteractionSpec,
  serverWithoutTheBot,
  stringOption,
} from '../../emulator/index.js';
import { commands } from '../../helpers/commands.js';
import { expected, visible } from '../../helpers/wire.js';
import { type BotUnderTest, startBotWithEmulator } from './harness.js';

interface CallbackBody {
  type: number;
  data: ReplyMessage & { choices?: { name: string; value: string }[] };
}

const user = { id: '1300000000000000001', username: 'tester' };

/** The wire fields that say where an interaction comes from, as Discord documents them for each place. */
const shapes: Record<Exclude<InteractionPlace, 'server'>, Record<string, unknown>> = {
  'bot-dm': { context: 1, authorizing_integration_owners: { '1': user.id } },
  'private-channel': { context: 2, authorizing_integration_owners: { '1': user.id } },
  'user-install-in-server': {
    context: 0,
    guild_id: serverWithoutTheBot,
    authorizing_integration_owners: { '1': user.id },
  },
};

let run: BotUnderTest;
beforeAll(async () => {
  // As `npm start` does before serving, so no summary here waits for its picture and is deferred.
  await warmImages(getStory());
  run = await startBotWithEmulator();
});
afterAll(() => run.stop());

async function callback(spec: InteractionSpec): Promise<{ payload: InteractionPayload; body: CallbackBody }> {
  const payload = run.emulator.dispatchInteraction(spec);
  const request = await run.emulator.callbackOf(payload);
  return { payload, body: request.body as CallbackBody };
}

function firstButtonId(message: ReplyMessage): string {
  for (const row of message.components ?? [])
    if ('components' in row)
      for (const component of row.components)
        if (component.type === ComponentType.Button && 'custom_id' in component) return component.custom_id;
  throw new Error('the reply has no button with a custom_id');
}

describe.each(Object.entries(shapes))('over the gateway, an interaction from %s', (place, shape) => {
  const where = place as InteractionPlace;
  const guildId = where === 'user-install-in-server' ? serverWithoutTheBot : null;

  it('is sent as Discord sends it (user or member, context, authorizing owners)', async () => {
    const { payload } = await callback({ kind: 'command', name: 'quote', options: [stringOption('source', 'gartner')], where });
    expect(payload).toMatchObject(shape);
    if (guildId) {
      expect(payload.member).toMatchObject({ user: { id: user.id } });
      expect(payload).not.toHaveProperty('user');
    } else {
      expect(payload).toMatchObject({ user: { id: user.id } });
      expect(payload).not.toHaveProperty('member');
      expect(payload).not.toHaveProperty('guild_id');
    }
  });

  it('/xen-news gets the summary, as the core builds it for that user', async () => {
    const { body } = await callback({ kind: 'command', name: 'xen-news', where });
    expect(body.type).toBe(4);
    expect(body.data.embeds?.length).toBeGreaterThan(0);
    expect(visible(body.data)).toEqual(
      visible(await expected({ kind: 'command', commandName: 'xen-news', options: {}, user, guildId })),
    );
  });

  it('autocomplete for /quote gets choices', async () => {
    const { body } = await callback({
      kind: 'autocomplete',
      name: 'quote',
      options: [stringOption('source', 'gar', true)],
      where,
    });
    expect(body.type).toBe(8);
    expect(body.data.choices).toContainEqual({ name: 'Gartner', value: 'gartner' });
  });

  it('a button on the summary gets its section', async () => {
    const summary = await expected({ kind: 'command', commandName: 'xen-news', options: {}, user, guildId });
    const customId = firstButtonId(summary);
    const { body } = await callback({ kind: 'button', customId, where });
    expect([4, 7]).toContain(body.type);
    expect(body.data.embeds?.length).toBeGreaterThan(0);
    expect(visible(body.data)).toEqual(visible(await expected({ kind: 'button', customId, user, guildId })));
  });

  it('is answered without an error logged', async () => {
    await callback({ kind: 'command', name: 'quote', options: [stringOption('source', 'gartner')], where });
    expect(run.logs.filter((line) => (line.level as number) >= 50)).toEqual([]);
  });
});

describe('over the gateway, the question cooldown', () => {
  let limited: BotUnderTest;
  beforeAll(async () => {
    const cooldown = createCooldown(60_000);
    limited = await startBotWithEmulator({
      handler: () => createInteractionHandler(commands, createLogger({ level: 'silent' }), { cooldown }),
    });
  });
  afterAll(() => limited.stop());

  async function ask(where: InteractionPlace, question: string): Promise<CallbackBody> {
    const payload = limited.emulator.dispatchInteraction({
      kind: 'command',
      name: 'xen-news',
      options: [stringOption('question', question)],
      where,
    });
    return (await limited.emulator.callbackOf(payload)).body as CallbackBody;
  }

  it('keys on the user, whether Discord names them as member.user (a server) or user (a DM)', async () => {
    const first = await ask('server', 'who is michael warrilow?');
    expect(first.data.flags ?? 0).toBe(0);
    for (const where of ['bot-dm', 'private-channel', 'user-install-in-server'] as const) {
      const again = await ask(where, 'what did citrix say?');
      expect(again.data.flags).toBe(MessageFlags.Ephemeral);
      expect(again.data.content).toMatch(/^Slow down: you can ask again in \d+ s\.$/);
    }
  });
});
