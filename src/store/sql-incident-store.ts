import { type Selectable, sql, type Transaction } from 'kysely';
import { BoundaryError } from '../errors.js';
import type { OutboxDraft } from '../outbox/messages.js';
import {
  type Category,
  formatReference,
  type Incident,
  type IncidentEvent,
  type IncidentEventType,
  type IncidentStatus,
  ISO_DATE,
  type Occurrence,
  type Outcome,
  type Severity,
} from '../reports/incident.js';
import type {
  ChangeResult,
  IncidentChange,
  IncidentDrafts,
  IncidentStore,
  NewIncident,
} from '../reports/incident-store.js';
import { appendAudit } from './audit-chain.js';
import type { Database, Db, Dialect, IncidentEventsTable, IncidentsTable } from './database.js';

const date = (s: string | null): Date | null => (s ? new Date(s) : null);

/** A calendar day is stored as "YYYY-MM-DD", a moment as ISO date-time text: the kind is read back from the text. */
function occurrenceToText(o: Occurrence | null): string | null {
  if (!o) return null;
  return o.kind === 'date' ? o.date : o.at.toISOString();
}
function occurrenceFromText(s: string | null): Occurrence | null {
  if (!s) return null;
  return ISO_DATE.test(s) ? { kind: 'date', date: s } : { kind: 'moment', at: new Date(s) };
}

export function incidentFromRow(r: Selectable<IncidentsTable>): Incident {
  return {
    id: r.id,
    ref: r.ref,
    category: r.category as Category,
    severity: r.severity as Severity,
    reporter: { aadObjectId: r.reporter_id, name: r.reporter_name, ...(r.reporter_upn ? { upn: r.reporter_upn } : {}) },
    occurredAt: occurrenceFromText(r.occurred_at),
    reportedAt: new Date(r.reported_at),
    summary: r.summary,
    pupilName: r.pupil_name,
    answers: JSON.parse(r.answers) as Record<string, unknown>,
    status: r.status as IncidentStatus,
    assignedTo: r.assigned_to_id ? { aadObjectId: r.assigned_to_id, name: r.assigned_to_name ?? '' } : null,
    alert:
      r.alert_activity_id && r.alert_conversation_id
        ? { activityId: r.alert_activity_id, conversationId: r.alert_conversation_id }
        : null,
    outcome: r.outcome as Outcome | null,
    closedAt: date(r.closed_at),
    eventSeq: Number(r.event_seq),
    updatedAt: new Date(r.updated_at),
  };
}

export function eventFromRow(r: Selectable<IncidentEventsTable>): IncidentEvent {
  return {
    incidentId: r.incident_id,
    seq: Number(r.seq),
    type: r.type as IncidentEventType,
    actor: { aadObjectId: r.actor_id, name: r.actor_name },
    at: new Date(r.at),
    data: JSON.parse(r.data) as Record<string, unknown>,
  };
}

export function outboxValues(d: OutboxDraft, now: Date) {
  return {
    id: d.id,
    kind: d.payload.kind,
    incident_id: d.payload.incidentId,
    conversation_key: d.conversationKey,
    payload: JSON.stringify(d.payload),
    status: 'pending',
    attempts: 0,
    due_at: d.dueAt.toISOString(),
    claimed_by: null,
    claimed_until: null,
    last_error: null,
    created_at: now.toISOString(),
    delivered_at: null,
    result: null,
  };
}

/** IncidentStore over Kysely; the same SQL runs on SQLite and PostgreSQL. */
export class SqlIncidentStore implements IncidentStore {
  constructor(
    private readonly db: Db,
    private readonly dialect: Dialect,
  ) {}

  async create(
    incident: NewIncident,
    opts: { refPrefix: string; idempotencyKey: string | null; drafts: (ref: string) => IncidentDrafts },
  ): Promise<{ incident: Incident; created: boolean }> {
    try {
      const result = await this.db.transaction().execute(async (trx) => {
        const now = incident.reportedAt.toISOString();
        if (opts.idempotencyKey !== null) {
          // On PostgreSQL a concurrent insert of the same key waits here for the other transaction,
          // then finds its committed row: exactly one incident per key.
          const claimed = await trx
            .insertInto('idempotency_keys')
            .values({ key: opts.idempotencyKey, incident_id: incident.id, created_at: now })
            .onConflict((oc) => oc.column('key').doNothing())
            .returning('key')
            .executeTakeFirst();
          if (!claimed) {
            const existing = await trx
              .selectFrom('idempotency_keys')
              .innerJoin('incidents', 'incidents.id', 'idempotency_keys.incident_id')
              .selectAll('incidents')
              .where('idempotency_keys.key', '=', opts.idempotencyKey)
              .executeTakeFirstOrThrow();
            return { incident: incidentFromRow(existing), created: false };
          }
        }
        const year = incident.reportedAt.getUTCFullYear();
        const counter = await trx
          .insertInto('reference_counters')
          .values({ year, last: 1 })
          .onConflict((oc) => oc.column('year').doUpdateSet({ last: sql`reference_counters.last + 1` }))
          .returning('last')
          .executeTakeFirstOrThrow();
        const ref = formatReference(opts.refPrefix, year, Number(counter.last));
        const drafts = opts.drafts(ref);
        const row = await trx
          .insertInto('incidents')
          .values({
            id: incident.id,
            ref,
            category: incident.category,
            severity: incident.severity,
            reporter_id: incident.reporter.aadObjectId,
            reporter_name: incident.reporter.name,
            reporter_upn: incident.reporter.upn ?? null,
            occurred_at: occurrenceToText(incident.occurredAt),
            reported_at: now,
            summary: incident.summary,
            pupil_name: incident.pupilName,
            answers: JSON.stringify(incident.answers),
            status: incident.status,
            assigned_to_id: incident.assignedTo?.aadObjectId ?? null,
            assigned_to_name: incident.assignedTo?.name ?? null,
            alert_activity_id: null,
            alert_conversation_id: null,
            outcome: null,
            closed_at: null,
            event_seq: 1,
            updated_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await insertEvents(trx, incident.id, 0, [drafts.event]);
        await appendAudit(trx, this.dialect, drafts.audit);
        await insertOutbox(trx, drafts.outbox, incident.reportedAt);
        return { incident: incidentFromRow(row), created: true };
      });
      return result;
    } catch (err) {
      throw new BoundaryError('store_write_failed', 'Could not save the report', { cause: err });
    }
  }

  async change(change: IncidentChange): Promise<ChangeResult> {
    let updated: Incident | null;
    try {
      updated = await this.db.transaction().execute(async (trx) => {
        const s = change.set ?? {};
        let q = trx
          .updateTable('incidents')
          .set((eb) => ({
            event_seq: eb('event_seq', '+', change.events.length),
            updated_at: change.at.toISOString(),
            ...(s.status !== undefined ? { status: s.status } : {}),
            ...(s.assignedTo !== undefined
              ? { assigned_to_id: s.assignedTo?.aadObjectId ?? null, assigned_to_name: s.assignedTo?.name ?? null }
              : {}),
            ...(s.alert
              ? { alert_activity_id: s.alert.activityId, alert_conversation_id: s.alert.conversationId }
              : {}),
            ...(s.outcome !== undefined ? { outcome: s.outcome } : {}),
            ...(s.closedAt !== undefined ? { closed_at: s.closedAt.toISOString() } : {}),
          }))
          .where('id', '=', change.incidentId);
        const statusIn = change.expect?.statusIn;
        if (statusIn) q = q.where('status', 'in', [...statusIn]);
        const unassignedOr = change.expect?.unassignedOr;
        if (unassignedOr !== undefined) {
          q = q.where((eb) => eb.or([eb('assigned_to_id', 'is', null), eb('assigned_to_id', '=', unassignedOr)]));
        }
        const row = await q.returningAll().executeTakeFirst();
        if (!row) return null;
        const incident = incidentFromRow(row);
        await insertEvents(trx, change.incidentId, incident.eventSeq - change.events.length, change.events);
        for (const a of change.audit) await appendAudit(trx, this.dialect, a);
        await insertOutbox(trx, change.outbox, change.at);
        if (change.finishOutbox) {
          const f = change.finishOutbox;
          await trx
            .updateTable('outbox')
            .set({
              status: f.status,
              delivered_at: f.status === 'delivered' ? change.at.toISOString() : null,
              result: JSON.stringify(f.result),
              last_error: f.error ?? null,
              claimed_by: null,
              claimed_until: null,
            })
            .where('id', '=', f.id)
            .execute();
        }
        return incident;
      });
    } catch (err) {
      throw new BoundaryError('store_write_failed', 'Could not save the change to the incident', { cause: err });
    }
    if (updated) return { ok: true, incident: updated };
    return { ok: false, current: await this.get(change.incidentId) };
  }

  async get(id: string): Promise<Incident | null> {
    const r = await this.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? incidentFromRow(r) : null;
  }

  async getByRef(ref: string): Promise<Incident | null> {
    const r = await this.db.selectFrom('incidents').selectAll().where('ref', '=', ref).executeTakeFirst();
    return r ? incidentFromRow(r) : null;
  }

  async events(incidentId: string): Promise<IncidentEvent[]> {
    const rows = await this.db
      .selectFrom('incident_events')
      .selectAll()
      .where('incident_id', '=', incidentId)
      .orderBy('seq')
      .execute();
    return rows.map(eventFromRow);
  }

  async listByReporter(reporterId: string): Promise<Incident[]> {
    const rows = await this.db
      .selectFrom('incidents')
      .selectAll()
      .where('reporter_id', '=', reporterId)
      .orderBy('reported_at', 'desc')
      .execute();
    return rows.map(incidentFromRow);
  }

  async listClosed(): Promise<Incident[]> {
    const rows = await this.db
      .selectFrom('incidents')
      .selectAll()
      .where('status', '=', 'closed')
      .orderBy('closed_at')
      .execute();
    return rows.map(incidentFromRow);
  }

  async listOpen(): Promise<Incident[]> {
    const rows = await this.db
      .selectFrom('incidents')
      .selectAll()
      .where('status', '!=', 'closed')
      .orderBy('reported_at')
      .execute();
    return rows.map(incidentFromRow);
  }
}

async function insertEvents(
  trx: Transaction<Database>,
  incidentId: string,
  afterSeq: number,
  events: IncidentChange['events'],
): Promise<void> {
  if (events.length === 0) return;
  await trx
    .insertInto('incident_events')
    .values(
      events.map((e, i) => ({
        incident_id: incidentId,
        seq: afterSeq + i + 1,
        type: e.type,
        actor_id: e.actor.aadObjectId,
        actor_name: e.actor.name,
        at: e.at.toISOString(),
        data: JSON.stringify(e.data),
      })),
    )
    .execute();
}

async function insertOutbox(trx: Transaction<Database>, drafts: OutboxDraft[], now: Date): Promise<void> {
  if (drafts.length === 0) return;
  await trx
    .insertInto('outbox')
    .values(drafts.map((d) => outboxValues(d, now)))
    .execute();
}
