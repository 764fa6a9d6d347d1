import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyCardFile, storyCardName, timelineImageFile, timelineImageName } from '../src/images/files.js';
import * as prebuiltNames from '../src/images/prebuilt.js';
import { prebuiltDir } from '../src/images/prebuilt.js';
import { prebuiltIndexFile, prebuiltIndexUnusable } from '../src/qa/prebuilt.js';
import { defaultDataDir, getStory } from '../src/story/load.js';
import {
  emulatorApplicationId,
  emulatorToken,
  interactionPayload,
  startDiscordEmulator,
  stringOption,
} from './emulator/index.js';
import { projectRoot } from './helpers/entry-point.js';
import { applicationKeyPair, postSigned } from './transports/http/signed.js';

const built = join(projectRoot, 'dist/src/main.js');

/** `npm start`'s own command (`node dist/src/main.js`), its log lines collected. */
function startBuilt(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [built, ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const logLine = async (msg: string): Promise<Record<string, unknown>> => {
    for (let waited = 0; waited < 45_000; waited += 50) {
      const line = stderr
        .split('\n')
        .filter((text) => text.startsWith('{'))
        .map((text) => JSON.parse(text) as Record<string, unknown>)
        .find((parsed) => parsed.msg === msg);
      if (line) return line;
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no "${msg}" line:\n${stderr}`);
  };
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };
  return { child, logLine, stop, stderr: () => stderr };
}

describe.concurrent('the build npm start runs (dist/, made by npm ci and npm test)', () => {
  it('exists', () => {
    expect(existsSync(built)).toBe(true);
  });

  it('answers over the gateway, finding the story data from dist/', async ({ onTestFinished }) => {
    const discord = await startDiscordEmulator();
    onTestFinished(() => discord.stop());
    const bot = startBuilt([], {
      DISCORD_TOKEN: emulatorToken,
      DISCORD_APPLICATION_ID: emulatorApplicationId,
      DISCORD_API_URL: discord.apiUrl,
    });
    onTestFinished(() => bot.stop());
    await bot.logLine('connected to Discord');
    const quote = discord.dispatchInteraction({ kind: 'command', name: 'quote', options: [stringOption('source', 'gartner')] });
    expect(JSON.stringify((await discord.callbackOf(quote)).body)).toContain('final nail in the coffin');
    await bot.stop();
    expect(bot.child.exitCode).toBe(0);
  });

  it('answers signed HTTP requests and refuses others (the built signature worker started)', async ({ onTestFinished }) => {
    const { publicKeyHex, privateKey } = applicationKeyPair();
    const bot = startBuilt(['--http'], { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0' });
    onTestFinished(() => bot.stop());
    const { url } = (await bot.logLine('listening for Discord interactions')) as { url: string };
    const payload = interactionPayload(
      { kind: 'command', name: 'xen-news', options: [stringOption('question', 'who is michael warrilow?')] },
      { applicationId: emulatorApplicationId, guildId: '1000000000000000001' },
    );
    const answer = await postSigned(url, privateKey, JSON.stringify(payload));
    expect(JSON.stringify(await answer.json())).toContain('Warrilow');
    expect((await postSigned(url, applicationKeyPair().privateKey, JSON.stringify(payload))).status).toBe(401);
  });
});

describe('the images the build draws ahead', () => {
  it("are the renderer's, under the names replies attach, with their alt text, for the current data", async () => {
    const manifest = JSON.parse(readFileSync(join(prebuiltDir, 'manifest.json'), 'utf8')) as {
      dataKey: string;
      files: { name: string; description: string; file: string }[];
    };
    expect(manifest.dataKey).toBe(getStory().dataDigest);
    expect([prebuiltNames.storyCardName, prebuiltNames.timelineImageName]).toEqual([storyCardName, timelineImageName]);
    const story = getStory();
    for (const rendered of [await storyCardFile(story), await timelineImageFile(story)]) {
      const entry = manifest.files.find((file) => file.name === rendered.name);
      expect(entry?.description).toBe(rendered.description);
      expect(Buffer.compare(readFileSync(join(prebuiltDir, entry?.file ?? '')), Buffer.from(rendered.data))).toBe(0);
    }
  });

  it('give way to rendering at run time when the data differ from the build', async ({ onTestFinished }) => {
    const dir = mkdtempSync(join(tmpdir(), 'xen-news-build-data-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(defaultDataDir, dir, { recursive: true });
    // Same story, other bytes: the build cannot tell the images would come out the same.
    writeFileSync(join(dir, 'people.json'), JSON.stringify(JSON.parse(readFileSync(join(dir, 'people.json'), 'utf8'))));
    const { publicKeyHex, privateKey } = applicationKeyPair();
    const bot = startBuilt(['--http'], { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0', XEN_NEWS_DATA_DIR: dir });
    onTestFinished(() => bot.stop());
    const { url } = (await bot.logLine('listening for Discord interactions')) as { url: string };
    await bot.logLine('rendering the images: the story data differ from the build (npm run build draws them ahead)');
    // Once drawn, a picture is sent at once; before, a reply would wait for the same render (or be deferred on a slow machine).
    await bot.logLine('rendered the images');
    const payload = interactionPayload(
      { kind: 'command', name: 'xen-news', options: [stringOption('section', 'timeline')] },
      { applicationId: emulatorApplicationId, guildId: '1000000000000000001' },
    );
    const answer = await postSigned(url, privateKey, JSON.stringify(payload));
    expect(answer.headers.get('content-type')).toMatch(/^multipart\/form-data/);
    expect(await answer.text()).toContain('filename="timeline.png"');
  });
});

describe('the question index the build stores', () => {
  it('is that of the current story data, language files and engine code', () => {
    expect(prebuiltIndexUnusable(getStory(), prebuiltIndexFile)).toBeNull();
  });

  it('gives way to building the index at start when the data differ from the build, and says so', async ({ onTestFinished }) => {
    const dir = mkdtempSync(join(tmpdir(), 'xen-news-build-qa-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(defaultDataDir, dir, { recursive: true });
    writeFileSync(join(dir, 'quotes.json'), JSON.stringify(JSON.parse(readFileSync(join(dir, 'quotes.json'), 'utf8'))));
    const { publicKeyHex, privateKey } = applicationKeyPair();
    const bot = startBuilt(['--http'], { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0', XEN_NEWS_DATA_DIR: dir });
    onTestFinished(() => bot.stop());
    await bot.logLine(
      'built the question index at start: dist/qa-index.bin is stale: the story data, the language or topic files or the Node version changed since it was built (npm run build stores it ahead)',
    );
    const { url } = (await bot.logLine('listening for Discord interactions')) as { url: string };
    const payload = interactionPayload(
      { kind: 'command', name: 'xen-news', options: [stringOption('question', 'who is michael warrilow?')] },
      { applicationId: emulatorApplicationId, guildId: '1000000000000000001' },
    );
    expect(JSON.stringify(await (await postSigned(url, privateKey, JSON.stringify(payload))).json())).toContain('research veep');
  });
});
