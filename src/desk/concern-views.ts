import { recordDocument } from '../reports/export.js';
import {
  ALLOWED_FROM,
  categoryLabel,
  ESCALATION_LABELS,
  ESCALATION_TARGETS,
  type EscalationTarget,
  type Incident,
  type IncidentEvent,
  type IncidentStatus,
  OUTCOME_LABELS,
  OUTCOMES,
  type Outcome,
  type Person,
  SYSTEM_ACTOR,
} from '../reports/incident.js';

/**
 * The desk's JSON shapes of a concern: a row of the list, the full record for a lead, and the reporter's own view
 * (status only, as `my reports` in the chat). Plain data; the browser renders every string as text.
 */

export const STATUS_LABELS: Record<IncidentStatus, string> = {
  new: 'New',
  acknowledged: 'Acknowledged',
  in_progress: 'In progress',
  closed: 'Closed',
};

export type Delivery = 'delivered' | 'waiting' | 'failed';
export const DESK_ACTIONS = ['acknowledge', 'assign', 'note', 'escalate', 'close'] as const;
export type DeskAction = (typeof DESK_ACTIONS)[number];

export interface ConcernRow {
  reference: string;
  kind: string;
  kindLabel: string;
  severity: string;
  status: IncidentStatus;
  statusLabel: string;
  createdAt: string;
  assignedTo: string | null;
  lastAction: { at: string; by: string; what: string } | null;
  delivery: Delivery;
}

export interface ConcernRecord {
  reference: string;
  kind: string;
  kindLabel: string;
  severity: string;
  status: IncidentStatus;
  statusLabel: string;
  createdAt: string;
  reporter: string;
  assignedTo: string | null;
  /** Whether the person viewing holds the case (they may hand it to another lead). */
  assignedToMe: boolean;
  summary: string;
  facts: { label: string; value: string }[];
  chronology: { at: string; by: string; what: string; detail: string }[];
  notes: { at: string; by: string; text: string }[];
  decisions: { at: string; by: string; outcome: string; rationale: string }[];
  allowedActions: DeskAction[];
  /** The choices the escalate and close actions take (`to`, `outcome`). */
  options: { outcomes: { value: string; label: string }[]; escalationTargets: { value: string; label: string }[] };
  /** True when this is the reporter's own view: status only, no notes or decisions. */
  reporterView: boolean;
}

/** What the alert card and the record say each event is. */
function whatOf(incident: Incident, events: IncidentEvent[]): string[] {
  return recordDocument(incident, events, { exportedBy: '', exportedAt: new Date(0) }).chronology.map((c) => c.what);
}

export function deliveryOf(events: readonly IncidentEvent[]): Delivery {
  if (events.some((e) => e.type === 'alert_posted')) return 'delivered';
  if (events.some((e) => e.type === 'alert_dead_lettered')) return 'failed';
  return 'waiting';
}

export function concernRow(incident: Incident, events: IncidentEvent[]): ConcernRow {
  // The last thing a person did; Boundary's own deliveries and reminders are not actions on the concern.
  const index = events.findLastIndex((e) => e.actor.aadObjectId !== SYSTEM_ACTOR.aadObjectId);
  const last = index >= 0 ? events[index] : undefined;
  return {
    reference: incident.ref,
    kind: incident.category,
    kindLabel: categoryLabel(incident.category),
    severity: incident.severity,
    status: incident.status,
    statusLabel: STATUS_LABELS[incident.status],
    createdAt: incident.reportedAt.toISOString(),
    assignedTo: incident.assignedTo?.name ?? null,
    lastAction: last
      ? { at: last.at.toISOString(), by: last.actor.name, what: whatOf(incident, events)[index] ?? last.type }
      : null,
    delivery: deliveryOf(events),
  };
}

/** A reporter's own row: where it stands, as `my reports` says; who in the team did what is not theirs to see. */
export function reporterRow(incident: Incident, events: IncidentEvent[]): ConcernRow {
  const seen = events.filter((e) => REPORTER_EVENTS.has(e.type));
  const row = concernRow(incident, seen);
  const last = seen.at(-1);
  return {
    ...row,
    assignedTo: null,
    lastAction: last && row.lastAction ? { ...row.lastAction, by: byForReporter(last) } : null,
    delivery: deliveryOf(events),
  };
}

function byForReporter(e: IncidentEvent): string {
  return e.type === 'reported' ? e.actor.name : 'Safeguarding team';
}

export function allowedActions(incident: Incident, viewer: Person): DeskAction[] {
  return DESK_ACTIONS.filter((a) => {
    if (!(ALLOWED_FROM[a] as readonly IncidentStatus[]).includes(incident.status)) return false;
    // Someone else's case is theirs until they hand it on; the service refuses the claim too. Its holder may give
    // it to another lead.
    if (a === 'assign') return incident.assignedTo === null || isViewer(incident, viewer);
    return true;
  });
}

function isViewer(incident: Incident, viewer: Person): boolean {
  return incident.assignedTo?.aadObjectId.toLowerCase() === viewer.aadObjectId.toLowerCase();
}

const OPTIONS: ConcernRecord['options'] = {
  outcomes: OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] })),
  escalationTargets: ESCALATION_TARGETS.map((t) => ({ value: t, label: ESCALATION_LABELS[t] })),
};

/** The full record, for a safeguarding lead: facts, chronology, notes, decisions and their reasons. */
export function leadRecord(incident: Incident, events: IncidentEvent[], viewer: Person): ConcernRecord {
  const doc = recordDocument(incident, events, { exportedBy: '', exportedAt: new Date(0) });
  // Shown at the top of the record already.
  const shown = new Set(['Reference', 'Concern', 'Status', 'Assigned to']);
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    ...head(incident),
    reporter: incident.reporter.name,
    assignedTo: incident.assignedTo?.name ?? null,
    assignedToMe: isViewer(incident, viewer),
    summary: incident.summary,
    facts: [
      ...doc.facts.filter(([label]) => !shown.has(label)).map(([label, value]) => ({ label, value })),
      ...doc.answers.map((a) => ({ label: a.question, value: a.answer })),
    ],
    chronology: events.map((e, i) => ({
      at: e.at.toISOString(),
      by: e.actor.name,
      what: doc.chronology[i]?.what ?? e.type,
      detail: doc.chronology[i]?.detail ?? '',
    })),
    notes: events
      .filter((e) => e.type === 'note_added' || (e.type === 'escalated' && text(e.data.note) !== ''))
      .map((e) => ({
        at: e.at.toISOString(),
        by: e.actor.name,
        text: text(e.type === 'note_added' ? e.data.text : e.data.note),
      })),
    decisions: events
      .filter((e) => e.type === 'closed' || e.type === 'escalated')
      .map((e) => ({
        at: e.at.toISOString(),
        by: e.actor.name,
        outcome:
          e.type === 'closed'
            ? (OUTCOME_LABELS[e.data.outcome as Outcome] ?? text(e.data.outcome))
            : `Escalated to ${ESCALATION_LABELS[e.data.to as EscalationTarget] ?? text(e.data.to)}`,
        rationale: text(e.type === 'closed' ? e.data.rationale : e.data.note),
      })),
    allowedActions: allowedActions(incident, viewer),
    options: OPTIONS,
    reporterView: false,
  };
}

/** Events a reporter is told about in the chat; never notes, escalations or the rationale. */
const REPORTER_EVENTS = new Set(['reported', 'acknowledged', 'closed']);

/** The reporter's own report: what they said and where it stands, as `my reports` shows it. */
export function reporterRecord(incident: Incident, events: IncidentEvent[]): ConcernRecord {
  const words = whatOf(incident, events);
  return {
    ...head(incident),
    reporter: incident.reporter.name,
    assignedTo: null,
    assignedToMe: false,
    summary: incident.summary,
    facts: [
      { label: 'Category', value: categoryLabel(incident.category) },
      { label: 'Reported', value: reportedWords(incident) },
      { label: 'Status', value: STATUS_LABELS[incident.status] },
    ],
    chronology: events
      .map((e, i) => ({ e, what: words[i] ?? e.type }))
      .filter(({ e }) => REPORTER_EVENTS.has(e.type))
      .map(({ e, what }) => ({
        at: e.at.toISOString(),
        // Who in the safeguarding team acted is theirs to say, not the desk's.
        by: byForReporter(e),
        what,
        detail: '',
      })),
    notes: [],
    decisions: [],
    allowedActions: [],
    options: { outcomes: [], escalationTargets: [] },
    reporterView: true,
  };
}

/** When it was reported, as the record and the export say it (UK time), not as the store keeps it. */
function reportedWords(incident: Incident): string {
  const fact = recordDocument(incident, [], { exportedBy: '', exportedAt: new Date(0) }).facts.find(
    ([label]) => label === 'Reported',
  );
  return fact?.[1] ?? incident.reportedAt.toISOString();
}

function head(incident: Incident) {
  return {
    reference: incident.ref,
    kind: incident.category,
    kindLabel: categoryLabel(incident.category),
    severity: incident.severity,
    status: incident.status,
    statusLabel: STATUS_LABELS[incident.status],
    createdAt: incident.reportedAt.toISOString(),
  };
}
