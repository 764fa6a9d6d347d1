import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Bounds for a hung test, not speed checks (those are in `npm run bench`): the entry-point tests
    // start real processes, several at once, and on a busy 2-core CI machine each takes seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'commands/**/*.ts'],
      exclude: ['**/*.d.ts'],
      reporter: ['text-summary'],
      // Code run only in child processes (entry points, shards) is not counted; the floor is met without it.
      thresholds: { lines: 90 },
    },
  },
});
