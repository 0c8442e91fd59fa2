import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { fileReport } from '../security/support/fuzz.js';
import { checkSqliteInvariants } from '../security/support/invariants.js';
import { staff, startChild } from './child.js';
import { recordFigures } from './figures.js';

/**
 * SIGTERM while staff are asking questions and filing reports: turns already running finish (their answers
 * arrive), new ones are turned away with 503, the process exits 0, and no outbox row is left claimed by it.
 */
describe('shutdown under load', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await cleanup?.();
  });

  it('when SIGTERM arrives during load, then in-flight turns finish, later requests get 503, and no outbox row stays claimed', async () => {
    const child = await startChild({
      SHUTDOWN_TIMEOUT_MS: '10000',
      RATE_LIMIT_QUESTIONS_PER_MINUTE: '10000',
      RATE_LIMIT_REPORTS_PER_HOUR: '10000',
    });
    cleanup = async () => {
      await child.connector.close();
      rmSync(child.workDir, { recursive: true, force: true });
    };
    let sigtermAt = Number.POSITIVE_INFINITY;
    const outcomes: { startedAt: number; status: number | 'network_error' }[] = [];
    let stop = false;
    const question = async (i: number) => {
      const user = staff('shutdown-q', i);
      while (!stop) {
        const startedAt = performance.now();
        try {
          const res = await child.client.send(
            child.client.personalMessage('Can I accept a friend request from a parent?', { user }),
          );
          outcomes.push({ startedAt, status: res.status });
        } catch {
          outcomes.push({ startedAt, status: 'network_error' });
          return;
        }
      }
    };
    let confirmed = 0;
    const reporter = async (i: number) => {
      const user = staff('shutdown-r', 100 + i);
      while (!stop) {
        try {
          const r = await fileReport(child.client, user, i % 2 ? 'post' : 'friend');
          if (r.reference) confirmed += 1;
          if (r.statuses.some((s) => s === 503)) return;
        } catch {
          return;
        }
      }
    };
    const load = [
      ...Array.from({ length: 8 }, (_, i) => question(i)),
      ...Array.from({ length: 4 }, (_, i) => reporter(i)),
    ];
    await new Promise((r) => setTimeout(r, 3_000));
    sigtermAt = performance.now();
    // SIGKILL only after 30 s, so an exit within SHUTDOWN_TIMEOUT_MS is the bot's own doing.
    const exit = await child.bot.stop(30_000);
    const stoppedMs = performance.now() - sigtermAt;
    stop = true;
    await Promise.all(load);

    const beforeTerm = outcomes.filter((o) => o.startedAt < sigtermAt);
    const cutOff = beforeTerm.filter(
      (o) => o.status === 'network_error' || (typeof o.status === 'number' && o.status >= 500 && o.status !== 503),
    );
    const log = readFileSync(child.logFile, 'utf8');
    const stoppedLine = log.split('\n').find((l) => l.includes('"msg":"stopped"'));
    const facts = checkSqliteInvariants(child.dataDir, { now: new Date() });
    recordFigures('shutdown', 'Shutdown: SIGTERM during load (child process, SQLite)', [
      ['Requests answered before SIGTERM', beforeTerm.filter((o) => o.status === 200).length],
      ['Requests started before SIGTERM and cut off', cutOff.length],
      ['Reports confirmed', confirmed],
      ['SIGTERM to exit (ms)', Math.round(stoppedMs)],
      ['Drained all in-flight turns', stoppedLine?.includes('"drained":true') ? 'yes' : 'no'],
      ['Outbox rows left claimed (status sending) after exit', facts.outbox.sending],
    ]);
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.stopMs).toBeLessThanOrEqual(10_000);
    expect(stoppedLine).toContain('"drained":true');
    expect(facts.outbox.sending).toBe(0);
    expect(facts.problems).toEqual([]);
    expect(cutOff.filter((o) => o.status !== 'network_error')).toEqual([]);
  });
});
