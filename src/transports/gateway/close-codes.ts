import { ExitError, exitCodes } from '../../exit.js';

/** What each close code discord.js will not reconnect after means, and what the operator does about it. */
const unrecoverableCloses: Readonly<Record<number, string>> = {
  4004: 'authentication failed: the token was reset or revoked: set a new DISCORD_TOKEN (Developer Portal → Bot → Reset Token)',
  4010: 'invalid shard: the shard id sent does not fit the shard count: check --shards',
  4011: 'sharding is required: the bot is in too many servers for one connection: start it with --shards N (one per 2,500 servers)',
  4012: 'invalid API version: this discord.js speaks a gateway version Discord no longer accepts: update discord.js',
  4013: 'invalid intents: the bot asked for intents Discord does not know: a bug in xen-news; please report it',
  4014: 'disallowed intents: the application may not use an intent the bot asks for: enable it in the Developer Portal (Bot → Privileged Gateway Intents)',
};

/** One line naming the close code and what to do about it. */
export function explainUnrecoverableClose(code: number): string {
  const meaning = unrecoverableCloses[code] ?? 'discord.js will not reconnect after it';
  return `Discord closed the gateway for good (close code ${code}): ${meaning}`;
}

/** The start-up failure for a gateway closed for good before the bot was ready. */
export function unrecoverableCloseError(code: number): ExitError {
  return new ExitError(explainUnrecoverableClose(code), exitCodes.closedForGood);
}
