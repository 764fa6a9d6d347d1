import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { deploy } from '../../src/deploy/run.js';
import { type DiscordEmulator, startDiscordEmulator } from '../emulator/index.js';
import { commands } from '../helpers/commands.js';
import { outputOf, projectRoot, tsxLoader } from '../helpers/entry-point.js';

const guildId = '1000000000000000777';
const definitions = commands.map((command) => command.data.toJSON());

let discord: DiscordEmulator | undefined;
afterEach(async () => {
  await discord?.stop();
  discord = undefined;
});

function envFor(emulator: DiscordEmulator, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    DISCORD_TOKEN: emulator.token,
    DISCORD_APPLICATION_ID: emulator.applicationId,
    DISCORD_API_URL: emulator.apiUrl,
    ...extra,
  };
}

/** `deploy` as `npm run deploy` calls it, with its output captured. */
async function runDeploy(argv: string[], env: NodeJS.ProcessEnv) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await deploy(commands, { argv, env, stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line) });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** `npm run deploy` itself (tsx src/deploy.ts) as a child process. */
async function runDeployScript(argv: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [...tsxLoader, 'src/deploy.ts', ...argv], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { code, stdout, stderr } = await outputOf(child);
  return { code, stdout, stderr };
}

const puts = (emulator: DiscordEmulator) => emulator.rest.requests.filter((request) => request.method === 'PUT');

describe('npm run deploy', () => {
  it('bulk-overwrites the guild commands when DISCORD_GUILD_ID is set, and reports them as added', async () => {
    discord = await startDiscordEmulator();
    const run = await runDeployScript([], envFor(discord, { DISCORD_GUILD_ID: guildId }));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [put] = puts(discord);
    expect(put?.route).toBe(`/applications/${discord.applicationId}/guilds/${guildId}/commands`);
    expect(put?.authorization).toBe(`Bot ${discord.token}`);
    expect(put?.body).toEqual(definitions);
    expect(run.stdout).toContain(`Registered 2 commands for guild ${guildId}.`);
    expect(run.stdout).toContain('added: /xen-news, /quote');
    expect(run.stdout).not.toContain(discord.token);
  });

  it('bulk-overwrites the global commands otherwise, reporting unchanged, updated and removed ones', async () => {
    discord = await startDiscordEmulator();
    const route = `/applications/${discord.applicationId}/commands`;
    discord.rest.commands.set(route, [
      // As Discord returns a command: its own ids and defaults beside the definition.
      {
        ...definitions[1],
        id: '1',
        application_id: discord.applicationId,
        version: '1',
        default_member_permissions: null,
        dm_permission: true,
        nsfw: false,
        name_localizations: null,
      },
      { ...definitions[0], description: 'An older description', id: '2' },
      { name: 'retired', description: 'Gone now', type: 1, id: '3' },
    ]);
    const run = await runDeploy([], envFor(discord, { DISCORD_GUILD_ID: '' }));
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(puts(discord).map((request) => [request.route, request.body])).toEqual([[route, definitions]]);
    expect(run.stdout).toContain('Registered 2 commands for all servers and user installs');
    expect(run.stdout).toContain('added: -');
    expect(run.stdout).toContain('updated: /xen-news');
    expect(run.stdout).toContain('removed: /retired');
    expect(run.stdout).toContain('unchanged: /quote');
    expect(discord.rest.commands.get(route)?.map((command) => command.name)).toEqual(['xen-news', 'quote']);
  });

  it('--dry-run prints the JSON and needs neither a token nor the network', async () => {
    const run = await runDeploy(['--dry-run'], {});
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(definitions);
  });

  it('waits out a short rate limit and a 500, then succeeds', async () => {
    discord = await startDiscordEmulator();
    discord.rest.inject({ method: 'PUT', route: /commands$/, status: 429, retryAfterSeconds: 0.2 });
    discord.rest.inject({ method: 'PUT', route: /commands$/, status: 500 });
    const run = await runDeploy([], envFor(discord));
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(puts(discord).map((request) => request.status)).toEqual([429, 500, 200]);
  });

  it('fails with one line and exit 1 on a rate limit too long to wait out, having changed nothing', async () => {
    discord = await startDiscordEmulator();
    discord.rest.inject({ method: 'PUT', route: /commands$/, status: 429, retryAfterSeconds: 3600 });
    // Waiting the hour out would overrun the test's timeout; giving up means one PUT and no retry.
    const run = await runDeploy([], envFor(discord));
    expect(puts(discord).map((request) => request.status)).toEqual([429]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^xen-news deploy: Discord rate-limited PUT .* for 3600 s; nothing was changed\. Try again later\.$/,
    );
    expect(discord.rest.commands.size).toBe(0);
  });

  it('never prints the token when Discord (or a proxy before it) repeats it in an error', async () => {
    discord = await startDiscordEmulator();
    const secret = discord.token.split('.')[2] ?? '';
    discord.rest.inject({
      method: 'PUT',
      route: /commands$/,
      status: 400,
      message: `Invalid Authorization header: Bot ${discord.token} (secret ${secret})`,
    });
    const run = await runDeployScript([], envFor(discord));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^xen-news deploy: Discord refused the commands \(400, code 50035\): Invalid Authorization header: Bot \[redacted\]/,
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toContain(discord.token);
    expect(run.stderr).not.toContain(secret);
  });

  it('fails with one line on a token Discord rejects, never printing it', async () => {
    discord = await startDiscordEmulator();
    const token = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxEmul.d3JvbmctYnV0LXdlbGwtZm9ybWVkLXRva2Vu';
    const run = await runDeploy([], envFor(discord, { DISCORD_TOKEN: token }));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'xen-news deploy: DISCORD_TOKEN was rejected by Discord: copy a fresh one from the Developer Portal.',
    );
  });

  it('fails with one line naming a missing variable', async () => {
    const run = await runDeployScript([], { DISCORD_TOKEN: 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxEmul.c2VjcmV0LXZhbHVlLXRoYXQtbXVzdA' });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^xen-news deploy: DISCORD_APPLICATION_ID is not set/);
    expect(run.stderr).not.toContain('c2VjcmV0');
  });
});
