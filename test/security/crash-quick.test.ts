import { describe, expect, it } from 'vitest';
import { runCrashCycles } from './support/crash.js';

/** A few crash cycles in npm test; the resilience suite runs many (test/resilience/crash.test.ts). */
describe('crash: the real server SIGKILLed while staff file reports', () => {
  it('when the server is killed at random moments and restarted, then every confirmed report is stored and alerted', async () => {
    const result = await runCrashCycles({ cycles: 2, reporters: 3, killAfterMs: [300, 1_500], seed: 11 });
    expect(result.kills).toBe(2);
    expect(result.confirmed.length).toBeGreaterThan(0);
    expect(result.confirmedMissingFromDb).toEqual([]);
    expect(result.alertsMissing).toEqual([]);
    expect(result.invariantProblems).toEqual([]);
    expect(result.dueUndelivered).toBe(0);
    expect(result.outbox.dead).toBe(0);
    // Duplicates are possible only for a post in flight at the kill; there are at most as many as kills.
    expect(result.duplicatePosts).toBeLessThanOrEqual(result.kills);
  }, 240_000);
});
