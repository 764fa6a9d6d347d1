import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/**
 * Node's own flags to run TypeScript through tsx. Spawning node itself, not the tsx wrapper, means a
 * killed child is the process that runs the bot: a wrapper killed with SIGKILL leaves it orphaned.
 */
export const tsxLoader = ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] as const;
const main = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

export interface EntryPointRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Everything a child process prints until it closes, and its exit code. After `timeoutMs` (if
 * given) `kill` is called and the run is marked as timed out.
 */
export async function outputOf(
  child: ChildProcess,
  options: { timeoutMs?: number; kill?: () => void } = {},
): Promise<EntryPointRun & { timedOut: boolean }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  let timedOut = false;
  const timer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          (options.kill ?? (() => child.kill('SIGKILL')))();
        }, options.timeoutMs);
  const [code] = (await once(child, 'close')) as [number | null];
  clearTimeout(timer);
  return { code, stdout, stderr, timedOut };
}

/** Runs the real entry point (`src/main.ts`) as a child process, as `npm start` does. */
export async function runEntryPoint(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; stdin?: string; timeoutMs?: number } = {},
): Promise<EntryPointRun> {
  const child = spawn(process.execPath, [...tsxLoader, main, ...args], {
    cwd: options.cwd ?? projectRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end(options.stdin ?? '');
  const { code, stdout, stderr } = await outputOf(child, { timeoutMs: options.timeoutMs ?? 45_000 });
  return { code, stdout, stderr };
}
