import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { BoundaryError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import type { Incident, Person } from '../../src/reports/incident.js';
import type { NewIncident } from '../../src/reports/incident-store.js';
import { openStore } from '../../src/store/open-store.js';
import { SqlFeedbackLog } from '../../src/store/sql-feedback-log.js';
import { forEachDatabase, ManualClock, type TestDatabase } from './factories.js';

const reporter: Person = { aadObjectId: 'aad-reporter', name: 'Sam Teacher' };

function newIncident(clock: ManualClock, over: Partial<NewIncident> = {}): NewIncident {
  const now = clock.now();
  return {
    id: randomUUID(),
    category: 'friend_request',
    severity: 'low',
    reporter,
    occurredAt: { kind: 'moment', at: now },
    reportedAt: now,
    summary: 'A pupil sent a friend request',
    pupilName: null,
    answers: { platform: 'instagram' },
    status: 'new',
    assignedTo: null,
    alert: null,
    outcome: null,
    closedAt: null,
    updatedAt: now,
    ...over,
  };
}

function drafts(clock: ManualClock, incidentId: string) {
  return (ref: string) => ({
    event: { type: 'reported' as const, actor: reporter, at: clock.now(), data: {} },
    audit: { at: clock.now(), actor: reporter, action: 'incident.reported', incidentId, detail: { ref } },
    outbox: [
      {
        id: randomUUID(),
        payload: { kind: 'alert.post' as const, incidentId },
        conversationKey: 'channel',
        dueAt: clock.now(),
      },
    ],
  });
}

async function create(t: TestDatabase, clock: ManualClock, over: Partial<NewIncident> = {}): Promise<Incident> {
  const inc = newIncident(clock, over);
  const r = await t.store.incidents.create(inc, {
    refPrefix: 'SM',
    idempotencyKey: null,
    drafts: drafts(clock, inc.id),
  });
  return r.incident;
}

/** Appends `count` entries to the audit chain, one after another. */
async function appendAudit(t: TestDatabase, clock: ManualClock, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await t.store.audit.append({
      at: clock.now(),
      actor: reporter,
      action: 'test.append',
      incidentId: null,
      detail: { i },
    });
  }
}

const DAY = 24 * 60 * 60 * 1000;

forEachDatabase(
  'store',
  (factory) => {
    let clock: ManualClock;
    let t: TestDatabase;
    beforeEach(async () => {
      clock = new ManualClock();
      t = await factory.create(clock);
    });
    afterEach(async () => {
      await t.cleanup();
    });

    it('when the store opens twice, then migrations are applied once and the data is still there', async () => {
      const inc = await create(t, clock);
      const again = await t.reopen();
      expect((await again.incidents.get(inc.id))?.ref).toBe(inc.ref);
    });

    it.each<[string, Incident['occurredAt']]>([
      ['a calendar day', { kind: 'date', date: '2026-03-01' }],
      ['a moment', { kind: 'moment', at: new Date('2026-03-01T16:05:00.000Z') }],
      ['nothing', null],
    ])(
      'when an incident that happened at %s is stored, then it reads back as the same kind',
      async (_what, occurredAt) => {
        const inc = await create(t, clock, { occurredAt });
        expect((await t.store.incidents.get(inc.id))?.occurredAt).toEqual(occurredAt);
      },
    );

    it('when a database holds form dates stored as midnight UTC, then the migration makes them calendar days and leaves real times alone', async () => {
      const day = await create(t, clock, { occurredAt: { kind: 'date', date: '2026-03-01' } });
      const moment = await create(t, clock, { occurredAt: { kind: 'moment', at: new Date('2026-03-01T16:05:00Z') } });
      // As the earlier code wrote a form's date; then the migration runs again on the next start.
      await sql`update incidents set occurred_at = '2026-03-01T00:00:00.000Z' where id = ${day.id}`.execute(t.store.db);
      await sql`delete from kysely_migration where name = '0003_occurred_on_dates'`.execute(t.store.db);
      const again = await t.reopen();
      expect((await again.incidents.get(day.id))?.occurredAt).toEqual({ kind: 'date', date: '2026-03-01' });
      expect((await again.incidents.get(moment.id))?.occurredAt).toEqual({
        kind: 'moment',
        at: new Date('2026-03-01T16:05:00Z'),
      });
    });

    it('when the database has a migration this code does not know, then opening it fails with store_too_new', async () => {
      await sql`insert into kysely_migration (name, timestamp) values ('9999_from_the_future', '2030-01-01')`.execute(
        t.store.db,
      );
      const err = await t.reopen().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BoundaryError);
      expect((err as BoundaryError).code).toBe('store_too_new');
    });

    it('when DATABASE_URL is not a postgres url, then opening fails with config_invalid', async () => {
      await expect(
        openStore({ databaseUrl: 'mysql://x', dataDir: '.', logger: silentLogger(), clock }),
      ).rejects.toMatchObject({ code: 'config_invalid' });
    });

    it('when incidents are created, then references count up per year as SM-YYYY-NNNN', async () => {
      const a = await create(t, clock);
      const b = await create(t, clock);
      clock.set(new Date('2027-01-05T10:00:00Z'));
      const c = await create(t, clock);
      expect([a.ref, b.ref, c.ref]).toEqual(['SM-2026-0001', 'SM-2026-0002', 'SM-2027-0001']);
    });

    it('when twenty incidents are created at once, then every reference is unique and none is skipped', async () => {
      const all = await Promise.all(Array.from({ length: 20 }, () => create(t, clock)));
      const numbers = all.map((i) => Number(i.ref.slice(-4))).sort((x, y) => x - y);
      expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });

    // SQLite runs one instance (one process, one connection); several instances need PostgreSQL.
    it.skipIf(factory.name === 'sqlite')(
      'when two stores (instances) create incidents at once, then references are still unique',
      async () => {
        const other = await t.reopen();
        const made = await Promise.all(
          Array.from({ length: 10 }, (_, i) => {
            const s = i % 2 === 0 ? t.store : other;
            const inc = newIncident(clock);
            return s.incidents.create(inc, { refPrefix: 'SM', idempotencyKey: null, drafts: drafts(clock, inc.id) });
          }),
        );
        expect(new Set(made.map((m) => m.incident.ref)).size).toBe(10);
      },
    );

    it('when the same idempotency key is used twice at once, then exactly one incident exists', async () => {
      const key = `card-${randomUUID()}`;
      const results = await Promise.all(
        [0, 1, 2].map(() => {
          const inc = newIncident(clock);
          return t.store.incidents.create(inc, { refPrefix: 'SM', idempotencyKey: key, drafts: drafts(clock, inc.id) });
        }),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.incident.id)).size).toBe(1);
      const rows = await t.store.db.selectFrom('incidents').select('id').execute();
      expect(rows).toHaveLength(1);
    });

    it('when a conditional change no longer matches, then nothing is written and the current row is returned', async () => {
      const inc = await create(t, clock);
      const change = {
        incidentId: inc.id,
        expect: { statusIn: ['new'] as const },
        set: { status: 'acknowledged' as const },
        at: clock.now(),
        events: [{ type: 'acknowledged' as const, actor: reporter, at: clock.now(), data: {} }],
        audit: [],
        outbox: [],
      };
      const first = await t.store.incidents.change(change);
      const second = await t.store.incidents.change(change);
      expect(first.ok).toBe(true);
      expect(second).toMatchObject({ ok: false, current: { status: 'acknowledged' } });
      expect(await t.store.incidents.events(inc.id)).toHaveLength(2);
    });

    it('when audit entries are appended, then verify reports the whole chain as intact', async () => {
      await appendAudit(t, clock, 5);
      expect(await t.store.audit.verify()).toMatchObject({ ok: true, count: 5 });
    });

    // SQLite runs one instance (one process, one connection); several instances need PostgreSQL.
    it.skipIf(factory.name === 'sqlite')(
      'when appends race across two instances, then the chain does not fork',
      async () => {
        const other = await t.reopen();
        await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            (i % 2 ? other : t.store).audit.append({
              at: clock.now(),
              actor: reporter,
              action: 'test.race',
              incidentId: null,
              detail: { i },
            }),
          ),
        );
        expect(await t.store.audit.verify()).toMatchObject({ ok: true, count: 20 });
      },
    );

    it('when an audit row is edited in the database, then verify names that row', async () => {
      await appendAudit(t, clock, 4);
      await t.store.db.updateTable('audit_log').set({ actor_name: 'Someone Else' }).where('seq', '=', 3).execute();
      expect(await t.store.audit.verify()).toMatchObject({ ok: false, brokenAt: 3 });
    });

    it('when the newest audit row is deleted, then verify notices the chain is shorter than its head', async () => {
      await appendAudit(t, clock, 3);
      await t.store.db.deleteFrom('audit_log').where('seq', '=', 3).execute();
      expect(await t.store.audit.verify()).toMatchObject({ ok: false, brokenAt: 3 });
    });

    it('when verified from a checkpoint, then only the entries after it are re-computed, and an edit there is named', async () => {
      await appendAudit(t, clock, 3);
      const first = await t.store.audit.verify();
      if (!first.ok) throw new Error('the fresh chain should verify');
      await appendAudit(t, clock, 2);
      const checkpoint = { seq: first.count, hash: first.headHash };
      expect(await t.store.audit.verify(checkpoint)).toMatchObject({ ok: true, count: 5 });
      await t.store.db.updateTable('audit_log').set({ actor_name: 'Someone Else' }).where('seq', '=', 5).execute();
      expect(await t.store.audit.verify(checkpoint)).toMatchObject({ ok: false, brokenAt: 5 });
    });

    it('when the checkpoint entry itself was changed, then verifying from it fails at that entry', async () => {
      await appendAudit(t, clock, 3);
      const first = await t.store.audit.verify();
      if (!first.ok) throw new Error('the fresh chain should verify');
      await t.store.db
        .updateTable('audit_log')
        .set({ hash: 'f'.repeat(64) })
        .where('seq', '=', 3)
        .execute();
      expect(await t.store.audit.verify({ seq: 3, hash: first.headHash })).toMatchObject({ ok: false, brokenAt: 3 });
    });

    it('when a bot state item is written and read back, then it carries an eTag', async () => {
      await t.store.botStorage.write({ 'conv/user': { step: 1 } });
      const items = await t.store.botStorage.read(['conv/user', 'missing']);
      expect(items['conv/user']).toMatchObject({ step: 1 });
      expect(typeof items['conv/user'].eTag).toBe('string');
      expect(items.missing).toBeUndefined();
    });

    it('when a write carries a stale eTag, then it is rejected and the newer value is kept', async () => {
      await t.store.botStorage.write({ k: { v: 1 } });
      const first = (await t.store.botStorage.read(['k'])).k;
      await t.store.botStorage.write({ k: { ...first, v: 2 } });
      await expect(t.store.botStorage.write({ k: { ...first, v: 3 } })).rejects.toThrow(/eTag conflict/);
      expect((await t.store.botStorage.read(['k'])).k).toMatchObject({ v: 2 });
    });

    it("when a write carries eTag '*', then it overwrites unconditionally", async () => {
      await t.store.botStorage.write({ k: { v: 1 } });
      await t.store.botStorage.write({ k: { v: 9, eTag: '*' } });
      expect((await t.store.botStorage.read(['k'])).k).toMatchObject({ v: 9 });
    });

    it('when a matching eTag is written, then the eTag changes and the old one becomes stale', async () => {
      await t.store.botStorage.write({ k: { v: 1 } });
      const a = (await t.store.botStorage.read(['k'])).k;
      await t.store.botStorage.write({ k: a });
      const b = (await t.store.botStorage.read(['k'])).k;
      expect(b.eTag).not.toBe(a.eTag);
      await expect(t.store.botStorage.write({ k: a })).rejects.toThrow(/eTag conflict/);
    });

    it('when one key in a multi-key write conflicts, then none of the keys are written', async () => {
      await t.store.botStorage.write({ a: { v: 1 }, b: { v: 1 } });
      const read = await t.store.botStorage.read(['a', 'b']);
      await t.store.botStorage.write({ b: { ...read.b, v: 2 } });
      await expect(t.store.botStorage.write({ a: { ...read.a, v: 5 }, b: { ...read.b, v: 5 } })).rejects.toThrow(
        /eTag conflict/,
      );
      const after = await t.store.botStorage.read(['a', 'b']);
      expect(after.a).toMatchObject({ v: 1 });
      expect(after.b).toMatchObject({ v: 2 });
    });

    it('when bot state is deleted, then reading it returns nothing and deleting again is fine', async () => {
      await t.store.botStorage.write({ k: { v: 1 } });
      await t.store.botStorage.delete(['k']);
      await t.store.botStorage.delete(['k']);
      expect(await t.store.botStorage.read(['k'])).toEqual({});
    });

    it('when bot state is written and the store reopened, then it survives the restart', async () => {
      await t.store.botStorage.write({ k: { draft: { category: 'abusive_post' } } });
      const again = await t.reopen();
      expect((await again.botStorage.read(['k'])).k).toMatchObject({ draft: { category: 'abusive_post' } });
    });

    // SQLite runs one instance (one process, one connection); several instances need PostgreSQL.
    it.skipIf(factory.name === 'sqlite')(
      'when two instances claim due outbox rows at once, then no row is claimed twice',
      async () => {
        for (let i = 0; i < 30; i++) await create(t, clock);
        const other = await t.reopen();
        const [a, b] = await Promise.all([
          t.store.outbox.claimDue('relay-a', clock.now(), 60_000, 20),
          other.outbox.claimDue('relay-b', clock.now(), 60_000, 20),
        ]);
        const ids = [...a, ...b].map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBe(30);
      },
    );

    it('when a claim lease expires, then another instance can claim the row', async () => {
      await create(t, clock);
      const [row] = await t.store.outbox.claimDue('relay-a', clock.now(), 30_000, 10);
      expect(await t.store.outbox.claimDue('relay-b', clock.now(), 30_000, 10)).toHaveLength(0);
      clock.advance(31_000);
      const again = await t.store.outbox.claimDue('relay-b', clock.now(), 30_000, 10);
      expect(again.map((r) => r.id)).toEqual([row!.id]);
      expect(await t.store.outbox.complete(row!.id, 'relay-a', clock.now(), {})).toBe(false);
    });

    it('when alert channel, conversation references and feedback are saved, then they read back', async () => {
      const ref = { serviceUrl: 'https://smba.example/', conversation: { id: '19:abc@thread.tacv2' } };
      expect(await t.store.settings.getAlertChannel()).toBeNull();
      await t.store.settings.setAlertChannel(ref, 'aad-dsl', clock.now());
      expect(await t.store.settings.getAlertChannel()).toMatchObject({ reference: ref, setBy: 'aad-dsl' });
      await t.store.conversations.save('aad-1', ref, clock.now());
      expect(await t.store.conversations.get('aad-1')).toEqual(ref);
      await t.store.feedback.add({
        at: clock.now(),
        userId: 'aad-1',
        question: 'Can I accept?',
        verdict: 'not_allowed',
        clauseIds: ['6.2.1'],
        helpful: true,
      });
      expect(await t.store.feedback.list()).toMatchObject([{ clauseIds: ['6.2.1'], helpful: true }]);
    });

    it('when feedback is older than its keeping period, then it is deleted as newer feedback comes in', async () => {
      const log = new SqlFeedbackLog(t.store.db, clock, 30);
      const entry = (question: string) => ({
        at: clock.now(),
        userId: 'aad-1',
        question,
        verdict: 'allowed',
        clauseIds: [],
        helpful: false,
      });
      await log.add(entry('first, about a friend request'));
      clock.advance(20 * DAY);
      await log.add(entry('second, twenty days later'));
      clock.advance(15 * DAY);
      // 35 days after the first: it is past the 30 days and goes with this write; the second (15 days old) stays.
      await log.add(entry('third'));
      expect((await log.list()).map((e) => e.question)).toEqual(['second, twenty days later', 'third']);
    });
  },
  'store',
);
