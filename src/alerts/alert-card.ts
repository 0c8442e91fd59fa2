import { renderCard, userText } from '../cards/templates.js';
import {
  categoryLabel,
  ESCALATION_LABELS,
  ESCALATION_TARGETS,
  formatOccurrence,
  type Incident,
  type IncidentEvent,
  isHighSeverity,
  OUTCOME_LABELS,
  OUTCOMES,
  type Outcome,
} from '../reports/incident.js';

export { OUTCOME_LABELS };

/**
 * The alert card in the safeguarding channel: only what a lead needs to decide to act, the pupil's name
 * only when the school turned ALERTS_SHOW_NAMES on; the full record is one button away.
 */
export interface AlertCardOptions {
  showNames: boolean;
  /** IANA zone for times shown to people. */
  timeZone?: string;
  /** The record in the safeguarding desk (a Teams deep link); without it "View full record" shows it on a card. */
  recordLink?: (ref: string) => string;
}

/**
 * The status badge: the words carry the status, and the colour is a container style, whose text colour the host
 * picks to contrast with it in the light, dark and high-contrast themes (a coloured text, such as Warning's yellow
 * on white, is not).
 */
const STATUS = {
  new: { label: 'NEW', style: 'attention' },
  acknowledged: { label: 'Acknowledged', style: 'emphasis' },
  in_progress: { label: 'In progress', style: 'accent' },
  closed: { label: 'Closed', style: 'good' },
} as const;

const EVENT_LABELS: Record<IncidentEvent['type'], string> = {
  reported: 'Reported',
  alert_posted: 'Alert posted',
  alert_failed: 'Alert delivery delayed',
  alert_dead_lettered: 'Alert could not be delivered',
  acknowledged: 'Acknowledged',
  assigned: 'Assigned',
  note_added: 'Note added',
  escalated: 'Escalated',
  reporter_informed: 'Reporter informed',
  reminder_sent: 'Reminder sent',
  closed: 'Closed',
};

export function formatWhen(d: Date | null, timeZone = 'Europe/London'): string {
  if (!d) return 'Not given';
  return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

function eventLine(e: IncidentEvent, timeZone: string): string {
  let what = EVENT_LABELS[e.type] ?? e.type;
  if (e.type === 'escalated' && typeof e.data.to === 'string') {
    what += ` to ${ESCALATION_LABELS[e.data.to as keyof typeof ESCALATION_LABELS] ?? e.data.to}`;
  }
  if (e.type === 'closed' && typeof e.data.outcome === 'string') {
    what += `: ${OUTCOME_LABELS[e.data.outcome as Outcome] ?? e.data.outcome}`;
  }
  if (e.type === 'reminder_sent' && typeof e.data.level === 'number') what += ` (${e.data.level})`;
  return `${formatWhen(e.at, timeZone)}  ${what}, ${e.actor.name}`;
}

/** The data bound into cards/alert.json. Exported for tests and the sample data file. */
export function alertCardData(
  incident: Incident,
  events: IncidentEvent[],
  opts: AlertCardOptions & { reminderLevel?: 1 | 2 },
): Record<string, unknown> {
  const tz = opts.timeZone ?? 'Europe/London';
  const high = isHighSeverity(incident);
  const shown = events.filter((e) => e.type !== 'alert_posted').slice(-5);
  return {
    incidentId: incident.id,
    ref: incident.ref,
    categoryLabel: categoryLabel(incident.category),
    severityLabel: incident.severity.toUpperCase(),
    highSeverity: high,
    highSeverityText:
      incident.category === 'child_at_risk'
        ? 'HIGH SEVERITY: a child may be at risk. If a child is in immediate danger, call 999.'
        : incident.category === 'indecent_image'
          ? 'HIGH SEVERITY: possible indecent image of a child. Do not view, copy or forward it; the police are informed by the school.'
          : 'HIGH SEVERITY: please act now.',
    occurredText: formatOccurrence(incident.occurredAt, tz),
    reportedText: formatWhen(incident.reportedAt, tz),
    reporterName: userText(incident.reporter.name),
    summary: incident.summary,
    showPupil: opts.showNames && !!incident.pupilName,
    pupilName: opts.showNames && incident.pupilName ? userText(incident.pupilName) : '',
    statusLabel: STATUS[incident.status].label,
    statusStyle: STATUS[incident.status].style,
    assignedName: incident.assignedTo ? userText(incident.assignedTo.name) : 'Nobody yet',
    hasEvents: shown.length > 0,
    events: shown.map((e) => ({ text: eventLine(e, tz) })),
    isNew: incident.status === 'new',
    isOpen: incident.status !== 'closed',
    canAssign: incident.status !== 'closed' && !incident.assignedTo,
    hasRecordLink: opts.recordLink !== undefined,
    recordLink: opts.recordLink?.(incident.ref) ?? '',
    hasReminder: opts.reminderLevel !== undefined,
    reminderText:
      opts.reminderLevel === 2
        ? `Second reminder: ${incident.ref} has still not been acknowledged.`
        : `Reminder: ${incident.ref} has not been acknowledged yet.`,
    outcomes: OUTCOMES.map((o) => ({ title: OUTCOME_LABELS[o], value: o })),
    escalationTargets: ESCALATION_TARGETS.map((t) => ({ title: ESCALATION_LABELS[t], value: t })),
  };
}

export type RenderAlert = (
  incident: Incident,
  events: IncidentEvent[],
  opts?: { reminderLevel?: 1 | 2 },
) => Record<string, unknown>;

export function createAlertRenderer(options: AlertCardOptions): RenderAlert {
  return (incident, events, opts = {}) => renderCard('alert', alertCardData(incident, events, { ...options, ...opts }));
}
