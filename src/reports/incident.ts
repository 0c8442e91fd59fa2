/**
 * The safeguarding record (KCSIE): what happened, who reported it, what the safeguarding team did and
 * why, as a chronology. Plain data; the rules for moving between states live here too so the service,
 * the card and the CLI agree on them.
 */

/** Category registry: add an entry to add a category; nothing else switches on the names. */
export const CATEGORY_INFO = {
  friend_request: { label: 'Friend request from a pupil', highSeverity: false, defaultSeverity: 'low' },
  abusive_post: { label: 'Abusive or harmful post', highSeverity: false, defaultSeverity: 'medium' },
  indecent_image: { label: 'Possible indecent image of a child', highSeverity: true, defaultSeverity: 'critical' },
  child_at_risk: { label: 'A child may be at risk', highSeverity: true, defaultSeverity: 'critical' },
  other: { label: 'Other concern', highSeverity: false, defaultSeverity: 'medium' },
} as const satisfies Record<string, { label: string; highSeverity: boolean; defaultSeverity: Severity }>;

export type Category = keyof typeof CATEGORY_INFO;
export const CATEGORIES = Object.keys(CATEGORY_INFO) as Category[];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const STATUSES = ['new', 'acknowledged', 'in_progress', 'closed'] as const;
export type IncidentStatus = (typeof STATUSES)[number];

export const ESCALATION_TARGETS = ['lado', 'police', 'childrens_social_care', 'headteacher'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];
export const ESCALATION_LABELS: Record<EscalationTarget, string> = {
  lado: 'LADO',
  police: 'Police',
  childrens_social_care: "Children's social care",
  headteacher: 'Headteacher',
};

export const OUTCOMES = [
  'no_further_action',
  'resolved_in_school',
  'low_level_concern_recorded',
  'referred_to_lado',
  'referred_to_police',
  'referred_to_childrens_social_care',
  'other',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  no_further_action: 'No further action',
  resolved_in_school: 'Resolved in school',
  low_level_concern_recorded: 'Low-level concern recorded',
  referred_to_lado: 'Referred to the LADO',
  referred_to_police: 'Referred to the police',
  referred_to_childrens_social_care: "Referred to children's social care",
  other: 'Other (see rationale)',
};

/** A member of staff as Teams identifies them (Entra object id), with the name shown to people. */
export interface Person {
  aadObjectId: string;
  name: string;
  upn?: string;
}

/** The identity used for things the system does by itself (relay, CLI). */
export const SYSTEM_ACTOR: Person = { aadObjectId: 'system', name: 'Boundary' };

/**
 * When it happened, as precisely as it was given. The report forms ask for a date, so their answers are a calendar
 * day ("2026-12-07", UK date) and must never be shown with a time nobody gave; a moment carries its time.
 */
export type Occurrence = { kind: 'date'; date: string } | { kind: 'moment'; at: Date };

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day as "7 Dec 2026", a moment as "7 Dec 2026, 16:05" in `timeZone`. */
export function formatOccurrence(o: Occurrence | null, timeZone = 'Europe/London', none = 'Not given'): string {
  if (!o) return none;
  if (o.kind === 'date') return formatDay(o.date);
  return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(o.at);
}

/** "2026-12-07" as "7 Dec 2026", read as the calendar day it names (no zone can move it). */
export function formatDay(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'medium' }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}

export interface Incident {
  id: string;
  ref: string;
  category: Category;
  severity: Severity;
  reporter: Person;
  occurredAt: Occurrence | null;
  reportedAt: Date;
  /** Short, name-free summary for the channel card. */
  summary: string;
  /** Kept out of channel posts unless the school opts in (ALERTS_SHOW_NAMES). */
  pupilName: string | null;
  /** The structured answers from the report form, as submitted. */
  answers: Record<string, unknown>;
  status: IncidentStatus;
  assignedTo: Person | null;
  alert: { activityId: string; conversationId: string } | null;
  outcome: Outcome | null;
  closedAt: Date | null;
  /** Number of chronology events so far; also the per-incident change counter. */
  eventSeq: number;
  updatedAt: Date;
}

export const EVENT_TYPES = [
  'reported',
  'alert_posted',
  'alert_failed',
  'alert_dead_lettered',
  'acknowledged',
  'assigned',
  'note_added',
  'escalated',
  'reporter_informed',
  'reminder_sent',
  'closed',
] as const;
export type IncidentEventType = (typeof EVENT_TYPES)[number];

export interface IncidentEvent {
  incidentId: string;
  seq: number;
  type: IncidentEventType;
  actor: Person;
  at: Date;
  /** note_added {text}; escalated {to, note?}; closed {outcome, rationale}; reminder_sent {level}. */
  data: Record<string, unknown>;
}

export function isHighSeverity(incident: Pick<Incident, 'category' | 'severity'>): boolean {
  return CATEGORY_INFO[incident.category]?.highSeverity === true || incident.severity === 'critical';
}

export function categoryLabel(category: string): string {
  return (CATEGORY_INFO as Record<string, { label: string }>)[category]?.label ?? category;
}

/** Statuses from which each action may start; closed records take no further actions. */
export const ALLOWED_FROM = {
  acknowledge: ['new'],
  assign: ['new', 'acknowledged', 'in_progress'],
  note: ['new', 'acknowledged', 'in_progress'],
  escalate: ['new', 'acknowledged', 'in_progress'],
  close: ['new', 'acknowledged', 'in_progress'],
} as const satisfies Record<string, readonly IncidentStatus[]>;

export function formatReference(prefix: string, year: number, n: number): string {
  return `${prefix}-${year}-${String(n).padStart(4, '0')}`;
}

export const REFERENCE_PATTERN = /^[A-Z]{1,6}-\d{4}-\d{4,}$/;
