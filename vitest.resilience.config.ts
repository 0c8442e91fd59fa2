import { defineConfig } from 'vitest/config';

/**
 * The full resilience suite (issue 6): crash cycles of the real server, connector faults, database faults,
 * shutdown under load, the large fuzz run and the load figures. `npm run test:resilience`. Slow by design;
 * the fast parts of the same attacks run in `npm test` from test/security.
 */
export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts', 'test/no-bot-left.ts'],
    include: ['test/resilience/**/*.test.ts'],
    // An error nobody handled fails the test it happened in, not just the run.
    setupFiles: ['test/resilience/fail-on-unhandled.ts'],
    pool: 'forks',
    // One file at a time: the crash and load runs measure the machine, and a second run would skew them.
    poolOptions: { forks: { maxForks: 1, singleFork: true } },
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
