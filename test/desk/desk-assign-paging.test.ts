import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Incident } from '../../src/reports/incident.js';
import { DEPUTY, type DeskBot, DSL, OTHER_STAFF, STAFF, startDeskBot } from './desk-harness.js';

/**
 * Handing a concern to another safeguarding lead, the list of leads it can go to, the list in pages, and a record's
 * facts in the words of the form the reporter filled in: through the real server, signed in, on SQLite.
 */
describe('desk: assigning to another lead, paging, readable facts', () => {
  let desk: DeskBot;
  let mine: Incident;
  beforeEach(async () => {
    desk = await startDeskBot();
    mine = await desk.report(STAFF, 'Friend request from a Year 9 pupil');
  });
  afterEach(async () => {
    await desk.stop();
  });

  const act = (body: Record<string, unknown>, user = DSL) =>
    desk.call(user, 'POST', `/api/desk/concerns/${mine.ref}/actions`, body);

  it('when a lead asks whom a concern can go to, then every SAFEGUARDING_LEADS entry is listed and they are marked', async () => {
    const res = await desk.call(DSL, 'GET', '/api/desk/leads');
    expect(res.status).toBe(200);
    expect(res.body.leads).toEqual([
      { id: DSL.aadObjectId, name: expect.any(String), me: true },
      { id: DEPUTY.userPrincipalName, name: DEPUTY.userPrincipalName, upn: DEPUTY.userPrincipalName, me: false },
    ]);
  });

  it('when staff ask for the leads, then 403 and the refusal is audited', async () => {
    const res = await desk.call(STAFF, 'GET', '/api/desk/leads');
    expect(res.status).toBe(403);
    expect((await desk.audit()).at(-1)).toMatchObject({
      action: 'incident.refused',
      actor: { name: STAFF.name },
      detail: { attempted: 'list_leads' },
    });
  });

  it('when a lead assigns a concern to another lead, then it is theirs, audited by the service, and the card is updated', async () => {
    const res = await act({ action: 'assign', assignee: DEPUTY.userPrincipalName });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'in_progress',
      assignedTo: DEPUTY.userPrincipalName,
      assignedToMe: false,
    });
    // Not the caller's case any more: only its holder can hand it on.
    expect(res.body.allowedActions).not.toContain('assign');
    expect((await desk.audit()).find((e) => e.action === 'incident.assigned')).toMatchObject({
      incidentId: mine.id,
      actor: { name: DSL.name },
      detail: { assignedTo: { aadObjectId: DEPUTY.userPrincipalName } },
    });
    const rows = await desk.db.store.outbox.listUndelivered(100);
    expect(rows.some((r) => r.kind === 'alert.update')).toBe(true);
  });

  it('when a lead holds a case, then "assign" stays open to them, to hand it on', async () => {
    const res = await act({ action: 'assign', assignee: 'me' });
    expect(res.body).toMatchObject({ assignedToMe: true, allowedActions: expect.arrayContaining(['assign']) });
    const handed = await act({ action: 'assign', assignee: DEPUTY.userPrincipalName });
    expect(handed.status).toBe(200);
    expect(handed.body.assignedTo).toBe(DEPUTY.userPrincipalName);
  });

  it('when a lead assigns to someone who is not a lead, then 400 with a plain message and nothing changes', async () => {
    const res = await act({ action: 'assign', assignee: OTHER_STAFF.aadObjectId });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      'A concern can be assigned only to a safeguarding lead: choose one from the list.',
    );
    expect(await desk.db.store.incidents.get(mine.id)).toMatchObject({ status: 'new', assignedTo: null });
  });

  it('when staff try to assign to a lead, then 403 and audited', async () => {
    const res = await act({ action: 'assign', assignee: DEPUTY.userPrincipalName }, STAFF);
    expect(res.status).toBe(403);
    expect((await desk.audit()).at(-1)).toMatchObject({ action: 'incident.refused', detail: { attempted: 'assign' } });
  });

  it('when a lead opens a record, then its facts read as the form asked them, with option titles and dates as days', async () => {
    const res = await desk.call(DSL, 'GET', `/api/desk/concerns/${mine.ref}`);
    const facts = res.body.facts as { label: string; value: string }[];
    expect(facts).toContainEqual({ label: 'Which platform or app?', value: 'Snapchat' });
    expect(facts).toContainEqual({ label: 'What did you do?', value: 'I declined it' });
    expect(facts).toContainEqual({ label: 'Happened', value: expect.stringMatching(/9 Mar 2026/) });
    for (const key of ['platform', 'response', 'occurredOn', 'sender']) {
      expect(facts.map((f) => f.label)).not.toContain(key);
    }
  });

  it('when the reporter opens their own, then "Reported" is a UK date and time, not a stored timestamp', async () => {
    const res = await desk.call(STAFF, 'GET', `/api/desk/concerns/${mine.ref}`);
    const reported = (res.body.facts as { label: string; value: string }[]).find((f) => f.label === 'Reported');
    expect(reported?.value).not.toMatch(/T\d\d:\d\d/);
    expect(reported?.value).toMatch(/\d{4}/);
  });

  describe('paging', () => {
    beforeEach(async () => {
      for (let i = 0; i < 4; i++) await desk.report(OTHER_STAFF, `Concern ${i}`);
    });
    const refsOf = (body: { concerns: { reference: string }[] }) => body.concerns.map((c) => c.reference);

    it('when a lead pages through, then each page is the next rows newest first, and the last says there is no more', async () => {
      const all = refsOf((await desk.call(DSL, 'GET', '/api/desk/concerns')).body);
      expect(all).toHaveLength(5);
      const one = (await desk.call(DSL, 'GET', '/api/desk/concerns?pageSize=2&page=1')).body;
      const two = (await desk.call(DSL, 'GET', '/api/desk/concerns?pageSize=2&page=2')).body;
      const three = (await desk.call(DSL, 'GET', '/api/desk/concerns?pageSize=2&page=3')).body;
      expect([one.hasMore, two.hasMore, three.hasMore]).toEqual([true, true, false]);
      expect([...refsOf(one), ...refsOf(two), ...refsOf(three)]).toEqual(all);
      expect(three).toMatchObject({ page: 3, pageSize: 2 });
    });

    it('when the list has no page size, then it is 50 a page', async () => {
      const res = await desk.call(DSL, 'GET', '/api/desk/concerns');
      expect(res.body).toMatchObject({ page: 1, pageSize: 50, hasMore: false });
    });

    it.each([
      ['page=0', /page must be a whole number from 1/],
      ['page=two', /page must be a whole number from 1/],
      ['pageSize=500', /pageSize must be a whole number from 1 to 200/],
      ['pageSize=1.5', /pageSize must be a whole number/],
    ])('when the page is %s, then 400 with a plain message', async (q, message) => {
      const res = await desk.call(DSL, 'GET', `/api/desk/concerns?${q}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    });
  });
});
