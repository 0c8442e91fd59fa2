import { defineConfig } from 'vitest/config';

/**
 * The PostgreSQL halves of the service-level suites (`npm run test:pg`; .ci/run runs it after the default run): the
 * same tests as their SQLite halves, through the real bot, on a PostgreSQL schema each. The default `npx vitest
 * run` keeps only the store suites' PostgreSQL halves, so it stays quick; between the two commands every suite runs
 * on both databases (test/store/pg-halves.test.ts checks that no suite is left out).
 */
export const PG_SERVICE_SUITES = [
  'test/alerts/alert-channel.test.ts',
  'test/alerts/outbox-relay-concurrency.test.ts',
  'test/alerts/outbox-relay.test.ts',
  'test/reports/incident-service.test.ts',
  'test/teams/alerts-leads.test.ts',
  'test/teams/alerts.test.ts',
  'test/teams/incident-workflow.test.ts',
  'test/teams/report-to-alert.test.ts',
];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts', 'test/no-bot-left.ts'],
    include: PG_SERVICE_SUITES,
    env: { BOUNDARY_TEST_PG: 'only' },
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, isolate: false } },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
