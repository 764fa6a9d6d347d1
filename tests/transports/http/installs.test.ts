import { ComponentType, MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommandDirectory } from '../../../src/core/command-directory.js';
import { createCooldown } from '../../../src/core/cooldown.js';
import { createInteractionHandler } from '../../../src/core/dispatch.js';
import type { ReplyMessage } from '../../../src/core/interaction.js';
import { warmImages } from '../../../src/images/files.js';
import { getStory } from '../../../src/story/load.js';
import { type RunningHttp, startHttp } from '../../../src/transports/http/start.js';
import {
  type DiscordEmulator,
  type InteractionPlace,
  type InteractionSpec,
  interactionPayload,
  serverWithoutTheBot,
  startDiscordEmulator,
  stringOption,
} from '../../emulator/index.js';
import { commands } from '../../helpers/commands.js';
import { capturingLogger } from '../../helpers/logger.js';
import { expected, visible } from '../../helpers/wire.js';
import { applicationKeyPair, postSigned } from './signed.js';

const { publicKeyHex, privateKey } = applicationKeyPair();
const applicationId = '1100000000000000001';
const user = { id: '1300000000000000001', username: 'tester' };

interface CallbackBody {
  type: number;
  data: ReplyMessage & { choices?: { name: string; value: string }[] };
}

function firstButtonId(message: ReplyMessage): string {
  for (const row of message.components ?? [])
    if ('components' in row)
      for (const component of row.components)
        if (component.type === ComponentType.Button && 'custom_id' in component) return component.custom_id;
  throw new Error('the reply has no button with a custom_id');
}

const places = ['bot-dm', 'private-channel', 'user-install-in-server'] as const;

let emulator: DiscordEmulator;
let endpoint: RunningHttp;
const { logger, lines } = capturingLogger('info');

/** `startHttp` as `npm start -- --http` runs it, with a question cooldown of a minute. */
beforeAll(async () => {
  // As `npm start` does before serving, so no reply here waits for a picture and is deferred.
  await warmImages(getStory());
  emulator = await startDiscordEmulator();
  const commandDirectory = createCommandDirectory();
  endpoint = await startHttp({
    commands,
    handler: createInteractionHandler(commands, logger, { cooldown: createCooldown(60_000), commandDirectory }),
    commandDirectory,
    logger,
    env: { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0', DISCORD_API_URL: emulator.apiUrl },
    args: {},
  });
});
afterAll(async () => {
  await endpoint.stop();
  await emulator.stop();
});

/** Posts the signed interaction as Discord would and reads the callback (JSON, or a multipart's payload_json). */
async function interact(spec: InteractionSpec, userId = user.id) {
  const sent = interactionPayload(spec, { applicationId, guildId: '1000000000000000001', userId });
  const response = await postSigned(endpoint.url, privateKey, JSON.stringify(sent));
  expect(response.status).toBe(200);
  const body =
    response.headers.get('content-type') === 'application/json'
      ? ((await response.json()) as CallbackBody)
      : (JSON.parse(String((await response.formData()).get('payload_json'))) as CallbackBody);
  return { sent, body };
}

describe.each(places)('a signed HTTP interaction from %s', (where) => {
  const guildId = where === 'user-install-in-server' ? serverWithoutTheBot : null;

  it('carries the place as Discord sends it', async () => {
    const { sent } = await interact({ kind: 'command', name: 'quote', options: [stringOption('source', 'gartner')], where });
    expect(sent).toMatchObject({
      context: where === 'bot-dm' ? 1 : where === 'private-channel' ? 2 : 0,
      authorizing_integration_owners: { '1': user.id },
    });
    expect('member' in sent).toBe(guildId !== null);
    expect('guild_id' in sent).toBe(guildId !== null);
    expect('user' in sent).toBe(guildId === null);
  });

  it('/xen-news gets the summary, as the core builds it', async () => {
    const { body } = await interact({ kind: 'command', name: 'xen-news', where });
    expect(body.type).toBe(4);
    expect(visible(body.data)).toEqual(
      visible(await expected({ kind: 'command', commandName: 'xen-news', options: {}, user, guildId })),
    );
  });

  it('autocomplete for /quote gets choices', async () => {
    const { body } = await interact({
      kind: 'autocomplete',
      name: 'quote',
      options: [stringOption('source', 'gar', true)],
      where,
    });
    expect(body.type).toBe(8);
    expect(body.data.choices).toContainEqual({ name: 'Gartner', value: 'gartner' });
  });

  it('a button on the summary gets its section', async () => {
    const customId = firstButtonId(await expected({ kind: 'command', commandName: 'xen-news', options: {}, user, guildId }));
    const { body } = await interact({ kind: 'button', customId, where });
    expect([4, 7]).toContain(body.type);
    expect(body.data.embeds?.length).toBeGreaterThan(0);
    expect(visible(body.data)).toEqual(visible(await expected({ kind: 'button', customId, user, guildId })));
  });
});

describe('over HTTP, the question cooldown', () => {
  it('keys on the user, whether Discord names them as member.user (a server) or user (a DM)', async () => {
    const asker = '1300000000000000301';
    const ask = (where: InteractionPlace, question: string, userId = asker) =>
      interact({ kind: 'command', name: 'xen-news', options: [stringOption('question', question)], where }, userId);
    expect((await ask('server', 'who is michael warrilow?')).body.data.flags ?? 0).toBe(0);
    for (const where of places) {
      const { body } = await ask(where, 'what did citrix say?');
      expect(body.data.flags).toBe(MessageFlags.Ephemeral);
      expect(body.data.content).toMatch(/^Slow down: you can ask again in \d+ s\.$/);
    }
    // Someone else asking from a DM is not held up by that.
    expect((await ask('bot-dm', 'what did citrix say?', '1300000000000000302')).body.data.flags ?? 0).toBe(0);
  });

  it('logs no error for any of these', () => {
    expect(lines.filter((line) => (line.level as number) >= 50)).toEqual([]);
  });
});
