import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { interactionPayload, stringOption } from '../../emulator/index.js';
import { type RunningEntryPoint, startEntryPoint } from '../../helpers/running-entry-point.js';
import { applicationKeyPair, postSigned } from './signed.js';

const { publicKeyHex, privateKey } = applicationKeyPair();
const publicUrl = 'https://xen-news.example.org/bot';
const context = { applicationId: '1100000000000000001', guildId: '1000000000000000001' };
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type OnFinished = (fn: () => Promise<void>) => void;

async function httpBot(onTestFinished: OnFinished, env: NodeJS.ProcessEnv): Promise<string> {
  const bot: RunningEntryPoint = startEntryPoint(['--http'], { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0', ...env });
  onTestFinished(() => bot.kill());
  const { url } = (await bot.waitForLog('listening for Discord interactions')) as { url: string };
  return url;
}

function section(value: string): string {
  return JSON.stringify(
    interactionPayload({ kind: 'command', name: 'xen-news', options: [stringOption('section', value)] }, context),
  );
}

interface Embed {
  image?: { url: string };
}

async function answer(url: string, value: string) {
  const response = await postSigned(url, privateKey, section(value));
  expect(response.status).toBe(200);
  return { contentType: response.headers.get('content-type') ?? '', text: await response.text() };
}

describe.concurrent('PUBLIC_URL: pictures by URL, through the real entry point with signed requests', () => {
  it('links each picture to PUBLIC_URL/images/<content hash>.png and serves it there, cacheable for good', async ({
    onTestFinished,
  }) => {
    const url = await httpBot(onTestFinished, { PUBLIC_URL: `${publicUrl}/` });
    const origin = new URL(url).origin;
    const pictures = new Set<string>();
    for (const value of ['summary', 'timeline', 'social']) {
      const { contentType, text } = await answer(url, value);
      // No upload: the answer is JSON alone, its embeds pointing at the bot's own address.
      expect(contentType).toBe('application/json');
      const { data } = JSON.parse(text) as { data: { embeds: Embed[]; attachments?: unknown[] } };
      expect(data.attachments ?? []).toEqual([]);
      const imageUrls = data.embeds.flatMap((embed) => (embed.image ? [embed.image.url] : []));
      expect(imageUrls).toHaveLength(1);
      expect(imageUrls[0]).toMatch(new RegExp(`^${publicUrl}/images/[0-9a-f]{32}\\.png$`));
      pictures.add(imageUrls[0] as string);
    }
    // The summary and the social card show the same story card: one URL.
    expect(pictures.size).toBe(2);

    for (const picture of pictures) {
      const path = picture.slice(publicUrl.length);
      const hash = path.slice('/images/'.length, -'.png'.length);
      const response = await fetch(`${origin}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('etag')).toBe(`"${hash}"`);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 8)).toEqual(pngSignature);
      expect(createHash('sha256').update(bytes).digest('hex').slice(0, 32)).toBe(hash);
      expect(Number(response.headers.get('content-length'))).toBe(bytes.length);

      const revalidated = await fetch(`${origin}${path}`, { headers: { 'if-none-match': `"${hash}"` } });
      expect(revalidated.status).toBe(304);
      expect(await revalidated.text()).toBe('');
      const changed = await fetch(`${origin}${path}`, { headers: { 'if-none-match': '"0123"' } });
      expect(changed.status).toBe(200);
      const head = await fetch(`${origin}${path}`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-length')).toBe(String(bytes.length));
    }
    expect((await fetch(`${origin}/images/${'0'.repeat(32)}.png`)).status).toBe(404);
    expect((await fetch(`${origin}/images/../interactions.png`)).status).toBe(404);
    expect((await fetch([...pictures][0]?.replace(publicUrl, origin) ?? '', { method: 'POST' })).status).toBe(405);
    // Text answers are as they were.
    expect((await answer(url, 'people')).contentType).toBe('application/json');
  });

  it('any instance serves a picture another one linked, before it has sent it itself', async ({ onTestFinished }) => {
    const [first, second] = await Promise.all([
      httpBot(onTestFinished, { PUBLIC_URL: publicUrl }),
      httpBot(onTestFinished, { PUBLIC_URL: publicUrl }),
    ]);
    const { text } = await answer(first, 'timeline');
    const picture = (JSON.parse(text) as { data: { embeds: Embed[] } }).data.embeds[0]?.image?.url ?? '';
    const fromSecond = await fetch(picture.replace(publicUrl, new URL(second).origin));
    expect(fromSecond.status).toBe(200);
    expect(Buffer.from(await fromSecond.arrayBuffer()).subarray(0, 8)).toEqual(pngSignature);

    // Without PUBLIC_URL nothing changes: the picture is uploaded with the answer, and nothing is served.
    const uploading = await httpBot(onTestFinished, {});
    const uploaded = await answer(uploading, 'timeline');
    expect(uploaded.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(uploaded.text).toContain('"image":{"url":"attachment://timeline.png"}');
    expect((await fetch(picture.replace(publicUrl, new URL(uploading).origin))).status).toBe(404);
  });
});
