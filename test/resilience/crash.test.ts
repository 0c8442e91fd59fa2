import { describe, expect, it } from 'vitest';
import { runCrashCycles } from '../security/support/crash.js';
import { recordFigures } from './figures.js';

describe('crash: many SIGKILL cycles of the real server', () => {
  it('when the server is killed at random moments 15 times while staff file reports, then every confirmed report is stored and alerted, with duplicates counted', async () => {
    const r = await runCrashCycles({
      cycles: 15,
      reporters: 4,
      killAfterMs: [200, 3_000],
      seed: 2026,
      reportsPerCycle: 3,
      settleMs: 150_000,
      log: (l) => console.log(l),
    });
    recordFigures(
      'crash',
      'Crash: SIGKILL at random moments while staff file reports (SQLite, child process)',
      [
        ['Kill/restart cycles', r.kills],
        ['Report submissions started', r.submitsAttempted],
        ['Reports confirmed to the reporter (reference shown)', r.confirmed.length],
        ['Incidents in the database at the end', r.storedIncidents],
        ['Confirmed but missing from the database', r.confirmedMissingFromDb.length],
        ['Confirmed but alert never posted', r.alertsMissing.length],
        ['Duplicate channel posts', `${r.duplicatePosts} (${r.duplicateRefs.join(', ') || 'none'})`],
        ['Dead-lettered outbox rows', r.outbox.dead],
        [
          'Restart to /readyz p50 (ms)',
          Math.round([...r.restartMs].sort((a, b) => a - b)[Math.floor(r.restartMs.length / 2)] ?? 0),
        ],
      ],
      [
        'A report is "confirmed" only when its reporter saw the confirmation card with the reference; stored-but-unconfirmed reports (killed between commit and answer) are also alerted.',
        'OUTBOX_LEASE_SECONDS=5, so a post claimed by a killed process is taken over 5 s later; a duplicate is possible only when the kill lands between Teams accepting the post and the relay recording it.',
      ],
    );
    expect(r.confirmed.length).toBeGreaterThan(20);
    expect(r.confirmedMissingFromDb).toEqual([]);
    expect(r.alertsMissing).toEqual([]);
    expect(r.invariantProblems).toEqual([]);
    expect(r.dueUndelivered).toBe(0);
    expect(r.duplicatePosts).toBeLessThanOrEqual(r.kills);
  });
});
