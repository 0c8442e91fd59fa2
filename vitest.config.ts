import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/resilience/**', 'test/tab/**', 'node_modules/**'],
    // better-sqlite3 and restify servers are happier in child processes than in worker threads.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2 } },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
