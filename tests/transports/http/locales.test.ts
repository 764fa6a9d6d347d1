import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInteractionHandler } from '../../../src/core/dispatch.js';
import { createInteractionServer, type InteractionServer } from '../../../src/transports/http/endpoint.js';
import { type DiscordEmulator, interactionPayload, startDiscordEmulator, stringOption } from '../../emulator/index.js';
import { commands } from '../../helpers/commands.js';
import { capturingLogger } from '../../helpers/logger.js';
import { applicationKeyPair, postSigned } from './signed.js';

const { publicKeyHex, privateKey } = applicationKeyPair();
const { logger } = capturingLogger('warn');
let emulator: DiscordEmulator;
let endpoint: InteractionServer;
let url: string;

beforeAll(async () => {
  emulator = await startDiscordEmulator();
  endpoint = createInteractionServer({
    handler: createInteractionHandler(commands, logger),
    logger,
    publicKey: publicKeyHex,
    apiUrl: emulator.apiUrl,
  });
  const address = await endpoint.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${address.port}/interactions`;
});
afterAll(async () => {
  await endpoint.stop();
  await emulator.stop();
});

describe("HTTP endpoint: replies in the interaction's locale", () => {
  it('labels a section in Japanese and an error in German, from signed requests', async () => {
    const context = { applicationId: emulator.applicationId, guildId: emulator.guildId };
    const people = interactionPayload(
      { kind: 'command', name: 'xen-news', options: [stringOption('section', 'people')], locale: 'ja' },
      context,
    );
    const peopleBody = (await (await postSigned(url, privateKey, JSON.stringify(people))).json()) as {
      data: { embeds: { title: string }[] };
    };
    expect(peopleBody.data.embeds[0]?.title).toBe('記事の登場人物');

    const both = interactionPayload(
      {
        kind: 'command',
        name: 'xen-news',
        options: [stringOption('question', 'x'), stringOption('section', 'people')],
        locale: 'de',
      },
      context,
    );
    const errorBody = (await (await postSigned(url, privateKey, JSON.stringify(both))).json()) as {
      data: { content: string; flags: number };
    };
    expect(errorBody.data).toMatchObject({ content: 'Nutze entweder `question` oder `section`, nicht beides.', flags: 64 });
  });

  it('suggests questions as one is typed, from a signed autocomplete request', async () => {
    const typing = interactionPayload(
      { kind: 'autocomplete', name: 'xen-news', options: [stringOption('question', 'what did gar', true)] },
      { applicationId: emulator.applicationId, guildId: emulator.guildId },
    );
    const body = (await (await postSigned(url, privateKey, JSON.stringify(typing))).json()) as {
      type: number;
      data: { choices: { name: string; value: string }[] };
    };
    expect(body.type).toBe(8);
    expect(body.data.choices[0]).toEqual({ name: 'What did Gartner say?', value: 'What did Gartner say?' });
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
  });
});
