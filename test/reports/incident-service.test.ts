import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { OutboxPayload } from '../../src/outbox/messages.js';
import type { IncidentService } from '../../src/reports/incident-service.js';
import { forEachDatabase, ManualClock, type TestDatabase } from '../store/factories.js';
import { deputy, dsl, friendRequest, makeService, otherTeacher, teacher } from './service-fixtures.js';

async function outboxPayloads(t: TestDatabase): Promise<OutboxPayload[]> {
  const rows = await t.store.db.selectFrom('outbox').select('payload').orderBy('created_at').execute();
  return rows.map((r) => JSON.parse(r.payload) as OutboxPayload);
}

async function count(
  t: TestDatabase,
  table: 'incidents' | 'incident_events' | 'audit_log' | 'outbox' | 'idempotency_keys' | 'reference_counters',
) {
  const r = await t.store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

forEachDatabase('incident service', (factory) => {
  let clock: ManualClock;
  let t: TestDatabase;
  let service: IncidentService;
  beforeEach(async () => {
    clock = new ManualClock();
    t = await factory.create(clock);
    service = makeService(t.store, clock);
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('when a report is submitted, then the incident, its first event, an audit entry and an alert.post row are committed', async () => {
    const { incident, created } = await service.submitReport(friendRequest(), 'card-1');
    expect(created).toBe(true);
    expect(incident).toMatchObject({ ref: 'SM-2026-0001', status: 'new', severity: 'low', category: 'friend_request' });
    expect((await t.store.incidents.events(incident.id)).map((e) => e.type)).toEqual(['reported']);
    expect(await t.store.audit.list()).toMatchObject([{ action: 'incident.reported', incidentId: incident.id }]);
    expect(await outboxPayloads(t)).toEqual([{ kind: 'alert.post', incidentId: incident.id }]);
  });

  it('when a high-severity category is reported without a severity, then it is critical', async () => {
    const { incident } = await service.submitReport(friendRequest({ category: 'child_at_risk' }), null);
    expect(incident.severity).toBe('critical');
  });

  it('when the outbox insert fails, then nothing of the report is written', async () => {
    await t.store.outbox.enqueue(
      [
        {
          id: 'taken',
          payload: { kind: 'alert.update', incidentId: 'x' },
          conversationKey: 'channel',
          dueAt: clock.now(),
        },
      ],
      clock.now(),
    );
    const ids = [randomUUID(), 'taken'];
    const failing = makeService(t.store, clock, () => ids.shift() ?? randomUUID());
    await expect(failing.submitReport(friendRequest(), 'card-x')).rejects.toMatchObject({ code: 'store_write_failed' });
    expect(await count(t, 'incidents')).toBe(0);
    expect(await count(t, 'incident_events')).toBe(0);
    expect(await count(t, 'audit_log')).toBe(0);
    expect(await count(t, 'idempotency_keys')).toBe(0);
    expect(await count(t, 'outbox')).toBe(1);
    // The reference was not used up either: the next report still gets 0001.
    const { incident } = await service.submitReport(friendRequest(), 'card-x');
    expect(incident.ref).toBe('SM-2026-0001');
  });

  it('when the same card is submitted twice, then the first incident is returned and nothing new is written', async () => {
    const first = await service.submitReport(friendRequest(), 'card-1');
    const again = await service.submitReport(friendRequest({ summary: 'different' }), 'card-1');
    expect(again).toMatchObject({ created: false, incident: { id: first.incident.id, ref: first.incident.ref } });
    expect(await count(t, 'incidents')).toBe(1);
    expect(await count(t, 'outbox')).toBe(1);
  });

  it('when a lead acknowledges, then the status, chronology, audit, card update and reporter notice are recorded', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    clock.advance(60_000);
    const r = await service.acknowledge(dsl, incident.id);
    expect(r).toMatchObject({ kind: 'ok', incident: { status: 'acknowledged' } });
    const events = await t.store.incidents.events(incident.id);
    expect(events.map((e) => [e.type, e.actor.name])).toEqual([
      ['reported', 'Sam Teacher'],
      ['acknowledged', 'Dana Lead'],
    ]);
    expect((await t.store.audit.list()).map((a) => a.action)).toEqual(['incident.reported', 'incident.acknowledged']);
    expect((await outboxPayloads(t)).slice(1)).toEqual([
      { kind: 'alert.update', incidentId: incident.id },
      { kind: 'reporter.notify', incidentId: incident.id, reporterId: teacher.aadObjectId, about: 'acknowledged' },
    ]);
  });

  it('when a lead listed by UPN acts, then it is allowed', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    expect((await service.acknowledge(deputy, incident.id)).kind).toBe('ok');
  });

  it('when a non-lead presses a button, then they are refused, the refusal is audited and nothing changes', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    expect(await service.acknowledge(otherTeacher, incident.id)).toEqual({ kind: 'not_allowed' });
    expect(await service.close(otherTeacher, incident.id, 'no_further_action', 'x')).toEqual({ kind: 'not_allowed' });
    expect(await service.close(otherTeacher, incident.id, 'bogus', '')).toEqual({ kind: 'not_allowed' });
    expect((await t.store.incidents.get(incident.id))?.status).toBe('new');
    const refusals = (await t.store.audit.list()).filter((a) => a.action === 'incident.refused');
    expect(refusals).toHaveLength(3);
    expect(refusals[0]).toMatchObject({
      actor: { aadObjectId: otherTeacher.aadObjectId },
      detail: { attempted: 'acknowledge', ref: incident.ref },
    });
  });

  it('when two leads press Assign to me at once, then exactly one wins and the other is told who has it', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    const second = makeService(await t.reopen(), clock);
    const secondService = factory.name === 'postgres' ? second : service;
    const [a, b] = await Promise.all([
      service.assignToMe(dsl, incident.id),
      secondService.assignToMe(deputy, incident.id),
    ]);
    const kinds = [a.kind, b.kind].sort();
    expect(kinds).toEqual(['already_claimed', 'ok']);
    const loser = a.kind === 'already_claimed' ? a : b;
    const winner = a.kind === 'ok' ? a : b;
    if (loser.kind !== 'already_claimed' || winner.kind !== 'ok') throw new Error('unreachable');
    expect(loser.by?.aadObjectId).toBe(winner.incident.assignedTo?.aadObjectId);
    const events = await t.store.incidents.events(incident.id);
    expect(events.filter((e) => e.type === 'assigned')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'acknowledged')).toHaveLength(1);
  });

  it('when a lead assigns a new concern to another lead, then it is acknowledged, theirs, audited, and the card and reporter are told', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    const r = await service.assignTo(dsl, incident.id, deputy);
    expect(r).toMatchObject({
      kind: 'ok',
      incident: { status: 'in_progress', assignedTo: { aadObjectId: deputy.aadObjectId, name: deputy.name } },
    });
    const events = await t.store.incidents.events(incident.id);
    expect(events.map((e) => [e.type, e.actor.name])).toEqual([
      ['reported', 'Sam Teacher'],
      ['acknowledged', 'Dana Lead'],
      ['assigned', 'Dana Lead'],
    ]);
    expect(events.at(-1)?.data).toEqual({ to: { aadObjectId: deputy.aadObjectId, name: deputy.name } });
    expect((await t.store.audit.list()).at(-1)).toMatchObject({
      action: 'incident.assigned',
      actor: { name: dsl.name },
      detail: { assignedTo: { name: deputy.name } },
    });
    expect((await outboxPayloads(t)).slice(1).map((p) => p.kind)).toEqual(['alert.update', 'reporter.notify']);
  });

  it('when a lead hands their own case to another lead, then it moves; when a third lead holds it, then it is already claimed', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    expect((await service.assignToMe(dsl, incident.id)).kind).toBe('ok');
    expect(await service.assignTo(dsl, incident.id, deputy)).toMatchObject({
      kind: 'ok',
      incident: { assignedTo: { aadObjectId: deputy.aadObjectId } },
    });
    // Now the deputy's: the DSL can no longer give it away (nor take it back) without the deputy.
    expect(await service.assignToMe(dsl, incident.id)).toMatchObject({
      kind: 'already_claimed',
      by: { name: deputy.name },
    });
  });

  it('when a lead assigns to someone who is not a lead, then it is refused as invalid input and nothing changes', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    const r = await service.assignTo(dsl, incident.id, otherTeacher);
    expect(r).toEqual({
      kind: 'invalid_input',
      problems: [expect.stringMatching(/Alex Teacher is not a safeguarding lead/)],
    });
    expect(await t.store.incidents.get(incident.id)).toMatchObject({ status: 'new', assignedTo: null });
    // A non-lead trying the same learns nothing and is audited.
    expect(await service.assignTo(otherTeacher, incident.id, deputy)).toEqual({ kind: 'not_allowed' });
    expect((await t.store.audit.list()).at(-1)).toMatchObject({ action: 'incident.refused' });
  });

  it('when two leads press Acknowledge at once, then one acknowledgement is recorded and the reporter is told once', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    const results = await Promise.all([
      service.acknowledge(dsl, incident.id),
      service.acknowledge(deputy, incident.id),
    ]);
    expect(results.map((r) => r.kind).sort()).toEqual(['already_claimed', 'ok']);
    const notices = (await outboxPayloads(t)).filter((p) => p.kind === 'reporter.notify');
    expect(notices).toHaveLength(1);
  });

  it('when a lead adds a note and escalates to the LADO, then both are in the chronology and the case is in progress', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    expect((await service.addNote(dsl, incident.id, 'Spoke to the member of staff.')).kind).toBe('ok');
    expect(await service.addNote(dsl, incident.id, '   ')).toMatchObject({ kind: 'invalid_input' });
    expect(await service.escalate(dsl, incident.id, 'nasa')).toMatchObject({ kind: 'invalid_input' });
    const r = await service.escalate(dsl, incident.id, 'lado', 'Referred within one working day');
    expect(r).toMatchObject({ kind: 'ok', incident: { status: 'in_progress' } });
    const events = await t.store.incidents.events(incident.id);
    expect(events.slice(1).map((e) => [e.type, e.data])).toEqual([
      ['note_added', { text: 'Spoke to the member of staff.' }],
      ['escalated', { to: 'lado', note: 'Referred within one working day' }],
    ]);
  });

  it('when a lead closes without a rationale, then it is refused as invalid input and the case stays open', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    const r = await service.close(dsl, incident.id, 'no_further_action', '  ');
    expect(r).toMatchObject({ kind: 'invalid_input' });
    expect((await t.store.incidents.get(incident.id))?.status).toBe('new');
  });

  it('when a lead closes with outcome and rationale, then the reporter is told without the rationale and no more actions are allowed', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    const r = await service.close(
      dsl,
      incident.id,
      'low_level_concern_recorded',
      'Staff member did not accept; advice given.',
    );
    expect(r).toMatchObject({ kind: 'ok', incident: { status: 'closed', outcome: 'low_level_concern_recorded' } });
    const notice = (await outboxPayloads(t)).find((p) => p.kind === 'reporter.notify');
    expect(notice).toEqual({
      kind: 'reporter.notify',
      incidentId: incident.id,
      reporterId: teacher.aadObjectId,
      about: 'closed',
    });
    expect(JSON.stringify(await outboxPayloads(t))).not.toContain('advice given');
    expect(await service.addNote(dsl, incident.id, 'late')).toEqual({ kind: 'invalid_transition', status: 'closed' });
    expect(await service.acknowledge(dsl, incident.id)).toEqual({ kind: 'invalid_transition', status: 'closed' });
  });

  it('when an unknown incident is acted on by a lead, then the result is not_found', async () => {
    expect(await service.acknowledge(dsl, randomUUID())).toEqual({ kind: 'not_found' });
  });

  it('when a lead reads the full record, then the read is audited; a non-lead is refused and that is audited too', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    const r = await service.viewRecord(dsl, incident.id);
    expect(r).toMatchObject({ kind: 'ok', incident: { pupilName: 'Jamie Pupil' } });
    expect(await service.viewRecord(teacher, incident.id)).toEqual({ kind: 'not_allowed' });
    expect((await t.store.audit.list()).map((a) => [a.action, a.actor.aadObjectId])).toEqual([
      ['incident.reported', teacher.aadObjectId],
      ['incident.read', dsl.aadObjectId],
      ['incident.refused', teacher.aadObjectId],
    ]);
    expect(await t.store.audit.verify()).toMatchObject({ ok: true, count: 3 });
  });

  it("when a reporter lists their reports, then they see only their own, with status and no one else's", async () => {
    await service.submitReport(friendRequest(), null);
    const { incident } = await service.submitReport(friendRequest({ category: 'abusive_post' }), null);
    await service.submitReport(friendRequest({ reporter: otherTeacher }), null);
    await service.acknowledge(dsl, incident.id);
    const mine = await service.listForReporter(teacher.aadObjectId, { channelSet: false });
    expect(mine.map((m) => [m.ref, m.status, m.delivery]).sort()).toEqual([
      ['SM-2026-0001', 'new', 'no_channel'],
      ['SM-2026-0002', 'acknowledged', 'no_channel'],
    ]);
    expect(Object.keys(mine[0]!).sort()).toEqual(['category', 'delivery', 'ref', 'reportedAt', 'status']);
  });

  it('when closed records pass their retention period, then dueForReview lists them and nothing open', async () => {
    const low = (await service.submitReport(friendRequest(), null)).incident;
    const child = (
      await service.submitReport(
        friendRequest({ category: 'child_at_risk', answers: { pupilDateOfBirth: '2012-05-01' } }),
        null,
      )
    ).incident;
    await service.submitReport(friendRequest(), null);
    await service.close(dsl, low.id, 'no_further_action', 'Handled');
    await service.close(dsl, child.id, 'referred_to_childrens_social_care', 'Referred');
    expect(await service.dueForReview(new Date('2032-03-01T00:00:00Z'))).toEqual([]);
    const in2033 = await service.dueForReview(new Date('2032-03-03T00:00:00Z'));
    expect(in2033.map((d) => d.incident.ref)).toEqual([low.ref]);
    // Child protection: 25 years after the report (2051), later than the 25th birthday (2037).
    const in2052 = await service.dueForReview(new Date('2052-01-01T00:00:00Z'));
    expect(in2052.map((d) => d.incident.ref)).toEqual([low.ref, child.ref]);
  });
});
