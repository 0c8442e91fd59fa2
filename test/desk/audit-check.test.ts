import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditCheck, FULL_CHECK_MS } from '../../src/desk/audit-check.js';
import type { AuditCheckpoint, AuditLog } from '../../src/reports/incident-store.js';
import { ManualClock, sqliteFactory, type TestDatabase } from '../store/factories.js';

/**
 * The overview's audit check on a real SQLite store: a full verification first, then only the entries added since,
 * a full one again after FULL_CHECK_MS, and never a cached "intact" for a chain that does not verify.
 */
describe('the desk overview audit check', () => {
  let db: TestDatabase;
  let clock: ManualClock;
  let calls: (AuditCheckpoint | undefined)[];
  let check: AuditCheck;

  const append = async (n: number) => {
    for (let i = 0; i < n; i++)
      await db.store.audit.append({
        at: clock.now(),
        actor: { aadObjectId: 'lead', name: 'Dana Lead' },
        action: 'test.append',
        incidentId: null,
        detail: { i },
      });
  };
  const tamper = (seq: number) =>
    db.store.db.updateTable('audit_log').set({ actor_name: 'Someone Else' }).where('seq', '=', seq).execute();

  beforeEach(async () => {
    clock = new ManualClock();
    db = await sqliteFactory.create(clock);
    calls = [];
    const real = db.store.audit;
    const counted: AuditLog = {
      append: (d) => real.append(d),
      list: (o) => real.list(o),
      verify: (from) => {
        calls.push(from);
        return real.verify(from);
      },
    };
    check = new AuditCheck(counted, clock);
    await append(5);
  });
  afterEach(async () => {
    await db.cleanup();
  });

  it('when the overview is opened again, then only the entries added since the last check are verified', async () => {
    expect(await check.status()).toMatchObject({ verified: true, checked: 5 });
    await append(3);
    expect(await check.status()).toMatchObject({ verified: true, checked: 8 });
    expect(calls).toEqual([undefined, { seq: 5, hash: expect.any(String), fullAt: expect.any(Number) }]);
  });

  it('when the full-check interval has passed, then the whole chain is verified again and an old edit is found', async () => {
    await check.status();
    await tamper(2);
    // Between full checks an edit before the checkpoint is not seen: the cost of checking only what is new.
    expect(await check.status()).toMatchObject({ verified: true });
    clock.advance(FULL_CHECK_MS + 1);
    expect(await check.status()).toMatchObject({ verified: false, problem: expect.stringMatching(/entry 2/) });
    expect(calls.map((c) => c === undefined)).toEqual([true, false, true]);
  });

  it('when an entry added since the checkpoint is changed, then the next overview says so, and checks in full after', async () => {
    await check.status();
    await append(2);
    await tamper(7);
    expect(await check.status()).toMatchObject({ verified: false, problem: expect.stringMatching(/entry 7/) });
    expect(await check.status()).toMatchObject({ verified: false });
    expect(calls.map((c) => c === undefined)).toEqual([true, false, true]);
  });

  it('when two overviews ask at once, then the chain is verified once', async () => {
    const [a, b] = await Promise.all([check.status(), check.status()]);
    expect(a).toEqual(b);
    expect(calls).toHaveLength(1);
  });
});
