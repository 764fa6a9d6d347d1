import { parseArgs } from 'node:util';
import { DiscordAPIError, HTTPError, RateLimitError, REST, Routes } from 'discord.js';
import { ConfigError, readEnv } from '../config/env.js';
import { deployEnvSchema } from '../config/modes.js';
import type { AnyCommand } from '../core/command.js';
import { createScrubber, secretsIn } from '../output/secrets.js';
import { type CommandJson, diffCommands } from './diff.js';

/** The longest rate limit the deploy waits out; a longer one (e.g. the daily create limit) fails it. */
const maxRateLimitWaitMs = 10_000;

export interface DeployIo {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

function explain(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  if (error instanceof RateLimitError)
    return `Discord rate-limited ${error.method} ${error.route} for ${Math.round(error.retryAfter / 1000)} s; nothing was changed. Try again later.`;
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) return 'DISCORD_TOKEN was rejected by Discord: copy a fresh one from the Developer Portal.';
    if (error.status === 403 || error.code === 50001)
      return 'Discord refused access: check DISCORD_APPLICATION_ID, and that the bot was invited to DISCORD_GUILD_ID with the applications.commands scope.';
    return `Discord refused the commands (${error.status}, code ${error.code}): ${error.message}`;
  }
  if (error instanceof HTTPError)
    return `Discord answered ${error.status} ${error.message}; nothing may have changed. Try again.`;
  if (error instanceof Error && error.name === 'AbortError') return 'Discord did not answer in time; try again.';
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) return error.message;
  return `deploy failed: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * `npm run deploy`: registers `commands` with Discord by bulk overwrite, to DISCORD_GUILD_ID when set
 * (instant) or globally. Reports what changed; `--dry-run` prints the JSON and touches no network.
 * Returns the exit code; never throws.
 */
export async function deploy(commands: readonly AnyCommand[], io: DeployIo): Promise<number> {
  try {
    const { values } = parseArgs({ args: io.argv, options: { 'dry-run': { type: 'boolean', default: false } }, strict: true });
    const body: CommandJson[] = commands.map((command) => command.data.toJSON());
    if (values['dry-run']) {
      io.stdout(JSON.stringify(body, null, 2));
      io.stderr(`dry run: ${body.length} commands, nothing sent.`);
      return 0;
    }
    const env = readEnv(deployEnvSchema, io.env);
    const route = env.DISCORD_GUILD_ID
      ? Routes.applicationGuildCommands(env.DISCORD_APPLICATION_ID, env.DISCORD_GUILD_ID)
      : Routes.applicationCommands(env.DISCORD_APPLICATION_ID);
    const target = env.DISCORD_GUILD_ID
      ? `guild ${env.DISCORD_GUILD_ID}`
      : 'all servers and user installs (global: a client holding an older version reloads it when used)';
    const rest = new REST({
      api: env.DISCORD_API_URL,
      timeout: 15_000,
      retries: 2,
      rejectOnRateLimit: (limit) => limit.retryAfter > maxRateLimitWaitMs,
    }).setToken(env.DISCORD_TOKEN);

    const existing = (await rest.get(route)) as CommandJson[];
    const changes = diffCommands(existing, body);
    const registered = (await rest.put(route, { body })) as CommandJson[];
    io.stdout(`Registered ${registered.length} commands for ${target}.`);
    for (const [change, names] of Object.entries(changes))
      io.stdout(`  ${change}: ${names.length === 0 ? '-' : names.map((name: string) => `/${name}`).join(', ')}`);
    return 0;
  } catch (error) {
    // A server's error text can repeat what it was sent, the token included.
    const scrub = createScrubber(secretsIn(io.env));
    io.stderr(`xen-news deploy: ${scrub(explain(error))}`);
    return 1;
  }
}
