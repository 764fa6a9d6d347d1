import { spawn } from 'node:child_process';
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
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += String(chunk);
  });
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  child.stdin.end(options.stdin ?? '');
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 45_000);
  const [code] = (await once(child, 'close')) as [number | null];
  clearTimeout(timer);
  return { code, stdout, stderr };
}
