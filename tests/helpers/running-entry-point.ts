import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { projectRoot, tsxLoader } from './entry-point.js';

const main = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

/** The real entry point (`npm start`) running as a child process, its log lines parsed as they come. */
export interface RunningEntryPoint {
  child: ChildProcess;
  logs: Record<string, unknown>[];
  stderr(): string;
  /** Resolves with the first log line with this message (and, optionally, matching fields). */
  waitForLog(msg: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  exited: Promise<{ code: number | null; at: number }>;
  /** Kills the child if it is still running; for afterEach. */
  kill(): Promise<void>;
}

/**
 * `launcher: 'npm'` runs it exactly as a user or process manager does (`npm start -- …`), so the
 * child is npm and the bot is whatever npm starts; the default runs the bot directly for speed.
 */
export function startEntryPoint(
  args: string[],
  env: NodeJS.ProcessEnv,
  { launcher = 'node' }: { launcher?: 'node' | 'npm' } = {},
): RunningEntryPoint {
  const [command, commandArgs] =
    launcher === 'npm' ? ['npm', ['start', '--silent', '--', ...args]] : [process.execPath, [...tsxLoader, main, ...args]];
  const child = spawn(command, commandArgs, {
    cwd: projectRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  let partial = '';
  const waiters: { msg: string; resolve: (line: Record<string, unknown>) => void }[] = [];
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
    const lines = (partial + String(chunk)).split('\n');
    partial = lines.pop() ?? '';
    for (const text of lines) {
      if (!text.startsWith('{')) continue;
      const line = JSON.parse(text) as Record<string, unknown>;
      logs.push(line);
      for (const waiter of waiters.filter((w) => w.msg === line.msg)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const exited = once(child, 'exit').then(([code]) => ({ code: code as number | null, at: performance.now() }));
  return {
    child,
    logs,
    stderr: () => stderr,
    exited,
    waitForLog(msg, timeoutMs = 45_000) {
      const seen = logs.find((line) => line.msg === msg);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "${msg}" log line within ${timeoutMs} ms:\n${stderr}`)), timeoutMs);
        waiters.push({
          msg,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
        void exited.then(({ code }) => reject(new Error(`exited ${code} before "${msg}":\n${stderr}`)));
      });
    },
    async kill() {
      // Under npm the bot may be a different process (and outlive npm); kill whatever pid it logged.
      const botPid = logs.find((line) => typeof line.pid === 'number')?.pid as number | undefined;
      if (botPid !== undefined && botPid !== child.pid) killIfRunning(botPid);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** True when a process with this pid exists (signal 0 checks without signalling). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

function killIfRunning(pid: number): void {
  if (isRunning(pid)) process.kill(pid, 'SIGKILL');
}
