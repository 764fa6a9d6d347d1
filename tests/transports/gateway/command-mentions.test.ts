import { beforeAll, describe, expect, it } from 'vitest';
import { warmImages } from '../../../src/images/files.js';
import { getStory } from '../../../src/story/load.js';
import type { RecordedRequest } from '../../emulator/index.js';
import { couldNotLearn, learnedIds, mentionCommand, registerCommands, registeredId } from '../mention-command.js';
import { type BotUnderTest, startBotWithEmulator } from './harness.js';

type OnFinished = (fn: () => Promise<void>) => void;

async function started(onTestFinished: OnFinished, options: Parameters<typeof startBotWithEmulator>[0]): Promise<BotUnderTest> {
  const run = await startBotWithEmulator({ extraCommands: [mentionCommand], ...options });
  onTestFinished(() => run.stop());
  return run;
}

/** Everything the /xen-news summary shows, as the bot sent it. */
async function summaryText(run: BotUnderTest): Promise<string> {
  const interaction = run.emulator.dispatchInteraction({ kind: 'command', name: 'xen-news' });
  const callback = await run.emulator.callbackOf(interaction);
  return JSON.stringify((callback.body as { data: unknown }).data);
}

async function mentionReply(run: BotUnderTest): Promise<string> {
  const interaction = run.emulator.dispatchInteraction({ kind: 'command', name: 'mention-test' });
  const callback = await run.emulator.callbackOf(interaction);
  return String((callback.body as { data: { content: string } }).data.content);
}

const commandLists = (request: RecordedRequest) => request.method === 'GET' && request.route.endsWith('/commands');

// As `npm start` does before serving, so no summary here waits for its picture and is deferred.
beforeAll(() => warmImages(getStory()));

describe.concurrent('over the gateway, replies name commands', () => {
  it('as </name:id> once ready, with the ids of the globally registered commands, learned in one GET', async ({
    onTestFinished,
  }) => {
    const run = await started(onTestFinished, { beforeStart: (emulator) => registerCommands(emulator) });
    const learned = await run.waitForLog(learnedIds);
    expect(learned).toMatchObject({ scope: 'global', commands: ['xen-news', 'quote'] });
    const { emulator } = run;
    expect(await mentionReply(run)).toBe(
      `Try </xen-news:${registeredId(emulator, 'xen-news')}> or </quote:${registeredId(emulator, 'quote')}>.`,
    );
    // The summary's "ask anything" line, as the product writes it.
    expect(await summaryText(run)).toContain(`</xen-news:${registeredId(emulator, 'xen-news')}>`);
    const asked = emulator.rest.requests.filter(commandLists);
    // One GET by the deploy before the bot started, one by the bot.
    expect(asked.map((request) => [request.route, request.authorization])).toEqual([
      [`/applications/${emulator.applicationId}/commands`, `Bot ${emulator.token}`],
      [`/applications/${emulator.applicationId}/commands`, `Bot ${emulator.token}`],
    ]);
    // The test command was never registered: named as text, and the log says so.
    expect(run.logs.find((line) => line.level === 40)).toMatchObject({ unregistered: ['mention-test'] });
  });

  it("with DISCORD_GUILD_ID, as that server's commands (as `npm run deploy` registers them then)", async ({ onTestFinished }) => {
    const guildId = '1000000000000000001';
    const run = await started(onTestFinished, {
      env: { DISCORD_GUILD_ID: guildId },
      beforeStart: async (emulator) => {
        await registerCommands(emulator);
        await registerCommands(emulator, guildId);
      },
    });
    expect(await run.waitForLog(learnedIds)).toMatchObject({ scope: `server ${guildId}` });
    const { emulator } = run;
    expect(registeredId(emulator, 'xen-news', guildId)).not.toBe(registeredId(emulator, 'xen-news'));
    expect(await mentionReply(run)).toBe(
      `Try </xen-news:${registeredId(emulator, 'xen-news', guildId)}> or </quote:${registeredId(emulator, 'quote', guildId)}>.`,
    );
    expect(emulator.rest.requests.filter(commandLists).at(-1)?.route).toBe(
      `/applications/${emulator.applicationId}/guilds/${guildId}/commands`,
    );
  });

  it('as plain text when Discord will not list the commands: a warning, and the bot serves on', async ({ onTestFinished }) => {
    const run = await started(onTestFinished, {
      beforeStart: async (emulator) => {
        await registerCommands(emulator);
        emulator.rest.inject({ method: 'GET', route: /\/commands$/, status: 500, times: Number.POSITIVE_INFINITY });
      },
    });
    const warning = await run.waitForLog(couldNotLearn);
    expect(warning).toMatchObject({ level: 40, scope: 'global', error: { status: 500 } });
    expect(await mentionReply(run)).toBe('Try `/xen-news` or `/quote`.');
    const summary = await summaryText(run);
    expect(summary).toContain('`/xen-news`');
    expect(summary).not.toContain('</xen-news:');
    expect(run.logs.some((line) => line.msg === learnedIds)).toBe(false);
  });

  it('as plain text when the answer is not a list of commands', async ({ onTestFinished }) => {
    const run = await started(onTestFinished, {
      beforeStart: (emulator) => {
        emulator.rest.commands.set(`/applications/${emulator.applicationId}/commands`, [{ name: 'xen-news' }]);
      },
    });
    expect(await run.waitForLog(couldNotLearn)).toMatchObject({ error: { message: expect.stringContaining('not a list') } });
    expect(await mentionReply(run)).toBe('Try `/xen-news` or `/quote`.');
  });
});
