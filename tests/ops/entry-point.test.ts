import { once } from 'node:events';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  type DiscordEmulator,
  emulatorApplicationId,
  emulatorToken,
  interactionPayload,
  startDiscordEmulator,
  stringOption,
} from '../emulator/index.js';
import { runEntryPoint } from '../helpers/entry-point.js';
import { type RunningEntryPoint, startEntryPoint } from '../helpers/running-entry-point.js';
import { applicationKeyPair, postSigned, signatureHeaders } from '../transports/http/signed.js';

type OnFinished = (fn: () => Promise<void>) => void;

async function emulator(onTestFinished: OnFinished): Promise<DiscordEmulator> {
  const started = await startDiscordEmulator();
  onTestFinished(() => started.stop());
  return started;
}

function entryPoint(onTestFinished: OnFinished, args: string[], env: NodeJS.ProcessEnv): RunningEntryPoint {
  const running = startEntryPoint(args, env);
  onTestFinished(() => running.kill());
  return running;
}

async function opsUrl(bot: RunningEntryPoint): Promise<string> {
  const { url } = (await bot.waitForLog('serving /metrics and /healthz')) as { url: string };
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  return url;
}

async function health(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${url}/healthz`);
  return { status: response.status, body: await response.text() };
}

async function metrics(url: string): Promise<string> {
  const response = await fetch(`${url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of one sample line (`name{labels} value`), or undefined when it is not there. */
function sample(text: string, line: string): number | undefined {
  const found = text.split('\n').find((candidate) => candidate.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
}

describe.concurrent('OPS_PORT in gateway mode, through the real entry point', () => {
  it('/healthz is 503 until READY, 200 while serving and 503 while draining; interactions move the counters', async ({
    onTestFinished,
  }) => {
    const discord = await emulator(onTestFinished);
    // Log-in waits on Discord's gateway address: the bot is up but not ready.
    const gatewayAddress = discord.rest.hold(/^\/gateway\/bot$/);
    const bot = entryPoint(onTestFinished, [], {
      DISCORD_TOKEN: emulatorToken,
      DISCORD_APPLICATION_ID: emulatorApplicationId,
      DISCORD_API_URL: discord.apiUrl,
      OPS_PORT: '0',
    });
    const ops = await opsUrl(bot);
    await gatewayAddress.received;
    expect(await health(ops)).toEqual({ status: 503, body: 'starting\n' });
    expect(sample(await metrics(ops), 'xen_news_interactions_total{command="quote",kind="command",outcome="ok"}')).toBe(
      undefined,
    );

    gatewayAddress.release();
    await bot.waitForLog('connected to Discord');
    expect(await health(ops)).toEqual({ status: 200, body: 'ok\n' });

    const quote = discord.dispatchInteraction({ kind: 'command', name: 'quote', options: [stringOption('source', 'citrix')] });
    await discord.callbackOf(quote);
    const unknown = discord.dispatchInteraction({ kind: 'command', name: 'quote', options: [stringOption('source', 'nobody')] });
    await discord.callbackOf(unknown);
    const press = discord.dispatchInteraction({ kind: 'button', customId: 'xen-news:show:people' });
    await discord.callbackOf(press);
    const text = await metrics(ops);
    expect(sample(text, 'xen_news_interactions_total{command="quote",kind="command",outcome="ok"}')).toBe(1);
    expect(sample(text, 'xen_news_interactions_total{command="quote",kind="command",outcome="user-error"}')).toBe(1);
    expect(sample(text, 'xen_news_interactions_total{command="xen-news",kind="button",outcome="ok"}')).toBe(1);
    expect(sample(text, 'xen_news_interaction_duration_seconds_count{kind="command"}')).toBe(2);
    expect(sample(text, 'xen_news_interaction_duration_seconds_bucket{le="+Inf",kind="command"}')).toBe(2);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);

    // An answer still in flight keeps the bot draining after SIGTERM: health says so meanwhile.
    const held = discord.rest.hold(/\/callback$/);
    discord.dispatchInteraction({ kind: 'command', name: 'xen-news' });
    await held.received;
    bot.child.kill('SIGTERM');
    await bot.waitForLog('shutting down');
    expect(await health(ops)).toEqual({ status: 503, body: 'draining\n' });
    held.release();
    expect((await bot.exited).code).toBe(0);
  });
});

describe.concurrent('gateway gauges, through the real entry point', () => {
  it("shows each shard's status once ready, and the heartbeat round trip once Discord has acknowledged one", async ({
    onTestFinished,
  }) => {
    const discord = await startDiscordEmulator({ heartbeatIntervalMs: 250 });
    onTestFinished(() => discord.stop());
    const bot = entryPoint(onTestFinished, [], {
      DISCORD_TOKEN: emulatorToken,
      DISCORD_APPLICATION_ID: emulatorApplicationId,
      DISCORD_API_URL: discord.apiUrl,
      OPS_PORT: '0',
    });
    const ops = await opsUrl(bot);
    await bot.waitForLog('connected to Discord');
    // discord.js's Status.Ready is 0.
    expect(sample(await metrics(ops), 'xen_news_gateway_shard_status{shard="0"}')).toBe(0);
    // The ping is read every 5 s; the emulator acknowledges a heartbeat every 250 ms.
    await expect
      .poll(async () => sample(await metrics(ops), 'xen_news_gateway_ping_seconds'), { timeout: 15_000, interval: 500 })
      .toBeGreaterThanOrEqual(0);
    const ping = sample(await metrics(ops), 'xen_news_gateway_ping_seconds') ?? Number.NaN;
    expect(ping).toBeLessThan(5);
  });
});

describe.concurrent('OPS_PORT in HTTP mode, through the real entry point', () => {
  const { publicKeyHex, privateKey } = applicationKeyPair();

  it('counts signed interactions by command, kind and outcome, and serves health apart from the public port', async ({
    onTestFinished,
  }) => {
    const bot = entryPoint(onTestFinished, ['--http'], { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0', OPS_PORT: '0' });
    const ops = await opsUrl(bot);
    const { url } = (await bot.waitForLog('listening for Discord interactions')) as { url: string };
    expect(new URL(url).port).not.toBe(new URL(ops).port);
    expect(await health(ops)).toEqual({ status: 200, body: 'ok\n' });

    const context = { applicationId: '1100000000000000001', guildId: '1000000000000000001' };
    for (const spec of [
      { kind: 'command', name: 'quote', options: [stringOption('source', 'gartner')] },
      { kind: 'command', name: 'quote', options: [stringOption('source', 'gartner')] },
      { kind: 'autocomplete', name: 'quote', options: [stringOption('source', 'ci', true)] },
    ] as const) {
      const response = await postSigned(url, privateKey, JSON.stringify(interactionPayload(spec, context)));
      expect(response.status).toBe(200);
    }
    const text = await metrics(ops);
    expect(sample(text, 'xen_news_interactions_total{command="quote",kind="command",outcome="ok"}')).toBe(2);
    expect(sample(text, 'xen_news_interactions_total{command="quote",kind="autocomplete",outcome="ok"}')).toBe(1);
    expect(sample(text, 'xen_news_interaction_duration_seconds_count{kind="autocomplete"}')).toBe(1);
    // A gateway gauge would read 0 here, as if a gateway answered instantly: none is shown.
    expect(text).not.toContain('xen_news_gateway_ping_seconds');

    expect((await fetch(`${ops}/interactions`)).status).toBe(404);
    expect((await fetch(`${ops}/metrics`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(url.replace('/interactions', '/metrics'))).status).toBe(404);
  });

  it('counts refused signatures and requests whose client went away before the answer', async ({ onTestFinished }) => {
    const bot = entryPoint(onTestFinished, ['--http'], { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0', OPS_PORT: '0' });
    const ops = await opsUrl(bot);
    const { url } = (await bot.waitForLog('listening for Discord interactions')) as { url: string };
    const context = { applicationId: '1100000000000000001', guildId: '1000000000000000001' };
    const rejected = 'xen_news_http_rejected_signatures_total';
    const aborted = 'xen_news_http_aborted_requests_total';
    expect(sample(await metrics(ops), rejected)).toBe(0);

    const body = JSON.stringify(
      interactionPayload({ kind: 'command', name: 'quote', options: [stringOption('source', 'gartner')] }, context),
    );
    const tampered = await postSigned(url, privateKey, body, { signedBody: body.replace('gartner', 'citrix') });
    expect(tampered.status).toBe(401);
    const unsigned = await fetch(url, { method: 'POST', body });
    expect(unsigned.status).toBe(401);
    const stale = await postSigned(url, privateKey, body, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect(stale.status).toBe(401);
    expect((await postSigned(url, privateKey, body)).status).toBe(200);
    expect(sample(await metrics(ops), rejected)).toBe(3);

    // A client that sends half its body and hangs up: there is no one left to answer.
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    await once(socket, 'connect');
    const headers = signatureHeaders(privateKey, body, Math.floor(Date.now() / 1000));
    socket.write(
      `POST /interactions HTTP/1.1\r\nhost: ${hostname}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
        `x-signature-ed25519: ${headers['x-signature-ed25519']}\r\nx-signature-timestamp: ${headers['x-signature-timestamp']}\r\n\r\n${body.slice(0, 40)}`,
    );
    socket.destroy();
    await expect.poll(async () => sample(await metrics(ops), aborted), { timeout: 10_000 }).toBe(1);
    // The answered requests and the refusals were not aborted.
    expect(sample(await metrics(ops), rejected)).toBe(3);
  });

  it('serves nothing more without OPS_PORT', async ({ onTestFinished }) => {
    const bot = entryPoint(onTestFinished, ['--http'], { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0' });
    await bot.waitForLog('listening for Discord interactions');
    expect(bot.logs.map((line) => line.msg)).not.toContain('serving /metrics and /healthz');
  });

  it.each([
    [{ OPS_PORT: 'ninety' }, /^xen-news: OPS_PORT is malformed: must be a port number/],
    [{ OPS_PORT: '70000' }, /^xen-news: OPS_PORT is malformed: must be 0 \(any free port\) to 65535/],
    [{ REDIS_URL: 'http://:hunter2@cache:6379' }, /^xen-news: REDIS_URL is malformed: must be a redis:\/\/ or rediss:\/\/ URL/],
    [
      { PUBLIC_URL: 'ftp://bot.example.org' },
      /^xen-news: PUBLIC_URL is malformed: must be the http\(s\) address Discord reaches/,
    ],
    [{ PUBLIC_URL: 'https://bot.example.org/?x=1' }, /^xen-news: PUBLIC_URL is malformed: must be a plain address/],
  ])('refuses bad configuration with one line: %o', async (env, pattern) => {
    const run = await runEntryPoint(['--http'], { env: { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0', ...env } });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(pattern);
    expect(run.stderr).not.toContain('hunter2');
  });
});
