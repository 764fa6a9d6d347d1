import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { emulatorApplicationId, emulatorToken, startDiscordEmulator, stringOption } from '../emulator/index.js';
import { outputOf, projectRoot } from '../helpers/entry-point.js';
import { startEntryPoint } from '../helpers/running-entry-point.js';

/** Runs a bash pipeline in the project, as a user's shell would; killed if it is still running after `timeoutMs`. */
async function shell(script: string, timeoutMs: number) {
  const child = spawn('bash', ['-c', script], {
    cwd: projectRoot,
    // vitest sets MODE=test in its own environment; a user's shell has no MODE.
    env: { ...process.env, DISCORD_TOKEN: '', MODE: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  return outputOf(child, {
    timeoutMs,
    // The whole pipeline: the bot is a grandchild of bash.
    kill: () => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    },
  });
}

describe.concurrent('a closed stdout or stderr', () => {
  it('ends the console quietly with exit 0 when the reader of stdout (and of the logs) goes away', {
    timeout: 60_000,
  }, async () => {
    const run = await shell(
      `yes '/quote gartner' | head -200 | npm start --silent -- --console --json 2>&1 | head -1; echo "bot exit \${PIPESTATUS[2]}" >&2`,
      40_000,
    );
    expect(run.timedOut).toBe(false);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(run.stderr.trim()).toBe('bot exit 0');
  });

  it('ends the console quietly with exit 0 when stdout closes while input keeps coming', { timeout: 60_000 }, async () => {
    const run = await shell(
      `yes '/quote gartner' | npm start --silent -- --console --json 2>/dev/null | head -3; echo "bot exit \${PIPESTATUS[1]}" >&2`,
      40_000,
    );
    expect(run.timedOut).toBe(false);
    expect(run.stdout.trim().split('\n')).toHaveLength(3);
    expect(run.stderr.trim()).toBe('bot exit 0');
  });

  it('does not keep a gateway bot from exiting on SIGTERM when its supervisor closes its log pipes while it drains', async ({
    onTestFinished,
  }) => {
    const discord = await startDiscordEmulator();
    onTestFinished(() => discord.stop());
    const bot = startEntryPoint([], {
      DISCORD_TOKEN: emulatorToken,
      DISCORD_APPLICATION_ID: emulatorApplicationId,
      DISCORD_API_URL: discord.apiUrl,
    });
    onTestFinished(() => bot.kill());
    await bot.waitForLog('connected to Discord');
    // An interaction in flight keeps the bot draining after SIGTERM, so its last lines are written
    // (and still buffered when it exits) after its readers have gone.
    const held = discord.rest.hold(/\/callback$/);
    discord.dispatchInteraction({ kind: 'command', name: 'quote', options: [stringOption('source', 'gartner')] });
    await held.received;
    bot.child.kill('SIGTERM');
    await bot.waitForLog('shutting down');
    bot.child.stdout?.destroy();
    bot.child.stderr?.destroy();
    const releasedAt = performance.now();
    held.release();
    const { code, at } = await bot.exited;
    expect(code).toBe(0);
    expect(at - releasedAt).toBeLessThan(10_000);
  });
});
