import { once } from 'node:events';
import { createServer } from 'node:net';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/env.js';
import { startBot } from '../../src/start.js';
import { applicationKeyPair } from '../transports/http/signed.js';

const { publicKeyHex } = applicationKeyPair();

function io() {
  const logs = new PassThrough();
  const lines: Record<string, unknown>[] = [];
  logs.on('data', (chunk) => {
    for (const text of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(text));
  });
  const stdin = new PassThrough();
  stdin.end();
  return { stdin, stdout: new PassThrough(), logDestination: logs, lines };
}

describe('startBot with OPS_PORT', () => {
  it('serves health while running, and closes the ops endpoint when the bot is stopped', async () => {
    const streams = io();
    const running = await startBot({
      argv: ['--http'],
      env: { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0', OPS_PORT: '0' },
      ...streams,
    });
    const { url } = streams.lines.find((line) => line.msg === 'serving /metrics and /healthz') as { url: string };
    const healthz = await fetch(`${url}/healthz`, { method: 'HEAD' });
    expect(healthz.status).toBe(200);
    expect(await healthz.text()).toBe('');
    expect(await (await fetch(`${url}/metrics`)).text()).toContain('xen_news_interactions_total');
    await running?.stop();
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('names an OPS_PORT that is already in use, and leaves nothing running', async () => {
    const taken = createServer().listen(0, '127.0.0.1');
    await once(taken, 'listening');
    const { port } = taken.address() as { port: number };
    try {
      const streams = io();
      const start = startBot({
        argv: ['--http'],
        env: { DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0', OPS_PORT: String(port) },
        ...streams,
      });
      await expect(start).rejects.toThrow(ConfigError);
      await expect(start).rejects.toThrow(`OPS_PORT ${port} is in use on 127.0.0.1: set OPS_PORT to a free port.`);
      expect(streams.lines.map((line) => line.msg)).not.toContain('listening for Discord interactions');
    } finally {
      taken.close();
    }
  });

  it('serves no metrics in the console, which has no one to scrape it', async () => {
    const streams = io();
    expect(await startBot({ argv: ['--console', '--json'], env: { OPS_PORT: '0' }, ...streams })).toBeUndefined();
    expect(streams.lines.map((line) => line.msg)).not.toContain('serving /metrics and /healthz');
  });
});
