import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
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
