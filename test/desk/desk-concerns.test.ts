import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Incident } from '../../src/reports/incident.js';
import { DEPUTY, type DeskBot, DSL, OTHER_STAFF, OWNER, STAFF, startDeskBot } from './desk-harness.js';

/**
 * The concerns API for every role and action, allowed and refused, through the real server on SQLite. Each
 * refusal and each record view must leave an audit entry; each action must be the service's, with its audit row.
 */
describe('desk concerns API', () => {
  let desk: DeskBot;
  let mine: Incident;
  let theirs: Incident;
  beforeEach(async () => {
    desk = await startDeskBot();
    mine = await desk.report(STAFF, 'Friend request from a Year 9 pupil');
    theirs = await desk.report(OTHER_STAFF, 'Abusive comment under the school post');
  });
  afterEach(async () => {
    await desk.stop();
  });

  const lastAudit = async () => (await desk.audit()).at(-1);

  describe('the list', () => {
    it('when a lead asks, then every concern is listed with status, kind, delivery and last action', async () => {
      const res = await desk.call(DSL, 'GET', '/api/desk/concerns');
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const refs = res.body.concerns.map((c: { reference: string }) => c.reference);
      expect(refs).toEqual([theirs.ref, mine.ref]);
      expect(res.body.concerns[1]).toMatchObject({
        reference: mine.ref,
        kind: 'friend_request',
        kindLabel: 'Friend request from a pupil',
        severity: 'low',
        status: 'new',
        statusLabel: 'New',
        assignedTo: null,
        delivery: 'waiting',
        lastAction: { by: STAFF.name, what: 'Reported' },
      });
    });

    it('when a member of staff asks, then only their own reports are listed, with status but not who in the team did what', async () => {
      await desk.call(DEPUTY, 'POST', `/api/desk/concerns/${mine.ref}/actions`, { action: 'assign' });
      await desk.call(DEPUTY, 'POST', `/api/desk/concerns/${mine.ref}/actions`, { action: 'note', text: 'Rang home' });
      const res = await desk.call(STAFF, 'GET', '/api/desk/concerns');
      expect(res.status).toBe(200);
      expect(res.body.concerns.map((c: { reference: string }) => c.reference)).toEqual([mine.ref]);
      expect(res.body.concerns[0]).toMatchObject({
        status: 'in_progress',
        assignedTo: null,
        lastAction: { by: 'Safeguarding team', what: 'Acknowledged' },
      });
      expect(JSON.stringify(res.body)).not.toContain(DEPUTY.name);
    });

    it('when filtered by status, assignment, dates and reference, then only the matching concerns come back', async () => {
      await desk.call(DSL, 'POST', `/api/desk/concerns/${mine.ref}/actions`, { action: 'assign' });
      const list = async (q: string) =>
        (await desk.call(DSL, 'GET', `/api/desk/concerns?${q}`)).body.concerns.map(
          (c: { reference: string }) => c.reference,
        );
      expect(await list('status=in_progress')).toEqual([mine.ref]);
      expect(await list('status=new,closed')).toEqual([theirs.ref]);
      expect(await list('assigned=me')).toEqual([mine.ref]);
      expect(await list('kind=abusive_post')).toEqual([]);
      expect(await list(`q=${mine.ref.toLowerCase()}`)).toEqual([mine.ref]);
      const today = new Date().toISOString().slice(0, 10);
      expect(await list(`from=${today}&to=${today}`)).toHaveLength(2);
      expect(await list('to=2020-01-01')).toEqual([]);
    });

    it.each([
      ['status=open', /status must be one of/],
      ['kind=gossip', /kind must be one of/],
      ['from=yesterday', /from must be a date/],
      ['assigned=someone', /assigned can only be "me"/],
      ['q=%25', /Search by reference/],
      ['from=2026-05-01&to=2026-04-01', /before/],
    ])('when the filter is %s, then 400 with a plain message', async (q, message) => {
      const res = await desk.call(DSL, 'GET', `/api/desk/concerns?${q}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    });
  });

  describe('a record', () => {
    it('when a lead opens one, then facts, chronology and actions come back, and the view is audited', async () => {
      const res = await desk.call(DEPUTY, 'GET', `/api/desk/concerns/${mine.ref}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        reference: mine.ref,
        reporter: STAFF.name,
        summary: 'Friend request from a Year 9 pupil',
        allowedActions: ['acknowledge', 'assign', 'note', 'escalate', 'close'],
        reporterView: false,
      });
      expect(res.body.facts).toContainEqual({ label: 'Pupil', value: 'Jamie Pupil' });
      expect(res.body.chronology[0]).toMatchObject({ by: STAFF.name, what: 'Reported' });
      expect(await lastAudit()).toMatchObject({
        action: 'incident.read',
        incidentId: mine.id,
        actor: { name: DEPUTY.name },
      });
    });

    it('when the reporter opens their own, then they see status only, no notes, and the view is audited', async () => {
      await desk.call(DSL, 'POST', `/api/desk/concerns/${mine.ref}/actions`, {
        action: 'note',
        text: 'Spoke to the form tutor',
      });
      const res = await desk.call(STAFF, 'GET', `/api/desk/concerns/${mine.ref}`);
      expect(res.status).toBe(200);
      expect(res.body.reporterView).toBe(true);
      expect(res.body.notes).toEqual([]);
      expect(res.body.allowedActions).toEqual([]);
      expect(JSON.stringify(res.body)).not.toContain('Spoke to the form tutor');
      expect(JSON.stringify(res.body)).not.toContain('Jamie Pupil');
      expect(await lastAudit()).toMatchObject({
        action: 'incident.read',
        incidentId: mine.id,
        detail: { view: 'reporter' },
      });
    });

    it("when a member of staff opens someone else's report, then 403 and the attempt is audited", async () => {
      const res = await desk.call(STAFF, 'GET', `/api/desk/concerns/${theirs.ref}`);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('not_allowed');
      expect(await lastAudit()).toMatchObject({
        action: 'incident.refused',
        incidentId: theirs.id,
        actor: { name: STAFF.name },
      });
    });

    it('when a lead asks for a reference that does not exist, then 404', async () => {
      const res = await desk.call(DSL, 'GET', '/api/desk/concerns/SM-1999-0001');
      expect(res.status).toBe(404);
      expect(res.body.error.message).toMatch(/no concern SM-1999-0001/);
    });
  });

  describe('actions, as a lead', () => {
    const act = (body: Record<string, unknown>, ref: () => string, user = DSL) =>
      desk.call(user, 'POST', `/api/desk/concerns/${ref()}/actions`, body);

    it.each([
      ['acknowledge', { action: 'acknowledge' }, 'incident.acknowledged', 'acknowledged'],
      ['assign', { action: 'assign' }, 'incident.assigned', 'in_progress'],
      ['note', { action: 'note', text: 'Called the parent' }, 'incident.note_added', 'new'],
      [
        'escalate',
        { action: 'escalate', to: 'lado', text: 'Threshold may be met' },
        'incident.escalated',
        'in_progress',
      ],
      [
        'close',
        { action: 'close', outcome: 'no_further_action', rationale: 'Declined and blocked; no contact made' },
        'incident.closed',
        'closed',
      ],
    ])(
      'when a lead does %s, then the record comes back changed and the service audited it',
      async (_n, body, audited, status) => {
        const res = await act(body, () => mine.ref);
        expect(res.status).toBe(200);
        expect(res.body.status).toBe(status);
        const entries = await desk.audit();
        expect(entries.map((e) => e.action)).toContain(audited);
        expect(entries.find((e) => e.action === audited)).toMatchObject({
          incidentId: mine.id,
          actor: { name: DSL.name },
        });
        // The card is updated through the outbox, as for the card's own buttons.
        const rows = await desk.db.store.outbox.listUndelivered(100);
        expect(rows.some((r) => r.kind === 'alert.update')).toBe(true);
      },
    );

    it('when a closed concern is acted on, then 409', async () => {
      await act({ action: 'close', outcome: 'resolved_in_school', rationale: 'Sorted' }, () => mine.ref);
      const res = await act({ action: 'note', text: 'late' }, () => mine.ref);
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('invalid_transition');
      expect(res.body.error.message).toMatch(/closed/);
    });

    it('when another lead has taken it, then 409 naming them', async () => {
      await act({ action: 'assign' }, () => mine.ref, DEPUTY);
      const res = await act({ action: 'assign' }, () => mine.ref);
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'already_claimed' });
      expect(res.body.error.message).toContain(DEPUTY.name);
    });

    it.each([
      [{ action: 'close', outcome: 'no_further_action' }, /rationale is required/],
      [{ action: 'close', outcome: 'shrug', rationale: 'x' }, /Choose an outcome/],
      [{ action: 'note', text: '   ' }, /Write the note first/],
      [{ action: 'escalate', to: 'the press' }, /Choose who it was escalated to/],
      [{ action: 'assign', assignee: OTHER_STAFF.aadObjectId }, /only to a safeguarding lead/],
      [{ action: 'delete' }, /action must be one of/],
    ])('when the action is %o, then 400 and nothing changes', async (body, message) => {
      const res = await act(body, () => mine.ref);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
      expect((await desk.db.store.incidents.get(mine.id))?.status).toBe('new');
    });

    it('when the body is not JSON, then 400', async () => {
      const res = await desk.call(DSL, 'POST', `/api/desk/concerns/${mine.ref}/actions`, '{not json');
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_json');
    });
  });

  describe('actions, as anyone else', () => {
    it.each([
      ['a member of staff on their own report', STAFF],
      ['the policy owner', OWNER],
    ])('when %s tries every action, then each is 403 and audited, and nothing changes', async (_n, user) => {
      for (const body of [
        { action: 'acknowledge' },
        { action: 'assign' },
        { action: 'note', text: 'x' },
        { action: 'escalate', to: 'police' },
        { action: 'close', outcome: 'other', rationale: 'x' },
      ]) {
        const res = await desk.call(user, 'POST', `/api/desk/concerns/${mine.ref}/actions`, body);
        expect(res.status, body.action).toBe(403);
        expect(await lastAudit()).toMatchObject({
          action: 'incident.refused',
          incidentId: mine.id,
          actor: { name: user.name },
          detail: { attempted: body.action },
        });
      }
      expect((await desk.db.store.incidents.get(mine.id))?.status).toBe('new');
    });

    it('when staff act on a reference that does not exist, then 403 and audited', async () => {
      const res = await desk.call(STAFF, 'POST', '/api/desk/concerns/SM-1999-0001/actions', { action: 'acknowledge' });
      expect(res.status).toBe(403);
      expect(await lastAudit()).toMatchObject({
        action: 'incident.refused',
        incidentId: null,
        detail: { ref: 'SM-1999-0001' },
      });
    });
  });

  describe('export', () => {
    it('when a lead exports a record, then a PDF comes back and the export is audited', async () => {
      const res = await desk.call(DSL, 'GET', `/api/desk/concerns/${mine.ref}/export.pdf`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toContain(`${mine.ref}.pdf`);
      expect(res.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(await lastAudit()).toMatchObject({ action: 'incident.exported', incidentId: mine.id });
    });

    it('when the reporter asks to export their own report, then 403 and audited', async () => {
      const res = await desk.call(STAFF, 'GET', `/api/desk/concerns/${mine.ref}/export.pdf`);
      expect(res.status).toBe(403);
      expect(await lastAudit()).toMatchObject({ action: 'incident.refused', detail: { attempted: 'export' } });
    });
  });

  describe('overview', () => {
    it('when a lead asks, then the figures count every concern and the audit chain verifies', async () => {
      await desk.call(DSL, 'POST', `/api/desk/concerns/${mine.ref}/actions`, {
        action: 'close',
        outcome: 'no_further_action',
        rationale: 'Blocked',
      });
      const res = await desk.call(DSL, 'GET', '/api/desk/overview');
      expect(res.status).toBe(200);
      expect(res.body.byStatus).toEqual({ new: 1, acknowledged: 0, in_progress: 0, closed: 1 });
      expect(res.body.byKind).toEqual({ friend_request: 1 });
      expect(res.body.unacknowledged).toEqual([]);
      expect(res.body.retentionDue).toEqual([]);
      expect(res.body.audit.verified).toBe(true);
      expect(res.body.audit.checked).toBeGreaterThan(3);
      const month = new Date().toISOString().slice(0, 7);
      expect(res.body.perMonth).toEqual([{ month, kind: 'friend_request', count: 2 }]);
    });

    it.each([
      ['staff', STAFF],
      ['the policy owner', OWNER],
    ])('when %s asks, then 403 and audited', async (_n, user) => {
      const res = await desk.call(user, 'GET', '/api/desk/overview');
      expect(res.status).toBe(403);
      expect(await lastAudit()).toMatchObject({ action: 'desk.refused', detail: { attempted: 'overview' } });
    });
  });
});
