import { defineConfig } from 'vitest/config';

/**
 * The slow suites of `npm test` (`npm run test:slow`; .ci/run runs them after the default run): each starts real
 * server processes or fresh Node processes again and again, so together they take minutes on a 2-core machine.
 * The default `npx vitest run` leaves them out. Suites go here only for real processes or real time they cannot
 * do without; each entry says which.
 */
export const SLOW_SUITES = [
  // Thousands of hostile requests through the real endpoint.
  'test/security/fuzz.test.ts',
  // The real server SIGKILLed and restarted while staff file reports.
  'test/security/crash-quick.test.ts',
  'test/teams/crash-delivery.test.ts',
  // The built server (dist/) in real processes: an unread stdout pipe, SIGTERM and a second SIGTERM, starts
  // refused for wrong settings (about 30 s).
  'test/http/process-lifecycle.test.ts',
  // Teams failing alert posts with 5xx: botframework-connector waits its own backoff (about 1, 2 and 4 s of real
  // time) before each retry, and it takes no option to shorten it (its ServiceClientContext drops retryOptions).
  'test/teams/alerts-faults.test.ts',
  // A fresh Node per case, importing the whole Bot Framework stack.
  'test/defer-unused-modules.test.ts',
  // Every graded question of every policy, answered again with the reference search or hostile text.
  'test/policy/answering/exact-scorer.test.ts',
  'test/policy/safety.test.ts',
  // The safety battery's 1,173 paraphrases asked of every policy.
  'test/policy/safety-battery-answers.test.ts',
  // Every graded set's floor (1,814 questions over 47 policies) and the whole safety battery's classification:
  // 8-10 s together, which had taken the default run over a minute on this machine.
  'test/policy/unseen-eval.test.ts',
  'test/policy/understanding/safety-battery.test.ts',
  // Every policy rendered to .docx and .pdf and read back, clause for clause.
  'test/policy/ingest/format-parity.test.ts',
];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    include: SLOW_SUITES,
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2 } },
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
