import { z } from 'zod';
import type { Clock } from '../clock.js';
import { recordDocument } from '../reports/export.js';
import { renderRecordPdf } from '../reports/export-pdf.js';
import { CATEGORIES, type Category, type Incident, type Person, STATUSES } from '../reports/incident.js';
import type { ConcernFilter, IncidentQueries } from '../reports/incident-query.js';
import type { ActionResult, IncidentService } from '../reports/incident-service.js';
import type { AuditLog } from '../reports/incident-store.js';
import {
  type ConcernRecord,
  type ConcernRow,
  concernRow,
  DESK_ACTIONS,
  leadRecord,
  reporterRecord,
  reporterRow,
} from './concern-views.js';
import { type LeadChoice, personOf } from './lead-choices.js';
import { type DeskOutcome, ok, refuse } from './outcome.js';
import type { DeskUser } from './roles.js';

/**
 * The concerns side of the desk, as use cases over the same IncidentService the alert card's buttons call: an
 * action taken here writes the same chronology, audit and outbox rows, so the channel card is updated and the
 * reporter told exactly as if the lead had pressed the button. Reads go through IncidentService.viewRecord
 * (which audits them) for leads; a reporter opening their own report is audited here.
 */
export interface ConcernDeskDeps {
  incidents: IncidentService;
  queries: IncidentQueries;
  audit: AuditLog;
  clock: Clock;
  /** The leads a concern can be handed to (SAFEGUARDING_LEADS, named from the Teams roster where it can be read). */
  leadChoices: () => Promise<LeadChoice[]>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DEFAULT_PAGE = 50;
const MAX_PAGE = 200;
const list = <T extends string>(values: readonly [T, ...T[]], what: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return undefined;
      const parts = v.split(',').map((s) => s.trim());
      const bad = parts.filter((p) => !(values as readonly string[]).includes(p));
      if (bad.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `${what} must be one of ${values.join(', ')} (got "${bad.join(', ')}")`,
        });
        return z.NEVER;
      }
      return parts as T[];
    });
const day = (name: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return undefined;
      const d = new Date(`${v.trim()}T00:00:00Z`);
      if (!DAY.test(v.trim()) || Number.isNaN(d.getTime())) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a date like 2026-11-30 (got "${v}")` });
        return z.NEVER;
      }
      return d;
    });

export const ConcernQuerySchema = z.object({
  status: list(STATUSES, 'status'),
  kind: list(CATEGORIES as [Category, ...Category[]], 'kind'),
  assigned: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || v === 'me', 'assigned can only be "me"'),
  from: day('from'),
  to: day('to'),
  q: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const ref = v?.trim().toUpperCase();
      if (!ref) return undefined;
      if (!/^[A-Z0-9-]{1,40}$/.test(ref)) {
        ctx.addIssue({ code: 'custom', message: 'Search by reference, e.g. SM-2026-0042' });
        return z.NEVER;
      }
      return ref;
    }),
  page: z.coerce
    .number({ message: 'page must be a whole number from 1' })
    .int('page must be a whole number from 1')
    .min(1, 'page must be a whole number from 1')
    .max(100_000, 'page is too large')
    .default(1),
  pageSize: z.coerce
    .number({ message: `pageSize must be a whole number from 1 to ${MAX_PAGE}` })
    .int(`pageSize must be a whole number from 1 to ${MAX_PAGE}`)
    .min(1, `pageSize must be a whole number from 1 to ${MAX_PAGE}`)
    .max(MAX_PAGE, `pageSize must be a whole number from 1 to ${MAX_PAGE}`)
    .default(DEFAULT_PAGE),
});

export const ActionBodySchema = z.object({
  action: z.enum(DESK_ACTIONS, { message: `action must be one of ${DESK_ACTIONS.join(', ')}` }),
  /** "me" (or absent, or the person's own id): claim it, as on the card; else the id of another lead. */
  assignee: z.string().trim().max(320).optional(),
  text: z.string().max(8000).optional(),
  /** escalate: lado | police | childrens_social_care | headteacher. */
  to: z.string().max(100).optional(),
  outcome: z.string().max(100).optional(),
  rationale: z.string().max(8000).optional(),
});
export type ActionBody = z.infer<typeof ActionBodySchema>;

const LEADS_ONLY = 'Only the safeguarding team can do that.';

/** One page of the list, newest first; `hasMore` says whether the next page has any rows. */
export interface ConcernPage {
  concerns: ConcernRow[];
  page: number;
  pageSize: number;
  hasMore: boolean;
}

export class ConcernDesk {
  constructor(private readonly d: ConcernDeskDeps) {}

  /** Every concern for a lead; staff see only the ones they reported. */
  async list(user: DeskUser, query: Record<string, unknown>): Promise<DeskOutcome<ConcernPage>> {
    const parsed = ConcernQuerySchema.safeParse(query);
    if (!parsed.success)
      return refuse('invalid', 'invalid_filter', parsed.error.issues.map((i) => i.message).join(' '));
    const f = parsed.data;
    if (f.from && f.to && f.to < f.from) return refuse('invalid', 'invalid_filter', '"to" is before "from".');
    const filter: ConcernFilter = {
      ...(f.status ? { statuses: f.status } : {}),
      ...(f.kind ? { categories: f.kind } : {}),
      ...(f.assigned === 'me' ? { assignedTo: user.person.aadObjectId } : {}),
      ...(f.from ? { from: f.from } : {}),
      // "to" is the last day included.
      ...(f.to ? { to: new Date(f.to.getTime() + 86_400_000) } : {}),
      ...(f.q ? { refStartsWith: f.q } : {}),
      ...(user.isLead ? {} : { reporterId: user.person.aadObjectId }),
      // One row more than the page, to know whether there is a next one without counting them all.
      limit: f.pageSize + 1,
      offset: (f.page - 1) * f.pageSize,
    };
    const found = await this.d.queries.list(filter);
    const incidents = found.slice(0, f.pageSize);
    const events = await this.d.queries.eventsOf(incidents.map((i) => i.id));
    const row = user.isLead ? concernRow : reporterRow;
    return ok({
      concerns: incidents.map((i) => row(i, events.get(i.id) ?? [])),
      page: f.page,
      pageSize: f.pageSize,
      hasMore: found.length > f.pageSize,
    });
  }

  /** The leads a concern can be assigned to, for the record's picker: leads only (audited refusal otherwise). */
  async leads(user: DeskUser): Promise<DeskOutcome<{ leads: (LeadChoice & { me: boolean })[] }>> {
    if (!user.isLead) {
      await this.auditNow(user, 'incident.refused', null, { attempted: 'list_leads' });
      return refuse('forbidden', 'not_allowed', LEADS_ONLY);
    }
    const mine = user.person.aadObjectId.toLowerCase();
    return ok({
      leads: (await this.d.leadChoices()).map((c) => ({ ...c, me: c.id.toLowerCase() === mine })),
    });
  }

  /** One record. Every view is audited: leads through the service, a reporter's view of their own here. */
  async record(user: DeskUser, ref: string): Promise<DeskOutcome<ConcernRecord>> {
    const incident = await this.find(ref);
    if (!user.isLead) {
      if (incident && incident.reporter.aadObjectId === user.person.aadObjectId) {
        await this.auditNow(user, 'incident.read', incident.id, { ref: incident.ref, view: 'reporter' });
        return ok(
          reporterRecord(incident, await this.d.queries.eventsOf([incident.id]).then((m) => m.get(incident.id) ?? [])),
        );
      }
      await this.auditNow(user, 'incident.refused', incident?.id ?? null, { attempted: 'read', ref: normalRef(ref) });
      return refuse('forbidden', 'not_allowed', 'You can open only the reports you made yourself.');
    }
    if (!incident) return refuse('not_found', 'not_found', `There is no concern ${normalRef(ref)}.`);
    const viewed = await this.d.incidents.viewRecord(user.person, incident.id);
    if (viewed.kind === 'not_allowed') return refuse('forbidden', 'not_allowed', LEADS_ONLY);
    if (viewed.kind === 'not_found') return refuse('not_found', 'not_found', `There is no concern ${normalRef(ref)}.`);
    return ok(leadRecord(viewed.incident, viewed.events, user.person));
  }

  /** An action on a concern: the same service call as the alert card's button, then the record as it now is. */
  async act(user: DeskUser, ref: string, body: unknown): Promise<DeskOutcome<ConcernRecord>> {
    const parsed = ActionBodySchema.safeParse(body);
    const incident = await this.find(ref);
    if (!user.isLead) {
      // The service audits refusals; a reference that does not exist is refused the same way, and audited here.
      if (incident && parsed.success) await this.run(user, incident, parsed.data);
      else
        await this.auditNow(user, 'incident.refused', incident?.id ?? null, {
          attempted: parsed.success ? parsed.data.action : 'action',
          ref: normalRef(ref),
        });
      return refuse('forbidden', 'not_allowed', LEADS_ONLY);
    }
    if (!parsed.success) return refuse('invalid', 'invalid_input', parsed.error.issues.map((i) => i.message).join(' '));
    if (!incident) return refuse('not_found', 'not_found', `There is no concern ${normalRef(ref)}.`);
    const a = parsed.data;
    let assignee: Person = user.person;
    if (a.action === 'assign' && !isMe(user, a.assignee)) {
      const wanted = (a.assignee ?? '').toLowerCase();
      const choice = (await this.d.leadChoices()).find(
        (c) => c.id.toLowerCase() === wanted || c.upn?.toLowerCase() === wanted,
      );
      if (!choice)
        return refuse(
          'invalid',
          'invalid_input',
          'A concern can be assigned only to a safeguarding lead: choose one from the list.',
        );
      assignee = personOf(choice);
    }
    const result = await this.run(user, incident, a, assignee);
    switch (result.kind) {
      case 'ok':
        return this.record(user, incident.ref);
      case 'not_allowed':
        return refuse('forbidden', 'not_allowed', LEADS_ONLY);
      case 'not_found':
        return refuse('not_found', 'not_found', `There is no concern ${incident.ref}.`);
      case 'invalid_transition':
        return refuse(
          'conflict',
          'invalid_transition',
          `${incident.ref} is ${result.status === 'closed' ? 'closed: it takes no further actions' : `${result.status.replace('_', ' ')}: it cannot be ${a.action}d now`}.`,
        );
      case 'already_claimed':
        return refuse(
          'conflict',
          'already_claimed',
          `${result.by?.name ?? 'Another lead'} has already taken ${incident.ref}.`,
        );
      case 'invalid_input':
        return refuse('invalid', 'invalid_input', result.problems.join(' '));
    }
  }

  /** The PDF record for a referral: leads only, audited as an export. */
  async exportPdf(user: DeskUser, ref: string): Promise<DeskOutcome<{ filename: string; pdf: Buffer }>> {
    const incident = await this.find(ref);
    if (!incident) {
      if (!user.isLead) {
        await this.auditNow(user, 'incident.refused', null, { attempted: 'export', ref: normalRef(ref) });
        return refuse('forbidden', 'not_allowed', LEADS_ONLY);
      }
      return refuse('not_found', 'not_found', `There is no concern ${normalRef(ref)}.`);
    }
    const viewed = await this.d.incidents.viewRecord(user.person, incident.id, 'export');
    if (viewed.kind === 'not_allowed') return refuse('forbidden', 'not_allowed', LEADS_ONLY);
    if (viewed.kind === 'not_found') return refuse('not_found', 'not_found', `There is no concern ${incident.ref}.`);
    const doc = recordDocument(viewed.incident, viewed.events, {
      exportedBy: user.person.name,
      exportedAt: this.d.clock.now(),
    });
    return ok({ filename: `${incident.ref}.pdf`, pdf: await renderRecordPdf(doc) });
  }

  private run(
    user: DeskUser,
    incident: Incident,
    a: ActionBody,
    assignee: Person = user.person,
  ): Promise<ActionResult> {
    const s = this.d.incidents;
    const who = user.person;
    switch (a.action) {
      case 'acknowledge':
        return s.acknowledge(who, incident.id);
      case 'assign':
        return assignee === who ? s.assignToMe(who, incident.id) : s.assignTo(who, incident.id, assignee);
      case 'note':
        return s.addNote(who, incident.id, a.text ?? '');
      case 'escalate':
        return s.escalate(who, incident.id, a.to ?? '', a.text);
      case 'close':
        return s.close(who, incident.id, a.outcome ?? '', a.rationale ?? '');
    }
  }

  private async find(ref: string): Promise<Incident | null> {
    const r = normalRef(ref);
    return /^[A-Z0-9-]{1,40}$/.test(r) ? this.d.incidents.findByRef(r) : null;
  }

  private async auditNow(user: DeskUser, action: string, incidentId: string | null, detail: Record<string, unknown>) {
    await this.d.audit.append({
      at: this.d.clock.now(),
      actor: user.person,
      action,
      incidentId,
      detail: { ...detail, via: 'desk' },
    });
  }
}

function isMe(user: DeskUser, assignee: string | undefined): boolean {
  return (
    assignee === undefined ||
    assignee === '' ||
    assignee === 'me' ||
    assignee.toLowerCase() === user.person.aadObjectId.toLowerCase() ||
    assignee.toLowerCase() === user.person.upn?.toLowerCase()
  );
}

/** A reference as typed in a URL, upper-cased and cut short so that nothing long reaches the audit log. */
function normalRef(ref: string): string {
  return ref.trim().toUpperCase().slice(0, 40);
}
