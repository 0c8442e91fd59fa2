import type { Clock } from '../clock.js';
import { type Category, type IncidentStatus, STATUSES } from '../reports/incident.js';
import type { IncidentQueries } from '../reports/incident-query.js';
import type { IncidentService } from '../reports/incident-service.js';
import type { AuditLog } from '../reports/incident-store.js';
import type { AuditCheck, AuditStatus } from './audit-check.js';
import { type DeskOutcome, ok, refuse } from './outcome.js';
import type { DeskUser } from './roles.js';

/**
 * What a DSL takes to the governors: open concerns by status and kind, alerts nobody has acknowledged past the
 * reminder time, closed records due for retention review, whether the audit chain verifies, and concerns per
 * month by kind for the last twelve months. Leads only; a refusal is audited.
 */
export interface Overview {
  /** Every concern by status, closed included. */
  byStatus: Record<IncidentStatus, number>;
  /** Open concerns by kind. */
  byKind: Partial<Record<Category, number>>;
  unacknowledged: { reference: string; createdAt: string; minutes: number }[];
  retentionDue: { reference: string; dueAt: string }[];
  audit: AuditStatus;
  perMonth: { month: string; kind: string; count: number }[];
}

export interface OverviewDeps {
  incidents: IncidentService;
  queries: IncidentQueries;
  audit: AuditLog;
  /** The audit chain's check, cached between overviews (see AuditCheck). */
  auditCheck: AuditCheck;
  clock: Clock;
  /** ALERT_REMINDER_MINUTES: past this, a new concern nobody acknowledged is listed. */
  reminderMinutes: number;
}

export async function readOverview(d: OverviewDeps, user: DeskUser): Promise<DeskOutcome<Overview>> {
  const now = d.clock.now();
  if (!user.isLead) {
    await d.audit.append({
      at: now,
      actor: user.person,
      action: 'desk.refused',
      incidentId: null,
      detail: { attempted: 'overview', via: 'desk' },
    });
    return refuse('forbidden', 'not_allowed', 'Only the safeguarding team can see the overview.');
  }
  const all = await d.queries.list({});
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<IncidentStatus, number>;
  const byKind: Partial<Record<Category, number>> = {};
  for (const i of all) {
    byStatus[i.status] += 1;
    if (i.status !== 'closed') byKind[i.category] = (byKind[i.category] ?? 0) + 1;
  }
  const unacknowledged = all
    .filter((i) => i.status === 'new')
    .map((i) => ({
      reference: i.ref,
      createdAt: i.reportedAt.toISOString(),
      minutes: Math.floor((now.getTime() - i.reportedAt.getTime()) / 60_000),
    }))
    .filter((u) => u.minutes >= d.reminderMinutes)
    .sort((a, b) => b.minutes - a.minutes);
  const retentionDue = (await d.incidents.dueForReview(now)).map((r) => ({
    reference: r.incident.ref,
    dueAt: r.reviewAt.toISOString(),
  }));
  const audit = await d.auditCheck.status();
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  const perMonth = (await d.queries.perMonth(since)).map((m) => ({ month: m.month, kind: m.category, count: m.count }));
  return ok({
    byStatus,
    byKind,
    unacknowledged,
    retentionDue,
    audit,
    perMonth,
  });
}
