/**
 * Start-up as an operator sees it, each measured from spawning the process, in one run beside
 * `node -e 0` (the cost of starting Node at all on this machine):
 * - the offline console's first answer, text (`/quote gartner`) and with a picture (the timeline);
 * - time to ready for the gateway (the local Discord emulator, in this process, as bench/gateway.ts
 *   uses it) and for the HTTP endpoint (its "listening" line);
 * - RSS when the first text answer or ready comes.
 * The bot runs as `npm start` runs it, from the build in dist/ (rebuilt first, so it is the sources'); the
 * sources under tsx (`npm run dev`, the former `npm start`) are measured too, for comparison.
 */
import { spawn, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { emulatorApplicationId, emulatorToken, startDiscordEmulator } from '../tests/emulator/index.js';

const runs = 7;
const root = fileURLToPath(new URL('../', import.meta.url));
const compiled = ['dist/src/main.js'];
const sources = ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href, 'src/main.ts'];
const targets = { firstTextAnswerRatio: 6, readyMs: 1000, rssMb: 100 } as const;

interface Sample {
  ms: number;
  rssMb: number;
}

/** The resident set of a running process, from /proc (Linux); NaN elsewhere. */
function rssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]) / 1024;
  } catch {
    return Number.NaN;
  }
}

/**
 * Spawns node with `args` and resolves when `isDone` holds for a line on stdout or stderr: the time
 * from spawn and the process's RSS at that moment. Then the process is ended.
 */
function timeUntil(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; stdin?: string; isDone: (line: string, stream: 'stdout' | 'stderr') => boolean },
): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, QUESTION_COOLDOWN_SECONDS: '0', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let settled = false;
    let output = '';
    const watch = (stream: 'stdout' | 'stderr') => {
      let partial = '';
      child[stream].on('data', (chunk) => {
        output += String(chunk);
        const lines = (partial + String(chunk)).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) {
          if (settled || !options.isDone(line, stream)) continue;
          settled = true;
          const sample = { ms: performance.now() - started, rssMb: rssMb(child.pid) };
          child.kill('SIGKILL');
          resolve(sample);
        }
      });
    };
    watch('stdout');
    watch('stderr');
    // Kept open: the console would end (and free its memory) at the end of its input.
    if (options.stdin !== undefined) child.stdin.write(options.stdin);
    child.on('exit', (code) => {
      if (!settled) reject(new Error(`exited ${code} before it was ready:\n${output.slice(-2000)}`));
    });
  });
}

async function repeat(measure: () => Promise<Sample>): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await measure());
  return samples;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function describe(samples: Sample[]): { ms: number; rssMb: number; text: string } {
  const ms = median(samples.map((s) => s.ms));
  const rss = median(samples.map((s) => s.rssMb));
  const times = samples.map((s) => s.ms);
  const text = `${ms.toFixed(0).padStart(5)} ms (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)})   RSS ${rss.toFixed(0).padStart(3)} MB`;
  return { ms, rssMb: rss, text };
}

const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const logLine = (msg: string) => (line: string) => line.startsWith('{') && (JSON.parse(line) as { msg?: string }).msg === msg;

export async function run(): Promise<void> {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
  const out = mkdtempSync(join(tmpdir(), 'xen-news-bench-'));
  const emulator = await startDiscordEmulator();
  try {
    const nodeAlone = describe(
      await repeat(() => timeUntil(['-e', 'console.log(0)'], { isDone: (_line, stream) => stream === 'stdout' })),
    );
    const firstAnswer = (args: readonly string[], line: string) =>
      timeUntil([...args, '--console', '--json', '--out', out], { stdin: `${line}\n`, isDone: (_l, s) => s === 'stdout' });
    const text = describe(await repeat(() => firstAnswer(compiled, '/quote gartner')));
    const picture = describe(await repeat(() => firstAnswer(compiled, '/xen-news section:timeline')));
    const textUnderTsx = describe(await repeat(() => firstAnswer(sources, '/quote gartner')));
    const gatewayEnv = {
      DISCORD_TOKEN: emulatorToken,
      DISCORD_APPLICATION_ID: emulatorApplicationId,
      DISCORD_API_URL: emulator.apiUrl,
    };
    const gateway = describe(
      await repeat(() => timeUntil(compiled, { env: gatewayEnv, isDone: logLine('connected to Discord') })),
    );
    const gatewayWithOps = describe(
      await repeat(() => timeUntil(compiled, { env: { ...gatewayEnv, OPS_PORT: '0' }, isDone: logLine('connected to Discord') })),
    );
    const publicKey = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x ?? '';
    const httpEnv = { DISCORD_PUBLIC_KEY: Buffer.from(publicKey, 'base64url').toString('hex'), PORT: '0' };
    const http = describe(
      await repeat(() =>
        timeUntil([...compiled, '--http'], { env: httpEnv, isDone: logLine('listening for Discord interactions') }),
      ),
    );
    const httpWithOps = describe(
      await repeat(() =>
        timeUntil([...compiled, '--http'], {
          env: { ...httpEnv, OPS_PORT: '0' },
          isDone: logLine('listening for Discord interactions'),
        }),
      ),
    );

    const ratio = text.ms / nodeAlone.ms;
    console.log(`median of ${runs} runs each, from spawn; (fastest–slowest)`);
    console.log(`  baseline: node -e 0                          ${nodeAlone.text}`);
    console.log(`  console, first text answer                   ${text.text}   ${ratio.toFixed(1)}x node`);
    console.log(
      `  console, first answer with a picture         ${picture.text}   ${(picture.ms / nodeAlone.ms).toFixed(1)}x node`,
    );
    console.log(
      `  console under tsx (npm run dev), first text   ${textUnderTsx.text}   ${(textUnderTsx.ms / nodeAlone.ms).toFixed(1)}x node`,
    );
    console.log(`  gateway ready (emulator)                     ${gateway.text}`);
    console.log(`  gateway ready, OPS_PORT set                  ${gatewayWithOps.text}`);
    console.log(`  HTTP ready (listening)                       ${http.text}`);
    console.log(`  HTTP ready, OPS_PORT set                     ${httpWithOps.text}`);
    console.log('targets:');
    console.log(
      `  first text answer at most ${targets.firstTextAnswerRatio}x node -e 0 (${ratio.toFixed(1)}x): ${pass(ratio <= targets.firstTextAnswerRatio)}`,
    );
    for (const [label, result] of [
      ['gateway', gateway],
      ['gateway, OPS_PORT set', gatewayWithOps],
      ['HTTP', http],
      ['HTTP, OPS_PORT set', httpWithOps],
    ] as const)
      console.log(
        `  ${label} ready under ${targets.readyMs} ms (${result.ms.toFixed(0)} ms): ${pass(result.ms < targets.readyMs)}`,
      );
    for (const [label, result] of [
      ['console at first text answer', text],
      ['gateway at ready', gateway],
      ['gateway at ready, OPS_PORT set', gatewayWithOps],
      ['HTTP at ready', http],
      ['HTTP at ready, OPS_PORT set', httpWithOps],
    ] as const)
      console.log(
        `  RSS ${label} under ${targets.rssMb} MB (${result.rssMb.toFixed(0)} MB): ${pass(result.rssMb < targets.rssMb)}`,
      );
  } finally {
    await emulator.stop();
    rmSync(out, { recursive: true, force: true });
  }
}
