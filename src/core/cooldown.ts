/** Per-user cooldown: how long each user must still wait before the next expensive call. */
export interface Cooldown {
  /** Records a call by `userId` and returns 0 when it may go ahead, else the milliseconds left to wait. */
  take(userId: string): number | Promise<number>;
}

/**
 * A cooldown kept in the process. Entries expire on their own, and the map is pruned when it grows,
 * so a flood of distinct users cannot grow memory without bound.
 */
export function createCooldown(ms: number, now: () => number = Date.now, maxUsers = 10_000): Cooldown {
  const until = new Map<string, number>();
  return {
    take(userId) {
      if (ms <= 0) return 0;
      const time = now();
      const waitUntil = until.get(userId) ?? 0;
      if (waitUntil > time) return waitUntil - time;
      if (until.size >= maxUsers) {
        for (const [id, end] of until) if (end <= time) until.delete(id);
        if (until.size >= maxUsers) until.clear();
      }
      until.set(userId, time + ms);
      return 0;
    },
  };
}
