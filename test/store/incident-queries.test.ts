import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Incident } from '../../src/reports/incident.js';
import { IncidentService } from '../../src/reports/incident-service.js';
import { ConfiguredLeadDirectory } from '../../src/reports/lead-directory.js';
import { forEachDatabase, ManualClock, type TestDatabase } from './factories.js';

/** The desk's reads over many concerns, the same on SQLite and PostgreSQL. */
forEachDatabase(
  'incident queries',
  (factory) => {
    let db: TestDatabase;
    let clock: ManualClock;
    let service: IncidentService;
    const lead = { aadObjectId: 'lead-1', name: 'Sam Lead' };
    const made: Incident[] = [];

    async function report(category: string, reporterId: string, at: string): Promise<Incident> {
      clock.set(new Date(at));
      const { incident } = await service.submitReport(
        {
          category,
          reporter: { aadObjectId: reporterId, name: `Reporter ${reporterId}` },
          summary: 'A concern',
          answers: {},
        },
        null,
      );
      made.push(incident);
      return incident;
    }

    beforeEach(async () => {
      clock = new ManualClock();
      db = await factory.create(clock);
      service = new IncidentService({
        incidents: db.store.incidents,
        audit: db.store.audit,
        leads: new ConfiguredLeadDirectory([lead.aadObjectId]),
        clock,
      });
      made.length = 0;
      await report('friend_request', 'staff-a', '2026-01-15T10:00:00.000Z');
      await report('abusive_post', 'staff-b', '2026-02-03T10:00:00.000Z');
      await report('friend_request', 'staff-a', '2026-02-20T10:00:00.000Z');
      await service.assignToMe(lead, made[1]!.id);
    });
    afterEach(async () => {
      await db.cleanup();
    });

    const refs = (list: Incident[]) => list.map((i) => i.ref);

    it.each([
      ['nothing', {}, [2, 1, 0]],
      ['a status', { statuses: ['in_progress'] as const }, [1]],
      ['a category', { categories: ['friend_request'] as const }, [2, 0]],
      ['the assignee', { assignedTo: 'lead-1' }, [1]],
      ['the reporter', { reporterId: 'staff-a' }, [2, 0]],
      ['a date range', { from: new Date('2026-02-01T00:00:00Z'), to: new Date('2026-02-04T00:00:00Z') }, [1]],
      ['a limit', { limit: 1 }, [2]],
      ['a page (limit and offset)', { limit: 1, offset: 1 }, [1]],
      ['an offset past the end', { limit: 2, offset: 3 }, []],
    ])('when filtered by %s, then the matching concerns come newest first', async (_n, filter, expected) => {
      expect(refs(await db.store.queries.list(filter))).toEqual(expected.map((i) => made[i]!.ref));
    });

    it('when searched by the start of a reference, then it matches by prefix and a wildcard typed in it is dropped, not honoured', async () => {
      const ref = made[0]!.ref;
      expect(refs(await db.store.queries.list({ refStartsWith: ref }))).toEqual([ref]);
      expect(refs(await db.store.queries.list({ refStartsWith: ref.slice(0, -1) }))).toContain(ref);
      expect(await db.store.queries.list({ refStartsWith: '%' })).toHaveLength(3);
      expect(await db.store.queries.list({ refStartsWith: 'XX-' })).toEqual([]);
    });

    it('when the events of several concerns are asked for, then each gets its own, in order', async () => {
      const events = await db.store.queries.eventsOf(made.map((i) => i.id));
      expect(events.get(made[0]!.id)?.map((e) => e.type)).toEqual(['reported']);
      expect(events.get(made[1]!.id)?.map((e) => e.type)).toEqual(['reported', 'acknowledged', 'assigned']);
    });

    it('when counted per month, then each month and category has its count', async () => {
      expect(await db.store.queries.perMonth(new Date('2026-02-01T00:00:00Z'))).toEqual([
        { month: '2026-02', category: 'abusive_post', count: 1 },
        { month: '2026-02', category: 'friend_request', count: 1 },
      ]);
    });
  },
  'store',
);
