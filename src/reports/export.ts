import { answeredQuestions } from './forms/questions.js';
import {
  categoryLabel,
  ESCALATION_LABELS,
  type EscalationTarget,
  formatOccurrence,
  type Incident,
  type IncidentEvent,
  type IncidentStatus,
  OUTCOME_LABELS,
  type Outcome,
  type Person,
} from './incident.js';

/**
 * The full record and chronology, as a DSL sends it to the LADO, the police or children's social care: the
 * questions and answers as the reporter saw them, people by name, dates as given (a day stays a day), times in UK
 * time, every event in the order it happened with who did it. Shared by the Markdown and PDF exports
 * (export-pdf.ts) and the full-record card, so they never disagree.
 */
export interface RecordDocument {
  /** "Safeguarding record SM-2026-0042" */
  title: string;
  ref: string;
  /** The handling line printed at the top of every page. */
  marking: string;
  facts: [string, string][];
  summary: string;
  answers: { question: string; answer: string }[];
  chronology: { at: string; what: string; who: string; detail: string }[];
  /** "Exported by Dana Lead on 7 Dec 2026, 11:02 (UK time)." */
  exported: string;
  footer: string;
}

export const RECORD_MARKING = 'CONFIDENTIAL: safeguarding record';
const TIME_ZONE = 'Europe/London';

const EVENT_WORDS: Record<string, string> = {
  reported: 'Reported',
  alert_posted: 'Alert posted to the safeguarding team',
  alert_failed: 'Alert delivery delayed',
  alert_dead_lettered: 'Delivery given up',
  acknowledged: 'Acknowledged',
  assigned: 'Assigned',
  note_added: 'Note',
  escalated: 'Escalated',
  reporter_informed: 'Reporter informed',
  reminder_sent: 'Reminder sent',
  closed: 'Closed',
};

const STATUS_WORDS: Record<IncidentStatus, string> = {
  new: 'New: not yet picked up',
  acknowledged: 'Acknowledged',
  in_progress: 'In progress',
  closed: 'Closed',
};

/** A moment in UK time: "7 Dec 2026, 16:05". */
export function ukTime(d: Date | null, none = 'Not recorded'): string {
  return d ? formatOccurrence({ kind: 'moment', at: d }, TIME_ZONE) : none;
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v : String(v);
}

/** A person as another agency needs them: their name, and their school address when Teams gave it. */
export function personWords(p: Person): string {
  return p.upn ? `${p.name} (${p.upn})` : p.name;
}

function detailOf(e: IncidentEvent): string {
  const d = e.data;
  switch (e.type) {
    case 'note_added':
      return text(d.text);
    case 'escalated':
      return `To ${ESCALATION_LABELS[d.to as EscalationTarget] ?? text(d.to)}${d.note ? `: ${text(d.note)}` : ''}`;
    case 'closed':
      return `Outcome: ${OUTCOME_LABELS[d.outcome as Outcome] ?? text(d.outcome)}. Rationale: ${text(d.rationale)}`;
    case 'assigned':
      return `To ${text((d.to as { name?: string } | undefined)?.name)}`;
    case 'reporter_informed':
      return d.about === 'closed'
        ? 'The reporter was told the concern was closed (not the outcome or rationale).'
        : 'The reporter was told the concern was picked up.';
    case 'reminder_sent':
      return d.level === 2 ? 'Second reminder to the safeguarding team' : 'Reminder to the safeguarding team';
    case 'alert_failed':
      return d.status
        ? `Teams answered ${text(d.status)}; the alert was tried again.`
        : 'Teams did not take the alert; it was tried again.';
    case 'alert_dead_lettered':
      return `${d.kind === 'reporter.notify' ? 'The message to the reporter' : 'The alert'} could not be delivered${d.reason ? ` (${text(d.reason)})` : ''}.`;
    default:
      return '';
  }
}

export function recordDocument(
  incident: Incident,
  events: IncidentEvent[],
  meta: { exportedBy: string; exportedAt: Date },
): RecordDocument {
  const exported = `Exported by ${meta.exportedBy} on ${ukTime(meta.exportedAt)} (UK time).`;
  return {
    title: `Safeguarding record ${incident.ref}`,
    ref: incident.ref,
    marking: RECORD_MARKING,
    facts: [
      ['Reference', incident.ref],
      ['Concern', categoryLabel(incident.category)],
      ['Severity', incident.severity.charAt(0).toUpperCase() + incident.severity.slice(1)],
      ['Status', STATUS_WORDS[incident.status]],
      ['Reported by', personWords(incident.reporter)],
      ['Happened', formatOccurrence(incident.occurredAt, TIME_ZONE, 'Not given')],
      ['Reported', ukTime(incident.reportedAt)],
      ['Pupil', incident.pupilName ?? 'Not recorded'],
      ['Assigned to', incident.assignedTo ? personWords(incident.assignedTo) : 'Nobody'],
      ['Outcome', incident.outcome ? OUTCOME_LABELS[incident.outcome] : 'Not closed yet'],
      ['Closed', incident.closedAt ? ukTime(incident.closedAt) : 'Not closed yet'],
    ],
    summary: incident.summary,
    answers: answeredQuestions(incident.category, incident.answers, incident.pupilName),
    chronology: events.map((e) => ({
      at: ukTime(e.at),
      what: EVENT_WORDS[e.type] ?? e.type,
      who: e.actor.name,
      detail: detailOf(e),
    })),
    exported,
    footer: `${exported} ${RECORD_MARKING}. Times are UK time.`,
  };
}

/** Typed text is escaped so it reads as written, not as Markdown. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|>~<&]/g, (c) => `\\${c}`).replace(/\r?\n/g, '<br>');
}

export function renderRecordMarkdown(doc: RecordDocument): string {
  const lines = [`# ${md(doc.title)}`, '', `**${md(doc.marking)}**`, '', '| | |', '|---|---|'];
  for (const [k, v] of doc.facts) lines.push(`| ${md(k)} | ${md(v)} |`);
  lines.push('', '## Summary', '', md(doc.summary), '', '## The report, as the reporter answered it', '');
  if (doc.answers.length === 0) lines.push('None recorded.');
  for (const a of doc.answers) lines.push(`- **${md(a.question)}**  `, `  ${md(a.answer)}`);
  lines.push('', '## Chronology (UK time)', '', '| When | What | Who | Details |', '|---|---|---|---|');
  for (const c of doc.chronology) lines.push(`| ${md(c.at)} | ${md(c.what)} | ${md(c.who)} | ${md(c.detail)} |`);
  lines.push('', `_${md(doc.footer)}_`, '');
  return lines.join('\n');
}
