import { InteractionResponseType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/env.js';
import { createCommandDirectory } from '../../../src/core/command-directory.js';
import { createInteractionHandler } from '../../../src/core/dispatch.js';
import { startHttp } from '../../../src/transports/http/start.js';
import { commands } from '../../helpers/commands.js';
import { capturingLogger } from '../../helpers/logger.js';
import { applicationKeyPair, postSigned } from './signed.js';

const { publicKeyHex, privateKey } = applicationKeyPair();

function context(env: NodeJS.ProcessEnv) {
  const { logger, lines } = capturingLogger();
  return {
    lines,
    context: {
      commands,
      handler: createInteractionHandler(commands, logger),
      commandDirectory: createCommandDirectory(),
      logger,
      env,
      args: {},
    },
  };
}

describe('startHttp, as `npm start -- --http` calls it', () => {
  it('listens where HOST and PORT say, logs the URL, serves, and stops', async ({ onTestFinished }) => {
    const { context: started, lines } = context({ DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0', HOST: '127.0.0.1' });
    const running = await startHttp(started);
    onTestFinished(() => running.stop());
    expect(lines.find((line) => line.msg === 'listening for Discord interactions')).toMatchObject({ url: running.url });
    expect(await (await postSigned(running.url, privateKey, '{"type":1}')).json()).toEqual({
      type: InteractionResponseType.Pong,
    });
    await running.stop();
    await expect(fetch(running.url)).rejects.toThrow();
  });

  it('says it is listening only once a SIGTERM would drain it, not kill it', async ({ onTestFinished }) => {
    const handlersBefore = process.listenerCount('SIGTERM');
    const handlersWhenAnnounced: number[] = [];
    const { logger } = capturingLogger('info', (line) => {
      if (line.msg === 'listening for Discord interactions') handlersWhenAnnounced.push(process.listenerCount('SIGTERM'));
    });
    const running = await startHttp({
      commands,
      handler: createInteractionHandler(commands, logger),
      commandDirectory: createCommandDirectory(),
      logger,
      env: { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0' },
      args: {},
    });
    onTestFinished(() => running.stop());
    expect(handlersWhenAnnounced).toEqual([handlersBefore + 1]);
  });

  it('refuses a missing public key with a ConfigError that says where to find it', async () => {
    await expect(startHttp(context({ PORT: '0' }).context)).rejects.toThrow(ConfigError);
    await expect(startHttp(context({ PORT: '0' }).context)).rejects.toThrow(/DISCORD_PUBLIC_KEY is not set: .*Public Key/);
  });

  it('names a HOST it cannot listen on', async () => {
    const { context: started } = context({ DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0', HOST: '192.0.2.1' });
    await expect(startHttp(started)).rejects.toThrow(
      /^cannot listen on 192\.0\.2\.1:0 \(EADDRNOTAVAIL\): check HOST and PORT\.$/,
    );
  });
});
