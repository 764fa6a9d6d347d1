import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyCommand } from '../../../src/core/command.js';
import { createInteractionHandler } from '../../../src/core/dispatch.js';
import { UserError } from '../../../src/core/errors.js';
import { warmImages } from '../../../src/images/files.js';
import { sections } from '../../../src/render/sections.js';
import { getStory } from '../../../src/story/load.js';
import {
  createInteractionServer,
  type InteractionServer,
  type InteractionServerOptions,
} from '../../../src/transports/http/endpoint.js';
import { maxBodyBytes } from '../../../src/transports/http/verify-request.js';
import {
  type DiscordEmulator,
  type InteractionSpec,
  interactionPayload,
  startDiscordEmulator,
  stringOption,
} from '../../emulator/index.js';
import { commands } from '../../helpers/commands.js';
import { capturingLogger } from '../../helpers/logger.js';
import { applicationKeyPair, postSigned, signatureHeaders } from './signed.js';

const { publicKeyHex, privateKey } = applicationKeyPair();
const applicationId = '1100000000000000001';
const guildId = '1000000000000000001';
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// Far below Discord's 3 s to keep the tests quick, far above what a real command takes even on a
// busy CI machine, so only the slow test commands are ever deferred.
const deferAfterMs = 250;
const slowMs = 3 * deferAfterMs;

/** Test-only commands: a file reply, and answers slower than the endpoint's defer threshold. */
const testCommands: AnyCommand[] = [
  {
    data: { name: 'attach-test', toJSON: () => ({ name: 'attach-test', description: 'Replies with a file' }) },
    execute: () => ({
      content: 'with a file',
      embeds: [{ image: { url: 'attachment://card.png' } }],
      files: [{ name: 'card.png', contentType: 'image/png', description: 'A test card', data: png }],
    }),
  },
  {
    data: { name: 'slow', toJSON: () => ({ name: 'slow', description: 'Answers late' }) },
    async execute() {
      await wait(slowMs);
      return { content: 'answered slowly' };
    },
    async press({ args }) {
      await wait(slowMs);
      return args[0] === 'new'
        ? { type: 'message', message: { content: 'a new message, slowly' } }
        : { type: 'update', message: { content: 'updated slowly' } };
    },
  },
  {
    data: { name: 'slow-private', toJSON: () => ({ name: 'slow-private', description: 'Fails late' }) },
    async execute() {
      await wait(slowMs);
      throw new UserError('error.question-and-section');
    },
  },
];

let emulator: DiscordEmulator;
let endpoint: InteractionServer;
let url: string;
const { logger, lines: logs } = capturingLogger('debug');

beforeAll(async () => {
  // As `npm start` does before serving: with the images ready, only the slow test commands outlast
  // the short defer threshold used here.
  await warmImages(getStory());
  emulator = await startDiscordEmulator();
  const handler = createInteractionHandler([...commands, ...testCommands], logger);
  endpoint = createInteractionServer({ handler, logger, publicKey: publicKeyHex, apiUrl: emulator.apiUrl, deferAfterMs });
  const address = await endpoint.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await endpoint.stop();
  await emulator.stop();
});

function payload(spec: InteractionSpec) {
  return interactionPayload(spec, { applicationId, guildId });
}

type CallbackBody = { type: number; data?: Record<string, unknown> & { flags?: number } };

/** Posts a signed interaction and reads the callback, JSON or (with files) multipart. */
async function interact(spec: InteractionSpec) {
  const sent = payload(spec);
  const response = await postSigned(`${url}/interactions`, privateKey, JSON.stringify(sent));
  expect(response.status).toBe(200);
  if (response.headers.get('content-type') === 'application/json')
    return { sent, body: (await response.json()) as CallbackBody, files: [] as File[] };
  const form = await response.formData();
  const files = [...form.keys()].filter((key) => key.startsWith('files[')).map((key) => form.get(key) as File);
  return { sent, body: JSON.parse(String(form.get('payload_json'))) as CallbackBody, files };
}

describe('POST /interactions answers verified interactions with the same handlers as every transport', () => {
  it('answers PING with PONG', async () => {
    const response = await postSigned(`${url}/interactions`, privateKey, '{"type":1}');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ type: InteractionResponseType.Pong });
  });

  it.each(sections)('answers /xen-news section:%s with a message (type 4) that pings no one', async (section) => {
    const { body } = await interact({ kind: 'command', name: 'xen-news', options: [stringOption('section', section)] });
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(body.data?.embeds).toEqual(expect.arrayContaining([expect.objectContaining({ title: expect.any(String) })]));
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
  });

  it('sends the story card with the summary as a PNG part, described in attachments', async () => {
    const { body, files } = await interact({ kind: 'command', name: 'xen-news' });
    expect(body.data?.attachments).toEqual([
      { id: 0, filename: 'story-card.png', description: expect.stringContaining('Story card') },
    ]);
    expect(files.map((f) => [f.name, f.type])).toEqual([['story-card.png', 'image/png']]);
    const bytes = new Uint8Array(await (files[0] as File).arrayBuffer());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it("answers /xen-news question: with the engine's cited answer", async () => {
    const { body } = await interact({
      kind: 'command',
      name: 'xen-news',
      options: [stringOption('question', 'who is michael warrilow?')],
    });
    expect(JSON.stringify(body.data)).toContain('Gartner');
  });

  it('answers /quote source:gartner with the verbatim quote', async () => {
    const { body } = await interact({ kind: 'command', name: 'quote', options: [stringOption('source', 'gartner')] });
    expect(JSON.stringify(body.data)).toContain('final nail in the coffin');
  });

  it('answers a user error ephemerally', async () => {
    const { body } = await interact({ kind: 'command', name: 'quote', options: [stringOption('source', 'oracle-ceo')] });
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(body.data?.flags).toBe(MessageFlags.Ephemeral);
  });

  it('answers autocomplete with at most 25 choices (type 8)', async () => {
    const { body } = await interact({ kind: 'autocomplete', name: 'quote', options: [stringOption('source', 'gar', true)] });
    expect(body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = body.data?.choices as { value: string }[];
    expect(choices.map((c) => c.value)).toContain('gartner');
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('updates the message a "show" button sits on (type 7), emptying what the new section lacks', async () => {
    const { body } = await interact({ kind: 'button', customId: 'xen-news:show:people' });
    expect(body.type).toBe(InteractionResponseType.UpdateMessage);
    expect(body.data?.content).toBe('');
    expect(body.data?.attachments).toEqual([]);
    expect(JSON.stringify(body.data?.embeds)).toContain('People in the story');
  });

  it('replaces the image when a "show" button switches to the timeline', async () => {
    const { body, files } = await interact({ kind: 'button', customId: 'xen-news:show:timeline' });
    expect(body.type).toBe(InteractionResponseType.UpdateMessage);
    expect(body.data?.attachments).toEqual([{ id: 0, filename: 'timeline.png', description: expect.any(String) }]);
    expect(files.map((f) => f.name)).toEqual(['timeline.png']);
  });

  it('opens a section privately from an "open" button (type 4, ephemeral)', async () => {
    const { body } = await interact({ kind: 'button', customId: 'xen-news:open:people' });
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(body.data?.flags).toBe(MessageFlags.Ephemeral);
  });

  it('sends files as multipart/form-data: payload_json with attachments, then the file parts', async () => {
    const sent = payload({ kind: 'command', name: 'attach-test' });
    const response = await postSigned(`${url}/interactions`, privateKey, JSON.stringify(sent));
    expect(response.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const form = await response.formData();
    const json = JSON.parse(String(form.get('payload_json')));
    expect(json.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(json.data.attachments).toEqual([{ id: 0, filename: 'card.png', description: 'A test card' }]);
    expect(json.data.files).toBeUndefined();
    const file = form.get('files[0]') as File;
    expect(file.name).toBe('card.png');
    expect(file.type).toBe('image/png');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(png);
  });

  it('answers 200 distinct concurrent interactions, each with its own answer', async () => {
    const sources = ['gartner', 'citrix', 'aws', 'linux-foundation'];
    const responses = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const source = sources[i % sources.length] ?? 'gartner';
        const { body } = await interact({ kind: 'command', name: 'quote', options: [stringOption('source', source)] });
        return { source, body };
      }),
    );
    for (const { body } of responses) expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const gartner = responses.filter((r) => r.source === 'gartner');
    for (const { body } of gartner) expect(JSON.stringify(body.data)).toContain('Gartner');
  });
});

describe('POST /interactions refuses what Discord did not sign, before reading it', () => {
  const body = JSON.stringify({ type: 1 });

  it('refuses a request without signature headers with 401', async () => {
    const response = await fetch(`${url}/interactions`, { method: 'POST', body });
    expect(response.status).toBe(401);
  });

  it('refuses a signature made with another key with 401', async () => {
    const other = applicationKeyPair();
    const response = await postSigned(`${url}/interactions`, other.privateKey, body);
    expect(response.status).toBe(401);
  });

  it('refuses a tampered body with 401', async () => {
    const signed = JSON.stringify(payload({ kind: 'command', name: 'quote', options: [stringOption('source', 'aws')] }));
    const response = await postSigned(`${url}/interactions`, privateKey, signed.replace('"aws"', '"gartner"'), {
      signedBody: signed,
    });
    expect(response.status).toBe(401);
  });

  it('refuses a malformed signature with 401', async () => {
    const response = await postSigned(`${url}/interactions`, privateKey, body, {
      headers: { 'x-signature-ed25519': 'zz'.repeat(64) },
    });
    expect(response.status).toBe(401);
  });

  it.each([
    ['stale (301 s old)', -301],
    ['from the future (301 s ahead)', 301],
  ])('refuses a correctly signed request whose timestamp is %s with 401, as a replay', async (_, offset) => {
    const response = await postSigned(`${url}/interactions`, privateKey, body, {
      timestamp: Math.floor(Date.now() / 1000) + offset,
    });
    expect(response.status).toBe(401);
  });

  it('accepts a timestamp 4 minutes old (clocks drift)', async () => {
    const response = await postSigned(`${url}/interactions`, privateKey, body, {
      timestamp: Math.floor(Date.now() / 1000) - 240,
    });
    expect(response.status).toBe(200);
  });

  it('refuses a body over the size limit with 413, declared or streamed', async () => {
    const big = `{"type":1,"pad":"${'x'.repeat(maxBodyBytes)}"}`;
    const declared = await postSigned(`${url}/interactions`, privateKey, big);
    expect(declared.status).toBe(413);

    const timestamp = Math.floor(Date.now() / 1000);
    const streamed = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${url}/interactions`, {
        method: 'POST',
        headers: { ...signatureHeaders(privateKey, big, timestamp), 'transfer-encoding': 'chunked' },
      });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      for (let i = 0; i < big.length; i += 8192) request.write(big.slice(i, i + 8192));
      request.end();
    });
    expect(streamed).toBe(413);
  });
});

describe('POST /interactions refuses signed bodies that are not interactions it answers, with 400', () => {
  it.each([
    ['malformed JSON', '{"type":2,'],
    ['a JSON array', '[1,2]'],
    ['an unknown interaction type', '{"type":42}'],
    ['a modal submit, which this bot never opens', '{"type":5,"id":"1","application_id":"2","token":"t","data":{}}'],
    [
      'a command without its name',
      '{"type":2,"id":"1","application_id":"2","token":"t","user":{"id":"3","username":"u"},"data":{}}',
    ],
    ['a command from no user', '{"type":2,"id":"1","application_id":"2","token":"t","data":{"name":"quote"}}'],
  ])('%s', async (_, body) => {
    const response = await postSigned(`${url}/interactions`, privateKey, body);
    expect(response.status).toBe(400);
    expect((await response.text()).length).toBeLessThan(200);
  });
});

describe('POST /interactions refuses options nested deeper than Discord nests them (3 levels), with 400', () => {
  /**
   * A /quote body whose options are nested `depth` deep: groups around one string option. Built as
   * text: JSON.stringify itself overflows the stack on thousands of levels.
   */
  function nested(depth: number) {
    const sent = payload({ kind: 'command', name: 'quote' });
    let options = JSON.stringify([stringOption('source', 'gartner')]);
    for (let level = 1; level < depth; level++) options = `[{"name":"g${level}","type":2,"options":${options}}]`;
    return JSON.stringify({ ...sent, data: { name: 'quote', type: 1, options: '@' } }).replace('"@"', options);
  }

  it.each([4, 800, 1600])('%i levels get 400 naming the limit', async (depth) => {
    const response = await postSigned(`${url}/interactions`, privateKey, nested(depth));
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain('options nested more than 3 deep');
    expect(text.length).toBeLessThan(200);
  });

  it('3 levels (a subcommand group, a subcommand, its options) are answered', async () => {
    const response = await postSigned(`${url}/interactions`, privateKey, nested(3));
    expect(response.status).toBe(200);
  });
});

describe('other paths and methods', () => {
  it('GET /healthz answers 200 ok', async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok\n');
  });

  it('answers 404 for an unknown path and 405 (with Allow) for a wrong method', async () => {
    expect((await fetch(`${url}/`)).status).toBe(404);
    const get = await fetch(`${url}/interactions`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const post = await fetch(`${url}/healthz`, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});

describe('slow handlers are deferred inside the 3-second window and completed through the webhook', () => {
  it('defers a slow command (type 5), then edits the original message', async () => {
    const started = performance.now();
    const sent = payload({ kind: 'command', name: 'slow' });
    emulator.acknowledgedOverHttp(sent, InteractionResponseType.DeferredChannelMessageWithSource);
    const response = await postSigned(`${url}/interactions`, privateKey, JSON.stringify(sent));
    expect(await response.json()).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource });
    // Acknowledged without waiting for the handler.
    expect(performance.now() - started).toBeLessThan(slowMs);
    const [edit] = await emulator.rest.waitFor((r) => r.route.includes(sent.token) && r.method === 'PATCH');
    expect(edit?.route).toBe(`/webhooks/${applicationId}/${sent.token}/messages/@original`);
    expect(edit?.status).toBe(200);
    expect(edit?.body).toMatchObject({ content: 'answered slowly', embeds: [], components: [], allowed_mentions: { parse: [] } });
  });

  it('keeps a slow private answer private: deletes the deferred reply and follows up ephemerally', async () => {
    const sent = payload({ kind: 'command', name: 'slow-private' });
    emulator.acknowledgedOverHttp(sent, InteractionResponseType.DeferredChannelMessageWithSource);
    await postSigned(`${url}/interactions`, privateKey, JSON.stringify(sent));
    const [removed, followUp] = await emulator.rest.waitFor((r) => r.route.includes(sent.token), 2);
    expect(removed?.method).toBe('DELETE');
    expect(followUp?.method).toBe('POST');
    expect(followUp?.body).toMatchObject({
      content: 'Use either `question` or `section`, not both.',
      flags: MessageFlags.Ephemeral,
    });
  });

  it('defers a slow button as an update (type 6), then edits the message it sits on', async () => {
    const sent = payload({ kind: 'button', customId: 'slow:update' });
    emulator.acknowledgedOverHttp(sent, InteractionResponseType.DeferredMessageUpdate);
    const response = await postSigned(`${url}/interactions`, privateKey, JSON.stringify(sent));
    expect(await response.json()).toEqual({ type: InteractionResponseType.DeferredMessageUpdate });
    const [edit] = await emulator.rest.waitFor((r) => r.route.includes(sent.token));
    expect(edit?.method).toBe('PATCH');
    expect(edit?.body).toMatchObject({ content: 'updated slowly' });
  });

  it("sends a slow button's new message as a follow-up", async () => {
    const sent = payload({ kind: 'button', customId: 'slow:new' });
    emulator.acknowledgedOverHttp(sent, InteractionResponseType.DeferredMessageUpdate);
    await postSigned(`${url}/interactions`, privateKey, JSON.stringify(sent));
    const [followUp] = await emulator.rest.waitFor((r) => r.route.includes(sent.token));
    expect(followUp?.method).toBe('POST');
    expect(followUp?.route).toBe(`/webhooks/${applicationId}/${sent.token}`);
  });

  it('logs a follow-up Discord refuses with a reference id, without the interaction token', async () => {
    const sent = payload({ kind: 'command', name: 'slow' });
    // Not registered with the emulator: its webhook answers 404 Unknown Webhook.
    await postSigned(`${url}/interactions`, privateKey, JSON.stringify(sent));
    await expect
      .poll(() => logs.find((line) => line.msg === 'could not complete a deferred interaction'), { timeout: 30_000 })
      .toBeTruthy();
    const line = logs.find((l) => l.msg === 'could not complete a deferred interaction');
    expect(line?.ref).toMatch(/^[0-9a-f]{8}$/);
    expect(JSON.stringify(logs)).not.toContain(sent.token);
  });
});

describe('shutdown', () => {
  it('finishes deferred work in flight, turns /healthz to 503 and then stops accepting connections', async () => {
    const { logger: quiet } = capturingLogger();
    const own = createInteractionServer({
      handler: createInteractionHandler([...commands, ...testCommands], quiet),
      logger: quiet,
      publicKey: publicKeyHex,
      apiUrl: emulator.apiUrl,
      deferAfterMs,
    });
    const { port } = await own.listen(0, '127.0.0.1');
    const sent = payload({ kind: 'command', name: 'slow' });
    emulator.acknowledgedOverHttp(sent, InteractionResponseType.DeferredChannelMessageWithSource);
    await postSigned(`http://127.0.0.1:${port}/interactions`, privateKey, JSON.stringify(sent));
    expect(own.inFlight).toBe(1);
    const stopped = own.stop();
    await stopped;
    const [edit] = emulator.requestsFor(sent);
    expect(edit?.method).toBe('PATCH');
    expect(own.inFlight).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});

describe('signature checks', () => {
  it('says at start which library checks signatures', () => {
    expect(logs.find((line) => line.msg === 'checking signatures on a worker thread')?.library).toBe('libsodium');
  });

  it('does not listen when its signature worker cannot start', async () => {
    const { logger: quiet } = capturingLogger();
    const own = createInteractionServer({
      handler: createInteractionHandler(commands, quiet),
      logger: quiet,
      publicKey: publicKeyHex,
      apiUrl: emulator.apiUrl,
      verifier: { workerModule: new URL('./fixtures/failing-verify-worker.ts', import.meta.url) },
    });
    await expect(own.listen(0, '127.0.0.1')).rejects.toThrow('the worker could not load its check');
    expect(own.server.listening).toBe(false);
    await own.stop();
  });

  it('warns, with the reason, where libsodium is unavailable, and still answers with node:crypto', async () => {
    const { logger: own, lines } = capturingLogger();
    const endpoint = createInteractionServer({
      handler: createInteractionHandler(commands, own),
      logger: own,
      publicKey: publicKeyHex,
      apiUrl: emulator.apiUrl,
      verifier: { workerModule: new URL('./fixtures/fallback-verify-worker.ts', import.meta.url) },
    });
    const { port } = await endpoint.listen(0, '127.0.0.1');
    const interactions = `http://127.0.0.1:${port}/interactions`;
    const response = await postSigned(interactions, privateKey, JSON.stringify({ type: 1 }));
    expect(await response.json()).toEqual({ type: InteractionResponseType.Pong });
    const tampered = await postSigned(interactions, privateKey, JSON.stringify({ type: 1 }), { signedBody: '{"type":2}' });
    expect(tampered.status).toBe(401);
    const warning = lines.find((line) => line.level === 40);
    expect(warning?.msg).toContain('libsodium did not load');
    expect(warning?.reason).toBe('no prebuild for linux-riscv64');
    await endpoint.stop();
  });
});

/** A raw connection to the endpoint, for requests no HTTP client would send: stalled, cut short. */
function rawConnection(port: number, text: string): { socket: Socket; received: Promise<string> } {
  const socket = connect(port, '127.0.0.1', () => socket.write(text));
  let received = '';
  socket.on('data', (chunk) => {
    received += String(chunk);
  });
  return {
    socket,
    received: new Promise((resolve) => {
      socket.on('close', () => resolve(received));
      socket.on('error', () => undefined);
    }),
  };
}

/** Headers for `POST /interactions` and the first `sent` of `declared` bytes: a body that stalls. */
function stalledBody(declared: number, sent: number): string {
  const timestamp = Math.floor(Date.now() / 1000);
  return (
    'POST /interactions HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\n' +
    `x-signature-ed25519: ${'ab'.repeat(64)}\r\nx-signature-timestamp: ${timestamp}\r\ncontent-length: ${declared}\r\n\r\n` +
    '{'.repeat(sent)
  );
}

/** Resolves with `what` settled, or rejects after `ms`: what the code before the fix never did. */
function within<T>(what: Promise<T>, ms: number, description: string): Promise<T> {
  return Promise.race([
    what,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${description}: not within ${ms} ms`)), ms)),
  ]);
}

describe('an unauthenticated client can neither hold the endpoint nor write error lines', () => {
  async function ownEndpoint(onTestFinished: (fn: () => Promise<void>) => void, extra: Partial<InteractionServerOptions>) {
    const captured = capturingLogger('debug');
    const own = createInteractionServer({
      handler: createInteractionHandler([...commands, ...testCommands], captured.logger),
      logger: captured.logger,
      publicKey: publicKeyHex,
      apiUrl: emulator.apiUrl,
      ...extra,
    });
    const { port } = await own.listen(0, '127.0.0.1');
    onTestFinished(() => own.stop());
    return { own, port, logs: captured.lines };
  }

  it('answers 408 and closes the connection when a body stalls past the request timeout', async ({ onTestFinished }) => {
    const { port, logs: lines } = await ownEndpoint(onTestFinished, { requestTimeoutMs: 400 });
    const started = performance.now();
    const { received } = rawConnection(port, stalledBody(100, 10));
    expect(await within(received, 5000, 'the stalled request was not cut off')).toMatch(/^HTTP\/1\.1 408 /);
    expect(performance.now() - started).toBeGreaterThanOrEqual(400);
    await expect.poll(() => lines.some((line) => line.msg === 'a request ended before it could be answered')).toBe(true);
    expect(errorLines(lines)).toEqual([]);
  });

  it('answers 408 when the headers stall too', async ({ onTestFinished }) => {
    const { port } = await ownEndpoint(onTestFinished, { requestTimeoutMs: 400 });
    const { received } = rawConnection(port, 'POST /interactions HTTP/1.1\r\nHost: 127.0.0.1\r\nx-signature');
    expect(await within(received, 5000, 'the stalled headers were not cut off')).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('does not cut off a handler slower than the request timeout: only arriving is timed', async ({ onTestFinished }) => {
    const { port } = await ownEndpoint(onTestFinished, { requestTimeoutMs: 300 });
    const sent = payload({ kind: 'command', name: 'slow' });
    const response = await postSigned(`http://127.0.0.1:${port}/interactions`, privateKey, JSON.stringify(sent));
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).toContain('answered slowly');
  });

  it('refuses bodies arriving in pieces past the cap with 503, and still answers bodies that arrive whole', async ({
    onTestFinished,
  }) => {
    const { port, logs: lines } = await ownEndpoint(onTestFinished, { maxSlowBodies: 2 });
    const held = [rawConnection(port, stalledBody(100, 10)), rawConnection(port, stalledBody(100, 10))];
    onTestFinished(async () => {
      for (const { socket } of held) socket.destroy();
    });
    // Both are held once the endpoint has read their first pieces; a third is then one too many.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const third = rawConnection(port, stalledBody(100, 10));
    const refused = await within(third.received, 5000, 'the third slow body was not refused');
    expect(refused).toMatch(/^HTTP\/1\.1 503 /);
    expect(refused).toContain('too many requests arriving slowly');
    const ping = await postSigned(`http://127.0.0.1:${port}/interactions`, privateKey, '{"type":1}');
    expect(await ping.json()).toEqual({ type: InteractionResponseType.Pong });
    expect(lines.filter((line) => line.status === 503 && line.level === 40)).toHaveLength(1);
  });

  it('logs a request its client drops mid-body at debug, never as an error', async ({ onTestFinished }) => {
    const { port, logs: lines } = await ownEndpoint(onTestFinished, {});
    const { socket } = rawConnection(port, stalledBody(100, 10));
    await new Promise((resolve) => setTimeout(resolve, 200));
    socket.destroy();
    await expect
      .poll(() => lines.find((line) => line.msg === 'a request ended before it could be answered'))
      .toMatchObject({ level: 20 });
    expect(errorLines(lines)).toEqual([]);
  });

  it('answers autocomplete for a command it does not have with no choices, and no error line', async () => {
    const { body } = await interact({ kind: 'autocomplete', name: 'no-such-command', options: [stringOption('q', 'x', true)] });
    expect(body).toEqual({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } });
    const about = logs.filter((line) => line.command === 'no-such-command');
    expect(about).toEqual([expect.objectContaining({ level: 30, outcome: 'user-error' })]);
  });
});

describe('stop() has a deadline', () => {
  it('abandons a deferred answer whose webhook never answers at the shutdown deadline, listing it', async () => {
    const { logger: own, lines } = capturingLogger();
    const endpoint = createInteractionServer({
      handler: createInteractionHandler([...commands, ...testCommands], own),
      logger: own,
      publicKey: publicKeyHex,
      apiUrl: emulator.apiUrl,
      deferAfterMs,
      shutdownTimeoutMs: 500,
    });
    const { port } = await endpoint.listen(0, '127.0.0.1');
    const sent = payload({ kind: 'command', name: 'slow' });
    emulator.acknowledgedOverHttp(sent, InteractionResponseType.DeferredChannelMessageWithSource);
    const edit = emulator.rest.hold(new RegExp(sent.token), 'PATCH');
    await postSigned(`http://127.0.0.1:${port}/interactions`, privateKey, JSON.stringify(sent));
    await edit.received;
    const started = performance.now();
    await within(endpoint.stop(), 5000, 'stop() waited for the webhook');
    expect(performance.now() - started).toBeGreaterThanOrEqual(450);
    expect(lines.find((line) => line.msg?.toString().startsWith('shutdown deadline passed'))).toMatchObject({
      level: 40,
      interactions: [sent.id],
      unverifiedRequests: 0,
    });
    expect(errorLines(lines)).toEqual([]);
    edit.release();
  });

  it('closes a request whose body stalls at the shutdown deadline (Node stops its request timeout on close)', async () => {
    const { logger: own, lines } = capturingLogger();
    const endpoint = createInteractionServer({
      handler: createInteractionHandler(commands, own),
      logger: own,
      publicKey: publicKeyHex,
      apiUrl: emulator.apiUrl,
      shutdownTimeoutMs: 300,
    });
    const { port } = await endpoint.listen(0, '127.0.0.1');
    const { received } = rawConnection(port, stalledBody(100, 10));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await within(endpoint.stop(), 5000, 'stop() waited for the stalled body');
    await within(received, 1000, 'the stalled connection stayed open');
    expect(lines.find((line) => line.msg?.toString().startsWith('shutdown deadline passed'))).toMatchObject({
      interactions: [],
      unverifiedRequests: 1,
    });
  });
});

function errorLines(lines: Record<string, unknown>[]) {
  return lines.filter((line) => (line.level as number) >= 50);
}
