import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInteractionHandler } from '../../../src/core/dispatch.js';
import { createInteractionServer, type InteractionServer } from '../../../src/transports/http/endpoint.js';
import { type DiscordEmulator, interactionPayload, startDiscordEmulator, stringOption } from '../../emulator/index.js';
import { commands } from '../../helpers/commands.js';
import { capturingLogger } from '../../helpers/logger.js';
import { applicationKeyPair, postSigned } from './signed.js';

const { publicKeyHex, privateKey } = applicationKeyPair();
const { logger } = capturingLogger('debug');
let emulator: DiscordEmulator;
let endpoint: InteractionServer;
let url: string;

beforeAll(async () => {
  emulator = await startDiscordEmulator();
  const handler = createInteractionHandler(commands, logger);
  endpoint = createInteractionServer({ handler, logger, publicKey: publicKeyHex, apiUrl: emulator.apiUrl });
  const address = await endpoint.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await endpoint.stop();
  await emulator.stop();
});

describe('HTTP endpoint: a question the story answers only in part', () => {
  it('replies, signed request in, with what is missing and what the story does say', async () => {
    const payload = interactionPayload(
      {
        kind: 'command',
        name: 'xen-news',
        options: [stringOption('question', "what's the price of google's assured open source software service")],
      },
      { applicationId: '1100000000000000001', guildId: '1000000000000000001' },
    );
    const response = await postSigned(`${url}/interactions`, privateKey, JSON.stringify(payload));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data?: { embeds?: { title?: string; description?: string }[] } };
    const embed = body.data?.embeds?.[0];
    expect(embed?.title).toBe('Only partly in the story');
    expect(embed?.description).toMatch(/The story doesn't give a price\. What it does say: .*Assured Open Source Software/);
  });
});
