import { setTimeout as wait } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { AnyCommand } from '../../../src/core/command.js';
import { createInteractionHandler } from '../../../src/core/dispatch.js';
import { createInteractionServer } from '../../../src/transports/http/endpoint.js';
import { interactionPayload, startDiscordEmulator } from '../../emulator/index.js';
import { capturingLogger } from '../../helpers/logger.js';
import { applicationKeyPair, postSigned } from './signed.js';

const { publicKeyHex, privateKey } = applicationKeyPair();
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7]);
const deferAfterMs = 200;

const slowPicture: AnyCommand = {
  data: { name: 'slow-picture', toJSON: () => ({ name: 'slow-picture', description: 'A late picture' }) },
  async execute() {
    await wait(3 * deferAfterMs);
    return {
      embeds: [{ title: 'late', image: { url: 'attachment://late.png' } }],
      files: [{ name: 'late.png', contentType: 'image/png', description: 'A late picture', data: png }],
    };
  },
};

describe('PUBLIC_URL on a deferred answer', () => {
  it('edits the deferred reply with the picture linked by URL, uploading nothing', async ({ onTestFinished }) => {
    const emulator = await startDiscordEmulator();
    onTestFinished(() => emulator.stop());
    const { logger } = capturingLogger();
    const endpoint = createInteractionServer({
      handler: createInteractionHandler([slowPicture], logger),
      logger,
      publicKey: publicKeyHex,
      apiUrl: emulator.apiUrl,
      deferAfterMs,
      publicUrl: 'https://bot.example',
    });
    onTestFinished(() => endpoint.stop());
    const { port } = await endpoint.listen(0, '127.0.0.1');
    const body = JSON.stringify(
      interactionPayload(
        { kind: 'command', name: 'slow-picture' },
        { applicationId: emulator.applicationId, guildId: '1000000000000000001' },
      ),
    );
    const response = await postSigned(`http://127.0.0.1:${port}/interactions`, privateKey, body);
    expect(await response.json()).toEqual({ type: 5 });
    const [edit] = await emulator.rest.waitFor((request) => request.method === 'PATCH');
    expect(edit?.files).toEqual([]);
    const data = edit?.body as { embeds: { image: { url: string } }[]; attachments: unknown[] };
    expect(data.attachments).toEqual([]);
    const imageUrl = data.embeds[0]?.image.url ?? '';
    expect(imageUrl).toMatch(/^https:\/\/bot\.example\/images\/[0-9a-f]{32}\.png$/);
    const served = await fetch(`http://127.0.0.1:${port}${new URL(imageUrl).pathname}`);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(Buffer.from(png));
  });
});
