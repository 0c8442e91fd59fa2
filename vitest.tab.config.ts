import { defineConfig } from 'vitest/config';

/**
 * The safeguarding desk in a real browser (test/tab): Debian's Chromium against the real server in local mode.
 * One file at a time: each starts a server and a browser, and the machine is shared.
 */
export default defineConfig({
  test: {
    include: ['test/tab/**/*.test.ts'],
    pool: 'forks',
    poolOptions: { forks: { maxForks: 1, minForks: 1 } },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
