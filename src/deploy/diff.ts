import { isDeepStrictEqual } from 'node:util';

/** A command definition as sent to or returned by Discord's commands routes. */
export type CommandJson = { name: string };

export interface CommandChanges {
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: string[];
}

/** Fields Discord adds, or deprecated ones it echoes with defaults, that say nothing about a change. */
const ignoredKeys = new Set(['id', 'application_id', 'guild_id', 'version', 'dm_permission', 'default_permission']);

/**
 * A definition with Discord's defaults removed (null, false, empty lists and maps), so what Discord
 * returns compares equal to what we would send when nothing changed.
 */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value === null || typeof value !== 'object') return value;
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (ignoredKeys.has(key) || field === undefined || field === null || field === false) continue;
    if (Array.isArray(field) && field.length === 0) continue;
    if (typeof field === 'object' && !Array.isArray(field) && Object.keys(field).length === 0) continue;
    kept[key] = normalise(field);
  }
  return kept;
}

/**
 * Discord fills in fields a definition leaves out (integration_types, contexts, …), so a command
 * counts as unchanged when Discord's copy agrees on every field ours sets.
 */
function sameDefinition(current: CommandJson, wanted: CommandJson): boolean {
  const ours = normalise(wanted) as Record<string, unknown>;
  const theirs = normalise(current) as Record<string, unknown>;
  return Object.keys(ours).every((key) => isDeepStrictEqual(ours[key], theirs[key]));
}

/** What a bulk overwrite with `wanted` changes, given the commands `existing` on Discord now. */
export function diffCommands(existing: readonly CommandJson[], wanted: readonly CommandJson[]): CommandChanges {
  const before = new Map(existing.map((command) => [command.name, command]));
  const changes: CommandChanges = { added: [], updated: [], removed: [], unchanged: [] };
  for (const command of wanted) {
    const current = before.get(command.name);
    if (!current) changes.added.push(command.name);
    else if (sameDefinition(current, command)) changes.unchanged.push(command.name);
    else changes.updated.push(command.name);
  }
  const names = new Set(wanted.map((command) => command.name));
  for (const command of existing) if (!names.has(command.name)) changes.removed.push(command.name);
  return changes;
}
