import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/env.js';
import { createCommandDirectory } from '../../../src/core/command-directory.js';
import { createInteractionHandler } from '../../../src/core/dispatch.js';
import { warmImages } from '../../../src/images/files.js';
import { getStory } from '../../../src/story/load.js';
import { type RunningHttp, startHttp } from '../../../src/transports/http/start.js';
import { type DiscordEmulator, interactionPayload, type RecordedRequest, startDiscordEmulator } from '../../emulator/index.js';
import { commands } from '../../helpers/commands.js';
import { capturingLogger } from '../../helpers/logger.js';
import { couldNotLearn, learnedIds, mentionCommand, registerCommands, registeredId } from '../mention-command.js';
import { applicationKeyPair, postSigned } from './signed.js';

const { publicKeyHex, privateKey } = applicationKeyPair();
type OnFinished = (fn: () => Promise<void>) => void;
const withMentions = [...commands, mentionCommand];

async function emulatorWithCommands(onTestFinished: OnFinished, guildId?: string): Promise<DiscordEmulator> {
  const emulator = await startDiscordEmulator();
  onTestFinished(() => emulator.stop());
  await registerCommands(emulator);
  if (guildId) await registerCommands(emulator, guildId);
  return emulator;
}

/** `startHttp` as `npm start -- --http` runs it, its log lines, and a way to wait for one. */
async function endpoint(onTestFinished: OnFinished, env: NodeJS.ProcessEnv) {
  const waiting = new Set<(line: Record<string, unknown>) => void>();
  const { logger, lines } = capturingLogger('debug', (line) => {
    for (const listener of waiting) listener(line);
  });
  const commandDirectory = createCommandDirectory();
  const running: RunningHttp = await startHttp({
    commands: withMentions,
    handler: createInteractionHandler(withMentions, logger, { commandDirectory }),
    commandDirectory,
    logger,
    env: { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0', ...env },
    args: {},
  });
  onTestFinished(() => running.stop());
  const waitForLog = (msg: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const seen = lines.find((line) => line.msg === msg);
      if (seen) return resolve(seen);
      const listener = (line: Record<string, unknown>) => {
        if (line.msg !== msg) return;
        waiting.delete(listener);
        resolve(line);
      };
      waiting.add(listener);
    });
  return { running, lines, waitForLog };
}

/** The data of the reply to `/name` from a DM, as JSON text (a multipart reply's payload_json). */
async function replyData(url: string, name: string): Promise<string> {
  const payload = interactionPayload(
    { kind: 'command', name, where: 'bot-dm' },
    { applicationId: '1100000000000000001', guildId: '1000000000000000001' },
  );
  const response = await postSigned(url, privateKey, JSON.stringify(payload));
  expect(response.status).toBe(200);
  if (response.headers.get('content-type') !== 'application/json') return String((await response.formData()).get('payload_json'));
  return JSON.stringify(((await response.json()) as { data: unknown }).data);
}

const mentionReply = async (url: string) => (JSON.parse(await replyData(url, 'mention-test')) as { content: string }).content;

const commandLists = (request: RecordedRequest) => request.method === 'GET' && request.route.endsWith('/commands');
const tokenEnv = (emulator: DiscordEmulator) => ({
  DISCORD_TOKEN: emulator.token,
  DISCORD_APPLICATION_ID: emulator.applicationId,
  DISCORD_API_URL: emulator.apiUrl,
});

// As `npm start` does before serving: no reply here waits for a picture and is deferred.
beforeAll(() => warmImages(getStory()));

describe.concurrent('over HTTP, replies name commands', () => {
  it('as </name:id> when DISCORD_TOKEN is set: one GET of the commands with it at start', async ({ onTestFinished }) => {
    const emulator = await emulatorWithCommands(onTestFinished);
    const asked = emulator.rest.requests.filter(commandLists).length;
    const { running, waitForLog } = await endpoint(onTestFinished, tokenEnv(emulator));
    expect(await waitForLog(learnedIds)).toMatchObject({ scope: 'global' });
    expect(await mentionReply(running.url)).toBe(
      `Try </xen-news:${registeredId(emulator, 'xen-news')}> or </quote:${registeredId(emulator, 'quote')}>.`,
    );
    // The summary's "ask anything" line, as the product writes it.
    expect(await replyData(running.url, 'xen-news')).toContain(`</xen-news:${registeredId(emulator, 'xen-news')}>`);
    const learning = emulator.rest.requests.filter(commandLists).slice(asked);
    expect(learning.map((request) => [request.route, request.authorization])).toEqual([
      [`/applications/${emulator.applicationId}/commands`, `Bot ${emulator.token}`],
    ]);
  });

  it("with DISCORD_GUILD_ID, as that server's commands", async ({ onTestFinished }) => {
    const guildId = '1000000000000000001';
    const emulator = await emulatorWithCommands(onTestFinished, guildId);
    const { running, waitForLog } = await endpoint(onTestFinished, { ...tokenEnv(emulator), DISCORD_GUILD_ID: guildId });
    expect(await waitForLog(learnedIds)).toMatchObject({ scope: `server ${guildId}` });
    expect(await mentionReply(running.url)).toBe(
      `Try </xen-news:${registeredId(emulator, 'xen-news', guildId)}> or </quote:${registeredId(emulator, 'quote', guildId)}>.`,
    );
    expect(emulator.rest.requests.filter(commandLists).at(-1)?.route).toBe(
      `/applications/${emulator.applicationId}/guilds/${guildId}/commands`,
    );
  });

  it('as plain text without a token, asking Discord nothing', async ({ onTestFinished }) => {
    const emulator = await emulatorWithCommands(onTestFinished);
    const before = emulator.rest.requests.length;
    const { running, lines } = await endpoint(onTestFinished, { DISCORD_API_URL: emulator.apiUrl });
    expect(await mentionReply(running.url)).toBe('Try `/xen-news` or `/quote`.');
    expect(emulator.rest.requests.slice(before)).toEqual([]);
    expect(lines.filter((line) => (line.level as number) >= 40)).toEqual([]);
  });

  it('as plain text, with a warning, when Discord refuses the token; the endpoint serves on', async ({ onTestFinished }) => {
    const emulator = await emulatorWithCommands(onTestFinished);
    const { running, waitForLog } = await endpoint(onTestFinished, {
      ...tokenEnv(emulator),
      DISCORD_TOKEN: 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxEmul.bm90LXRoZS1lbXVsYXRvcnMtdG9rZW4tYXQtYWxs',
    });
    expect(await waitForLog(couldNotLearn)).toMatchObject({ level: 40, error: { status: 401 } });
    expect(await mentionReply(running.url)).toBe('Try `/xen-news` or `/quote`.');
  });

  it('refuses DISCORD_TOKEN without DISCORD_APPLICATION_ID, naming the missing variable', async ({ onTestFinished }) => {
    const emulator = await emulatorWithCommands(onTestFinished);
    const start = endpoint(onTestFinished, { DISCORD_TOKEN: emulator.token, DISCORD_API_URL: emulator.apiUrl });
    await expect(start).rejects.toThrow(ConfigError);
    await expect(start).rejects.toThrow(/^DISCORD_APPLICATION_ID is not set: must be set with DISCORD_TOKEN/);
  });
});
