/**
 * The HTTP endpoint under load: autocannon on loopback sends signed `/xen-news` interactions, every
 * body distinct and freshly signed, to the bot's endpoint as `npm start -- --http` runs it (the build
 * in dist/, rebuilt first, so it is the sources') and, in the same
 * run, to a reference built as Discord's example app is (express + discord-interactions'
 * verifyKeyMiddleware answering a plain message). A third server, the floor, runs the bot's own
 * signature check on bare node:http and answers with a ready-made reply of the same average size:
 * the most any endpoint with that check reaches on this machine. Each server runs in its own process.
 * Before that, the Ed25519 verification options are timed on the same messages. Then the sections
 * with a picture, side by side: uploaded with every reply, and linked by URL (a second bot with
 * PUBLIC_URL). The text mix asks 4 questions over and over, which the bot answers again from the
 * replies it keeps; the same bot keeping none (REPLY_CACHE_SIZE=0) runs the same rounds, so the
 * cost of answering every question anew is printed too. `BENCH_CPU_PROF=<dir>` writes the first
 * bot's CPU profile there.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { generateKeyPairSync, type KeyObject, sign, subtle } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { verifyKey } from 'discord-interactions';
import { sections } from '../src/render/sections.js';

const sectionsWithImages: readonly string[] = ['summary', 'timeline', 'social'];

import { createEd25519Check } from '../src/transports/http/ed25519.js';

const requestCount = 40_000;
const warmUp = 4000;
const rounds = 3;
const imageRequestCount = 12_000;
const connections = 64;
const maxSecondsPerRun = 20;
const imageRounds = 3;
const targets = { throughputRatio: 1.5, imagesByUrlRatio: 5, floorShare: 0.75 } as const;
const root = fileURLToPath(new URL('../', import.meta.url));

interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

/**
 * The `/xen-news` options each mix cycles through. Text: every section answered with embeds only, and
 * questions. Images: the sections that attach a PNG (a multipart response of 70 to 220 KiB), measured
 * apart because their cost is the bytes, not the endpoint.
 */
const questions = ['who is michael warrilow?', 'what did citrix say?', 'is xen dead?', 'when was the story updated?'];
const mixes = {
  text: [
    ...sections.filter((section) => !sectionsWithImages.includes(section)).map((value) => ({ name: 'section', value })),
    ...questions.map((value) => ({ name: 'question', value })),
  ],
  images: sectionsWithImages.map((value) => ({ name: 'section', value })),
} as const;
type Mix = keyof typeof mixes;

function signedRequests(privateKey: KeyObject, count: number, tag: string, mix: Mix): SignedRequest[] {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const options = mixes[mix];
  return Array.from({ length: count }, (_, i) => {
    const option = options[i % options.length] ?? { name: 'section', value: 'people' };
    const body = JSON.stringify({
      type: 2,
      id: String(1_200_000_000_000_000_000n + BigInt(i)),
      application_id: '1100000000000000001',
      token: `${tag}-token-${i}`,
      guild_id: '1000000000000000001',
      member: { user: { id: String(1_300_000_000_000_000_000n + BigInt(i)), username: `user${i}` } },
      data: { id: '1', name: 'xen-news', type: 1, options: [{ name: option.name, type: 3, value: option.value }] },
    });
    const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
    return {
      body,
      headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp },
    };
  });
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** The bot as `npm start` runs it: the compiled bundle, not the sources under tsx. */
const botEntry = ['--enable-source-maps', 'dist/src/main.js', '--http'];

async function startServer(
  args: string[],
  env: NodeJS.ProcessEnv,
  nodeFlags: readonly string[] = [],
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  // node itself (with tsx's loader for a .ts script), so the child killed is the server, not a wrapper around it.
  const loader = args.some((arg) => arg.endsWith('.ts')) ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...nodeFlags, ...loader, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 200; attempt++) {
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill();
  throw new Error(`${args.join(' ')} did not start`);
}

/** CPU seconds (user + system) a process has used so far, from /proc; undefined where there is no /proc. */
function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

interface LoadResult {
  /** Server CPU time per answered request, in µs: what one request costs whatever the machine. */
  cpuMicros: number | undefined;
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  failed: number;
}

async function load(url: string, pid: number | undefined, requests: readonly SignedRequest[]): Promise<LoadResult> {
  const cpuBefore = cpuSeconds(pid);
  let next = 0;
  let answered = 0;
  let lastAnswerAt = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/interactions`,
        connections,
        amount: requests.length,
        duration: maxSecondsPerRun,
        method: 'POST',
        requests: [
          {
            setupRequest(request) {
              const signed = requests[next++ % requests.length] as SignedRequest;
              return { ...request, method: 'POST', body: signed.body, headers: signed.headers };
            },
          },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', () => {
      answered += 1;
      lastAnswerAt = performance.now();
    });
  });
  const cpuAfter = cpuSeconds(pid);
  return {
    cpuMicros: cpuBefore === undefined || cpuAfter === undefined ? undefined : ((cpuAfter - cpuBefore) * 1e6) / answered,
    // autocannon's own figures are per whole second, too coarse for runs of a few seconds.
    rps: answered / ((lastAnswerAt - started) / 1000),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

/** The mean size of the bot's answers to the text mix, so the floor sends as many bytes. */
async function meanReplyBytes(url: string, requests: readonly SignedRequest[]): Promise<number> {
  const sizes = await Promise.all(
    requests.slice(0, mixes.text.length).map(async (signed) => {
      const response = await fetch(`${url}/interactions`, { method: 'POST', body: signed.body, headers: signed.headers });
      return (await response.arrayBuffer()).byteLength;
    }),
  );
  return Math.round(sizes.reduce((sum, size) => sum + size, 0) / sizes.length);
}

async function timeVerifyOptions(publicKeyHex: string, requests: readonly SignedRequest[]): Promise<void> {
  const sample = requests.slice(0, 5000).map((r) => ({
    message: Buffer.from((r.headers['x-signature-timestamp'] ?? '') + r.body),
    signature: Buffer.from(r.headers['x-signature-ed25519'] ?? '', 'hex'),
    ...r,
  }));
  const rawKey = Buffer.from(publicKeyHex, 'hex');
  const libsodium = await createEd25519Check(rawKey, 'libsodium');
  const openssl = await createEd25519Check(rawKey, 'node:crypto');
  const cryptoKey = await subtle.importKey('raw', rawKey, { name: 'Ed25519' }, false, ['verify']);
  const perVerify = async (label: string, check: (s: (typeof sample)[number]) => boolean | Promise<boolean>) => {
    const started = performance.now();
    let valid = 0;
    for (const s of sample) if (await check(s)) valid += 1;
    const micros = ((performance.now() - started) * 1000) / sample.length;
    console.log(`  verify: ${label.padEnd(58)} ${micros.toFixed(1).padStart(6)} µs  (${valid}/${sample.length} valid)`);
  };
  await perVerify('libsodium (sodium-native), key loaded once (ours)', (s) => libsodium.isValid(s.message, s.signature));
  await perVerify('node:crypto verify (OpenSSL), KeyObject built once', (s) => openssl.isValid(s.message, s.signature));
  await perVerify('WebCrypto verify, CryptoKey imported once', (s) =>
    subtle.verify('Ed25519', cryptoKey, s.signature, s.message),
  );
  await perVerify('discord-interactions verifyKey (imports the key per call)', (s) =>
    verifyKey(s.body, s.headers['x-signature-ed25519'] ?? '', s.headers['x-signature-timestamp'] ?? '', publicKeyHex),
  );
}

function line(label: string, r: LoadResult): string {
  const cpu = r.cpuMicros === undefined ? '' : `   ${r.cpuMicros.toFixed(0).padStart(4)} µs CPU/request`;
  return `  ${label.padEnd(48)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(3)} ms   p99 ${String(r.p99).padStart(3)} ms${cpu}   ${r.ok} ok, ${r.failed} failed`;
}

function median<T>(values: readonly T[], by: (value: T) => number): T {
  return [...values].sort((a, b) => by(a) - by(b))[Math.floor(values.length / 2)] as T;
}

export async function run(): Promise<void> {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicKeyHex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
  // A set each, so neither server sees a body the other saw.
  const ours = signedRequests(privateKey, requestCount, 'bot', 'text');
  const reference = signedRequests(privateKey, requestCount, 'reference', 'text');
  const floorRequests = signedRequests(privateKey, requestCount, 'floor', 'text');
  const keepingNone = signedRequests(privateKey, requestCount, 'keeping-none', 'text');
  const withImages = signedRequests(privateKey, imageRequestCount, 'images', 'images');
  const withImagesByUrl = signedRequests(privateKey, imageRequestCount, 'images-by-url', 'images');
  await timeVerifyOptions(publicKeyHex, ours);

  // BENCH_CPU_PROF=<dir>: the bot writes a V8 CPU profile of the whole run there when it stops.
  const profileDir = process.env.BENCH_CPU_PROF;
  const bot = await startServer(
    botEntry,
    { DISCORD_PUBLIC_KEY: publicKeyHex, LOG_LEVEL: 'info' },
    profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  );
  // The same bot with PUBLIC_URL: pictures linked by URL instead of uploaded (nothing fetches them here).
  const botByUrl = await startServer(botEntry, {
    DISCORD_PUBLIC_KEY: publicKeyHex,
    LOG_LEVEL: 'info',
    PUBLIC_URL: 'https://xen-news.example.org',
  });
  // The same bot answering every question anew: what the text mix costs when no answer is kept.
  const botKeepingNone = await startServer(botEntry, {
    DISCORD_PUBLIC_KEY: publicKeyHex,
    LOG_LEVEL: 'info',
    REPLY_CACHE_SIZE: '0',
  });
  const express = await startServer(['bench/http-reference-server.ts'], { PUBLIC_KEY: publicKeyHex });
  const replyBytes = await meanReplyBytes(bot.url, signedRequests(privateKey, mixes.text.length, 'size', 'text'));
  const floor = await startServer(['bench/http-floor-server.ts'], {
    PUBLIC_KEY: publicKeyHex,
    REPLY_BYTES: String(replyBytes),
  });
  try {
    const perRound = Math.floor((requestCount - warmUp) / rounds);
    // A warm-up for both (JIT), then alternating rounds so a busy moment on the machine hits both alike.
    await load(bot.url, bot.child.pid, ours.slice(0, warmUp));
    await load(express.url, express.child.pid, reference.slice(0, warmUp));
    await load(floor.url, floor.child.pid, floorRequests.slice(0, warmUp));
    await load(botKeepingNone.url, botKeepingNone.child.pid, keepingNone.slice(0, warmUp));
    const botRuns: LoadResult[] = [];
    const keepingNoneRuns: LoadResult[] = [];
    const referenceRuns: LoadResult[] = [];
    const floorRuns: LoadResult[] = [];
    for (let round = 0; round < rounds; round++) {
      const slice = [warmUp + round * perRound, warmUp + (round + 1) * perRound] as const;
      botRuns.push(await load(bot.url, bot.child.pid, ours.slice(...slice)));
      referenceRuns.push(await load(express.url, express.child.pid, reference.slice(...slice)));
      floorRuns.push(await load(floor.url, floor.child.pid, floorRequests.slice(...slice)));
      keepingNoneRuns.push(await load(botKeepingNone.url, botKeepingNone.child.pid, keepingNone.slice(...slice)));
    }
    const botResult = median(botRuns, (r) => r.rps);
    const referenceResult = median(referenceRuns, (r) => r.rps);
    const floorResult = median(floorRuns, (r) => r.rps);
    const keepingNoneResult = median(keepingNoneRuns, (r) => r.rps);
    console.log(
      `  ${connections} connections; median of ${rounds} alternating rounds of ${perRound} distinct signed requests each`,
    );
    console.log(line('xen-news endpoint (sections and questions)', botResult));
    console.log(line('reference (express + verifyKeyMiddleware, plain)', referenceResult));
    console.log(line(`floor (our verify on bare node:http, ${replyBytes} B canned)`, floorResult));
    console.log(line('xen-news keeping no replies (REPLY_CACHE_SIZE=0)', keepingNoneResult));
    const ratio = botResult.rps / referenceResult.rps;
    const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
    console.log(
      `  throughput ${ratio.toFixed(2)}x the reference (target ≥ ${targets.throughputRatio}x, goal 2x): ${pass(ratio >= targets.throughputRatio)}`,
    );
    console.log(
      `  the floor is ${(floorResult.rps / referenceResult.rps).toFixed(2)}x the reference: the most this verify allows on this machine; the bot reaches ${((100 * botResult.rps) / floorResult.rps).toFixed(0)} % of it`,
    );
    if (botResult.cpuMicros !== undefined && referenceResult.cpuMicros !== undefined)
      console.log(
        `  CPU per request ${(referenceResult.cpuMicros / botResult.cpuMicros).toFixed(2)}x less than the reference's (the load generator shares the machine's cores)`,
      );
    console.log(
      `  p99 ${botResult.p99} ms vs reference ${referenceResult.p99} ms (target: no worse): ${pass(botResult.p99 <= referenceResult.p99)}`,
    );
    const failed = [...botRuns, ...referenceRuns, ...floorRuns, ...keepingNoneRuns].reduce((sum, r) => sum + r.failed, 0);
    console.log(`  every request answered 2xx: ${pass(failed === 0)}`);
    const floorShare = botResult.rps / floorResult.rps;
    console.log(
      `  the bot at ${(100 * floorShare).toFixed(0)} % of the floor (target ≥ ${100 * targets.floorShare} %), p99 ${botResult.p99} ms vs the floor's ${floorResult.p99} ms: ${pass(floorShare >= targets.floorShare)}`,
    );
    console.log(
      `  (its questions answered from kept replies; answering each anew, the bot reaches ${((100 * keepingNoneResult.rps) / floorResult.rps).toFixed(0)} % of the floor, p99 ${keepingNoneResult.p99} ms)`,
    );
    // Image sections, the same bot both ways, alternating rounds after a warm-up each.
    const imagesPerRound = Math.floor(imageRequestCount / (imageRounds + 1));
    const imageSlice = (round: number) => [round * imagesPerRound, (round + 1) * imagesPerRound] as const;
    await load(bot.url, bot.child.pid, withImages.slice(...imageSlice(0)));
    await load(botByUrl.url, botByUrl.child.pid, withImagesByUrl.slice(...imageSlice(0)));
    const uploadRuns: LoadResult[] = [];
    const byUrlRuns: LoadResult[] = [];
    for (let round = 1; round <= imageRounds; round++) {
      uploadRuns.push(await load(bot.url, bot.child.pid, withImages.slice(...imageSlice(round))));
      byUrlRuns.push(await load(botByUrl.url, botByUrl.child.pid, withImagesByUrl.slice(...imageSlice(round))));
    }
    const uploaded = median(uploadRuns, (r) => r.rps);
    const byUrl = median(byUrlRuns, (r) => r.rps);
    console.log(
      `  sections with a picture (summary, timeline, social); median of ${imageRounds} alternating rounds of ${imagesPerRound} distinct requests each:`,
    );
    console.log(line('uploaded with every reply (multipart, no PUBLIC_URL)', uploaded));
    console.log(line('linked by URL (PUBLIC_URL, served at /images)', byUrl));
    const imageRatio = byUrl.rps / uploaded.rps;
    console.log(
      `  image sections by URL ${imageRatio.toFixed(1)}x the uploads' throughput (target ≥ ${targets.imagesByUrlRatio}x): ${pass(imageRatio >= targets.imagesByUrlRatio)}`,
    );
    const imageFailures = [...uploadRuns, ...byUrlRuns].reduce((sum, r) => sum + r.failed, 0);
    console.log(`  every image request answered 2xx: ${pass(imageFailures === 0)}`);
    if (byUrl.cpuMicros !== undefined && botResult.cpuMicros !== undefined)
      console.log(
        `  by URL ${byUrl.cpuMicros.toFixed(0)} µs CPU/request against the text mix's ${botResult.cpuMicros.toFixed(0)} µs; ${byUrl.rps.toFixed(0)} req/s against its ${botResult.rps.toFixed(0)}`,
      );
    const fiveTimesUploads = targets.imagesByUrlRatio * uploaded.rps;
    if (fiveTimesUploads > floorResult.rps)
      console.log(
        `  ${targets.imagesByUrlRatio}x these uploads would be ${fiveTimesUploads.toFixed(0)} req/s, above the floor's ${floorResult.rps.toFixed(0)}: out of reach on this machine (the issue measured uploads at 392 req/s, not in this run; by URL here is ${(byUrl.rps / 392).toFixed(1)}x that)`,
      );
  } finally {
    bot.child.kill('SIGTERM');
    botByUrl.child.kill('SIGTERM');
    botKeepingNone.child.kill('SIGTERM');
    express.child.kill('SIGTERM');
    floor.child.kill('SIGTERM');
  }
}
