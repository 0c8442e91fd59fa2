import { defineConfig } from 'vitest/config';
import { SLOW_SUITES } from './vitest.slow.config.js';

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts', 'test/no-bot-left.ts'],
    include: ['test/**/*.test.ts'],
    // The slow suites run with `npm run test:slow` (vitest.slow.config.ts), the desk's browser tests with
    // `npm run test:tab`, the service suites' PostgreSQL halves with `npm run test:pg` (vitest.pg.config.ts).
    env: { BOUNDARY_TEST_PG: 'store' },
    exclude: ['test/e2e/**', 'test/resilience/**', 'test/tab/**', 'node_modules/**', ...SLOW_SUITES],
    // better-sqlite3 and restify servers are happier in child processes than in worker threads.
    pool: 'forks',
    // Each fork keeps its loaded modules from one file to the next: a fresh module graph per file (the Bot
    // Framework stack, the policy engine) was most of the run's CPU.
    poolOptions: { forks: { maxForks: 2, isolate: false } },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
