import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the real bot, the Microsoft 365 Agents Playground and headless Chromium (`npm run test:e2e`).
 * Kept apart from `npm test` because each journey starts three processes; they run one at a time on one fork so
 * two Playgrounds and two browsers never compete for the machine's two cores.
 */
export default defineConfig({
  test: {
    globalSetup: ['test/no-bot-left.ts'],
    include: ['test/e2e/**/*.test.ts'],
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
