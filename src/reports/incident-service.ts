import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { BoundaryError } from '../errors.js';
import { ALERT_CHANNEL_KEY, type OutboxDraft, userConversationKey } from '../outbox/messages.js';
import { type AlertDelivery, alertDeliveryOf } from './alert-delivery.js';
import {
  ALLOWED_FROM,
  CATEGORIES,
  CATEGORY_INFO,
  ESCALATION_TARGETS,
  type EscalationTarget,
  type Incident,
  type IncidentEvent,
  type IncidentStatus,
  ISO_DATE,
  type Occurrence,
  OUTCOMES,
  type Outcome,
  type Person,
  SEVERITIES,
} from './incident.js';
import type { AuditDraft, AuditLog, EventDraft, IncidentChange, IncidentStore } from './incident-store.js';
import type { LeadDirectory } from './lead-directory.js';
import { type DueForReview, dueForReview, type RetentionRules } from './retention.js';

const PersonSchema = z.object({
  aadObjectId: z.string().min(1),
  name: z.string().trim().min(1).max(200),
  upn: z.string().max(320).optional(),
});

/** What a report form hands over. The forms validate first; this is the last line. */
export const ReportInputSchema = z.object({
  category: z.enum(CATEGORIES as [string, ...string[]]),
  severity: z.enum(SEVERITIES).optional(),
  reporter: PersonSchema,
  /** A calendar day "YYYY-MM-DD" (what the forms ask) stays a day; a Date or date-time is a moment. */
  occurredAt: z
    .union([
      z
        .string()
        .regex(ISO_DATE)
        .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a real date')
        .transform((date): Occurrence => ({ kind: 'date', date })),
      z.coerce.date().transform((at): Occurrence => ({ kind: 'moment', at })),
    ])
    .nullable()
    .optional(),
  /** Short and free of names: it is shown in the safeguarding channel. */
  summary: z.string().trim().min(1).max(500),
  pupilName: z.string().trim().max(200).nullable().optional(),
  answers: z.record(z.unknown()),
});
export type ReportInput = z.input<typeof ReportInputSchema>;

export const NoteTextSchema = z.string().trim().min(1, 'Write the note first.').max(4000);
export const RationaleSchema = z.string().trim().min(1, 'Say why: the rationale is required to close.').max(4000);

export type ActionResult =
  | { kind: 'ok'; incident: Incident }
  | { kind: 'not_allowed' }
  | { kind: 'not_found' }
  | { kind: 'invalid_transition'; status: IncidentStatus }
  | { kind: 'already_claimed'; by: Person | null; incident: Incident }
  | { kind: 'invalid_input'; problems: string[] };

export type RecordResult =
  | { kind: 'ok'; incident: Incident; events: IncidentEvent[] }
  | { kind: 'not_allowed' }
  | { kind: 'not_found' };

/** What a reporter may see of their own reports: never the safeguarding team's notes. */
export interface ReporterView {
  ref: string;
  category: string;
  status: IncidentStatus;
  reportedAt: Date;
  /** Whether the alert has really reached the safeguarding channel. */
  delivery: AlertDelivery;
}

export interface IncidentServiceDeps {
  incidents: IncidentStore;
  audit: AuditLog;
  leads: LeadDirectory;
  clock: Clock;
  newId?: () => string;
  /** Reference prefix, e.g. SM for SM-2026-0042. */
  refPrefix?: string;
  retention?: RetentionRules;
  /** Called after a commit that queued outbox rows (main wires relay.wake) so Teams hears at once. */
  onOutboxWritten?: () => void;
}

type Action = keyof typeof ALLOWED_FROM;

/**
 * The safeguarding case workflow, as use cases. Every change writes the incident, its chronology
 * event(s), the audit entry and the outbox rows that tell Teams, in one transaction, so the card and
 * the reporter are told exactly what was recorded. Only leads may act; refusals are audited.
 * Store failures surface as BoundaryError('store_write_failed' | 'store_unavailable').
 */
export class IncidentService {
  private readonly newId: () => string;
  private readonly refPrefix: string;

  constructor(private readonly deps: IncidentServiceDeps) {
    this.newId = deps.newId ?? randomUUID;
    this.refPrefix = deps.refPrefix ?? 'SM';
  }

  /**
   * Records a report. Resolves only once it is committed, so the reporter can be told it was received.
   * The same idempotency key (a resubmitted card) returns the first incident with created: false.
   */
  async submitReport(
    input: ReportInput,
    idempotencyKey: string | null,
  ): Promise<{ incident: Incident; created: boolean }> {
    const parsed = ReportInputSchema.safeParse(input);
    if (!parsed.success) {
      throw new BoundaryError(
        'internal',
        `Report input failed validation: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
      );
    }
    const r = parsed.data;
    const now = this.deps.clock.now();
    const category = r.category as Incident['category'];
    const id = this.newId();
    const reporter: Person = {
      aadObjectId: r.reporter.aadObjectId,
      name: r.reporter.name,
      ...(r.reporter.upn ? { upn: r.reporter.upn } : {}),
    };
    const result = await this.deps.incidents.create(
      {
        id,
        category,
        severity: r.severity ?? CATEGORY_INFO[category].defaultSeverity,
        reporter,
        occurredAt: r.occurredAt ?? null,
        reportedAt: now,
        summary: r.summary,
        pupilName: r.pupilName ?? null,
        answers: r.answers,
        status: 'new',
        assignedTo: null,
        alert: null,
        outcome: null,
        closedAt: null,
        updatedAt: now,
      },
      {
        refPrefix: this.refPrefix,
        idempotencyKey,
        drafts: (ref) => ({
          event: { type: 'reported', actor: reporter, at: now, data: {} },
          audit: { at: now, actor: reporter, action: 'incident.reported', incidentId: id, detail: { ref, category } },
          outbox: [this.outbox({ kind: 'alert.post', incidentId: id }, ALERT_CHANNEL_KEY, now)],
        }),
      },
    );
    if (result.created) this.deps.onOutboxWritten?.();
    return result;
  }

  acknowledge(actor: Person, incidentId: string): Promise<ActionResult> {
    return this.act(actor, incidentId, 'acknowledge', (incident, now) => {
      if (incident.status !== 'new') return 'claimed';
      return {
        set: { status: 'acknowledged' },
        events: [{ type: 'acknowledged', actor, at: now, data: {} }],
        notifyReporter: 'acknowledged',
      };
    });
  }

  /** Claims the case. From 'new' this also acknowledges it (and tells the reporter). */
  assignToMe(actor: Person, incidentId: string): Promise<ActionResult> {
    return this.assign(actor, incidentId, actor);
  }

  /**
   * Gives the case to another safeguarding lead (or the actor), as "Assign to me" does for oneself: from 'new' this
   * also acknowledges it. Refused as invalid input when the assignee is not a lead; a case held by a third lead stays
   * theirs (already_claimed), so only its holder hands it on.
   */
  async assignTo(actor: Person, incidentId: string, assignee: Person): Promise<ActionResult> {
    if (assignee.aadObjectId !== actor.aadObjectId && !(await this.deps.leads.isLead(assignee))) {
      return this.invalid(actor, incidentId, [`${assignee.name} is not a safeguarding lead: choose one of the leads.`]);
    }
    return this.assign(actor, incidentId, assignee);
  }

  private assign(actor: Person, incidentId: string, assignee: Person): Promise<ActionResult> {
    const to = { aadObjectId: assignee.aadObjectId, name: assignee.name };
    return this.act(actor, incidentId, 'assign', (incident, now) => {
      const holder = incident.assignedTo?.aadObjectId;
      if (holder && holder !== actor.aadObjectId && holder !== to.aadObjectId) return 'claimed';
      const events: EventDraft[] = [];
      if (incident.status === 'new') events.push({ type: 'acknowledged', actor, at: now, data: {} });
      events.push({ type: 'assigned', actor, at: now, data: { to } });
      return {
        set: { status: 'in_progress', assignedTo: to },
        expectUnassignedOr: holder ?? actor.aadObjectId,
        events,
        ...(incident.status === 'new' ? { notifyReporter: 'acknowledged' as const } : {}),
        ...(to.aadObjectId !== actor.aadObjectId ? { auditDetail: { assignedTo: to } } : {}),
      };
    });
  }

  addNote(actor: Person, incidentId: string, text: string): Promise<ActionResult> {
    const note = NoteTextSchema.safeParse(text);
    if (!note.success)
      return this.invalid(
        actor,
        incidentId,
        note.error.issues.map((i) => i.message),
      );
    return this.act(actor, incidentId, 'note', (_incident, now) => ({
      events: [{ type: 'note_added', actor, at: now, data: { text: note.data } }],
    }));
  }

  escalate(actor: Person, incidentId: string, to: string, note?: string): Promise<ActionResult> {
    const target = z.enum(ESCALATION_TARGETS).safeParse(to);
    const text = note === undefined || note.trim() === '' ? null : NoteTextSchema.safeParse(note);
    const problems = [
      ...(target.success ? [] : ['Choose who it was escalated to.']),
      ...(text && !text.success ? text.error.issues.map((i) => i.message) : []),
    ];
    if (problems.length > 0) return this.invalid(actor, incidentId, problems);
    const escalatedTo = target.data as EscalationTarget;
    return this.act(actor, incidentId, 'escalate', (incident, now) => ({
      ...(incident.status !== 'in_progress' ? { set: { status: 'in_progress' as const } } : {}),
      events: [
        {
          type: 'escalated',
          actor,
          at: now,
          data: { to: escalatedTo, ...(text?.success ? { note: text.data } : {}) },
        },
      ],
      auditDetail: { to: escalatedTo },
    }));
  }

  /** Closes with an outcome and the reason for it (KCSIE: decisions and their reasons, in writing). */
  close(actor: Person, incidentId: string, outcome: string, rationale: string): Promise<ActionResult> {
    const o = z.enum(OUTCOMES).safeParse(outcome);
    const why = RationaleSchema.safeParse(rationale);
    const problems = [
      ...(o.success ? [] : ['Choose an outcome.']),
      ...(why.success ? [] : why.error.issues.map((i) => i.message)),
    ];
    if (problems.length > 0 || !o.success || !why.success) return this.invalid(actor, incidentId, problems);
    const chosen: Outcome = o.data;
    return this.act(actor, incidentId, 'close', (_incident, now) => ({
      set: { status: 'closed', outcome: chosen, closedAt: now },
      events: [{ type: 'closed', actor, at: now, data: { outcome: chosen, rationale: why.data } }],
      notifyReporter: 'closed',
      auditDetail: { outcome: chosen },
    }));
  }

  /** The full record with its chronology, for leads only. Every read is audited. */
  async viewRecord(actor: Person, incidentId: string, purpose: 'read' | 'export' = 'read'): Promise<RecordResult> {
    const now = this.deps.clock.now();
    const incident = await this.deps.incidents.get(incidentId);
    if (!(await this.deps.leads.isLead(actor))) {
      await this.audit(actor, now, 'incident.refused', incidentId, { attempted: purpose, ref: incident?.ref ?? null });
      return { kind: 'not_allowed' };
    }
    if (!incident) return { kind: 'not_found' };
    await this.audit(actor, now, purpose === 'export' ? 'incident.exported' : 'incident.read', incident.id, {
      ref: incident.ref,
    });
    return { kind: 'ok', incident, events: await this.deps.incidents.events(incident.id) };
  }

  /**
   * For the `boundary export` command, run by someone with access to the server: no lead check, but
   * audited under the named operator like any other read.
   */
  async exportRecord(operator: Person, ref: string): Promise<RecordResult> {
    const incident = await this.deps.incidents.getByRef(ref);
    if (!incident) return { kind: 'not_found' };
    await this.audit(operator, this.deps.clock.now(), 'incident.exported', incident.id, { ref: incident.ref });
    return { kind: 'ok', incident, events: await this.deps.incidents.events(incident.id) };
  }

  async findByRef(ref: string): Promise<Incident | null> {
    return this.deps.incidents.getByRef(ref);
  }

  /**
   * A reporter's own reports, newest first, with status and alert delivery only. `channelSet`: whether an alerts
   * channel is set up (the settings are not the service's to read).
   */
  async listForReporter(userId: string, opts: { channelSet: boolean; limit?: number }): Promise<ReporterView[]> {
    const mine = (await this.deps.incidents.listByReporter(userId)).slice(0, opts.limit ?? 50);
    return Promise.all(
      mine.map(async (i) => ({
        ref: i.ref,
        category: i.category,
        status: i.status,
        reportedAt: i.reportedAt,
        delivery: await this.deliveryOf(i, opts.channelSet),
      })),
    );
  }

  /** Where one report's alert stands; null when there is no such report. */
  async alertDelivery(incidentId: string, channelSet: boolean): Promise<AlertDelivery | null> {
    const incident = await this.deps.incidents.get(incidentId);
    return incident ? this.deliveryOf(incident, channelSet) : null;
  }

  private async deliveryOf(incident: Incident, channelSet: boolean): Promise<AlertDelivery> {
    // A posted alert needs no chronology to say so.
    const events = incident.alert ? [] : await this.deps.incidents.events(incident.id);
    return alertDeliveryOf(incident, events, channelSet);
  }

  async dueForReview(now: Date): Promise<DueForReview[]> {
    if (!this.deps.retention) throw new BoundaryError('config_invalid', 'No retention rules were configured');
    return dueForReview(await this.deps.incidents.listClosed(), this.deps.retention, now);
  }

  private async invalid(actor: Person, incidentId: string, problems: string[]): Promise<ActionResult> {
    // A non-lead learns nothing, not even that their input was wrong.
    if (!(await this.deps.leads.isLead(actor))) {
      await this.audit(actor, this.deps.clock.now(), 'incident.refused', incidentId, { attempted: 'invalid_input' });
      return { kind: 'not_allowed' };
    }
    return { kind: 'invalid_input', problems };
  }

  /**
   * The common shape of every lead action: check the actor, read the record, let `plan` decide, then
   * write conditionally on the status (and assignee) seen. A concurrent change makes the write miss;
   * we re-read and plan again, so the second of two leads sees the first one's claim.
   */
  private async act(
    actor: Person,
    incidentId: string,
    action: Action,
    plan: (incident: Incident, now: Date) => Plan | 'claimed',
  ): Promise<ActionResult> {
    const now = this.deps.clock.now();
    if (!(await this.deps.leads.isLead(actor))) {
      const incident = await this.deps.incidents.get(incidentId);
      await this.audit(actor, now, 'incident.refused', incidentId, { attempted: action, ref: incident?.ref ?? null });
      return { kind: 'not_allowed' };
    }
    for (let attempt = 0; attempt < 5; attempt++) {
      const incident = await this.deps.incidents.get(incidentId);
      if (!incident) return { kind: 'not_found' };
      if (!(ALLOWED_FROM[action] as readonly IncidentStatus[]).includes(incident.status)) {
        if (action === 'acknowledge' && incident.status !== 'closed') return this.claimed(incident);
        return { kind: 'invalid_transition', status: incident.status };
      }
      const p = plan(incident, now);
      if (p === 'claimed') return this.claimed(incident);
      const outbox: OutboxDraft[] = [this.outbox({ kind: 'alert.update', incidentId }, ALERT_CHANNEL_KEY, now)];
      if (p.notifyReporter) {
        outbox.push(
          this.outbox(
            {
              kind: 'reporter.notify',
              incidentId,
              reporterId: incident.reporter.aadObjectId,
              about: p.notifyReporter,
            },
            userConversationKey(incident.reporter.aadObjectId),
            now,
          ),
        );
      }
      const change: IncidentChange = {
        incidentId,
        expect: {
          statusIn: [incident.status],
          ...(p.expectUnassignedOr ? { unassignedOr: p.expectUnassignedOr } : {}),
        },
        ...(p.set ? { set: p.set } : {}),
        at: now,
        events: p.events,
        audit: [
          {
            at: now,
            actor,
            action: `incident.${p.events[p.events.length - 1]?.type ?? action}`,
            incidentId,
            detail: {
              ref: incident.ref,
              from: incident.status,
              to: p.set?.status ?? incident.status,
              ...p.auditDetail,
            },
          },
        ],
        outbox,
      };
      const result = await this.deps.incidents.change(change);
      if (result.ok) {
        this.deps.onOutboxWritten?.();
        return { kind: 'ok', incident: result.incident };
      }
      if (!result.current) return { kind: 'not_found' };
    }
    throw new BoundaryError('store_write_failed', `Incident ${incidentId} kept changing under us; try again`);
  }

  private async claimed(incident: Incident): Promise<ActionResult> {
    let by = incident.assignedTo;
    if (!by) {
      const events = await this.deps.incidents.events(incident.id);
      by = events.filter((e) => e.type === 'acknowledged').at(-1)?.actor ?? null;
    }
    return { kind: 'already_claimed', by, incident };
  }

  private outbox(payload: OutboxDraft['payload'], conversationKey: string, dueAt: Date): OutboxDraft {
    return { id: this.newId(), payload, conversationKey, dueAt };
  }

  private async audit(
    actor: Person,
    at: Date,
    action: string,
    incidentId: string | null,
    detail: Record<string, unknown>,
  ): Promise<void> {
    const draft: AuditDraft = { at, actor, action, incidentId, detail };
    await this.deps.audit.append(draft);
  }
}

interface Plan {
  set?: IncidentChange['set'];
  expectUnassignedOr?: string;
  events: EventDraft[];
  notifyReporter?: 'acknowledged' | 'closed';
  auditDetail?: Record<string, unknown>;
}
