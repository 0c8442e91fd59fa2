import {
  categoryLabel,
  ESCALATION_LABELS,
  type EscalationTarget,
  type Incident,
  type IncidentEvent,
  OUTCOME_LABELS,
  type Outcome,
} from './incident.js';

/**
 * The full record and chronology, for a LADO or police referral: everything recorded, in the order it
 * happened, with who did it. Plain text structure shared by the Markdown and PDF forms.
 */
export interface RecordDocument {
  title: string;
  facts: [string, string][];
  summary: string;
  answers: [string, string][];
  chronology: { at: string; what: string; who: string; detail: string }[];
  footer: string;
}

const EVENT_WORDS: Record<string, string> = {
  reported: 'Reported',
  alert_posted: 'Alert posted to the safeguarding channel',
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

function fmt(d: Date | null): string {
  return d ? d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '-';
}

function value(v: unknown): string {
  if (v === null || v === undefined) return '-';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

function detailOf(e: IncidentEvent): string {
  const d = e.data;
  switch (e.type) {
    case 'note_added':
      return value(d.text);
    case 'escalated':
      return `To ${ESCALATION_LABELS[d.to as EscalationTarget] ?? value(d.to)}${d.note ? `: ${value(d.note)}` : ''}`;
    case 'closed':
      return `Outcome: ${OUTCOME_LABELS[d.outcome as Outcome] ?? value(d.outcome)}. Rationale: ${value(d.rationale)}`;
    case 'assigned':
      return `To ${value((d.to as { name?: string } | undefined)?.name)}`;
    case 'reporter_informed':
      return `About: ${value(d.about)}`;
    case 'reminder_sent':
      return `Reminder ${value(d.level)}`;
    case 'alert_failed':
    case 'alert_dead_lettered':
      return Object.keys(d).length ? JSON.stringify(d) : '';
    default:
      return '';
  }
}

export function recordDocument(
  incident: Incident,
  events: IncidentEvent[],
  meta: { exportedBy: string; exportedAt: Date },
): RecordDocument {
  return {
    title: `Safeguarding record ${incident.ref}`,
    facts: [
      ['Reference', incident.ref],
      ['Category', categoryLabel(incident.category)],
      ['Severity', incident.severity],
      ['Status', incident.status],
      ['Reported by', `${incident.reporter.name} (${incident.reporter.upn ?? incident.reporter.aadObjectId})`],
      ['Happened', fmt(incident.occurredAt)],
      ['Reported', fmt(incident.reportedAt)],
      ['Pupil', incident.pupilName ?? '-'],
      ['Assigned to', incident.assignedTo?.name ?? '-'],
      ['Outcome', incident.outcome ? OUTCOME_LABELS[incident.outcome] : '-'],
      ['Closed', fmt(incident.closedAt)],
    ],
    summary: incident.summary,
    answers: Object.entries(incident.answers).map(([k, v]) => [k, value(v)]),
    chronology: events.map((e) => ({
      at: fmt(e.at),
      what: EVENT_WORDS[e.type] ?? e.type,
      who: e.actor.name,
      detail: detailOf(e),
    })),
    footer: `Exported by ${meta.exportedBy} at ${fmt(meta.exportedAt)}. Confidential: safeguarding record.`,
  };
}

/** Typed text is escaped so it reads as written, not as Markdown. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|>~<&]/g, (c) => `\\${c}`).replace(/\r?\n/g, '<br>');
}

export function renderRecordMarkdown(doc: RecordDocument): string {
  const lines = [`# ${md(doc.title)}`, '', '| | |', '|---|---|'];
  for (const [k, v] of doc.facts) lines.push(`| ${md(k)} | ${md(v)} |`);
  lines.push('', '## Summary', '', md(doc.summary), '', '## Answers from the report', '');
  if (doc.answers.length === 0) lines.push('None recorded.');
  for (const [k, v] of doc.answers) lines.push(`- **${md(k)}**: ${md(v)}`);
  lines.push('', '## Chronology', '', '| When | What | Who | Details |', '|---|---|---|---|');
  for (const c of doc.chronology) lines.push(`| ${md(c.at)} | ${md(c.what)} | ${md(c.who)} | ${md(c.detail)} |`);
  lines.push('', `_${md(doc.footer)}_`, '');
  return lines.join('\n');
}

/** The record as a PDF. pdfkit (and its fonts) is loaded on first use: the bot itself never renders PDFs. */
export async function renderRecordPdf(doc: RecordDocument): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', margin: 50, info: { Title: doc.title } });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.font('Helvetica-Bold').fontSize(16).text(doc.title);
    pdf.moveDown();
    for (const [k, v] of doc.facts) {
      pdf.font('Helvetica-Bold').fontSize(10).text(`${k}: `, { continued: true });
      pdf.font('Helvetica').text(v);
    }
    pdf.moveDown().font('Helvetica-Bold').fontSize(12).text('Summary');
    pdf.font('Helvetica').fontSize(10).text(doc.summary);
    pdf.moveDown().font('Helvetica-Bold').fontSize(12).text('Answers from the report');
    if (doc.answers.length === 0) pdf.font('Helvetica').fontSize(10).text('None recorded.');
    for (const [k, v] of doc.answers) {
      pdf.font('Helvetica-Bold').fontSize(10).text(`${k}: `, { continued: true });
      pdf.font('Helvetica').text(v);
    }
    pdf.moveDown().font('Helvetica-Bold').fontSize(12).text('Chronology');
    for (const c of doc.chronology) {
      pdf.font('Helvetica-Bold').fontSize(10).text(`${c.at}  ${c.what}  (${c.who})`);
      if (c.detail) pdf.font('Helvetica').text(c.detail, { indent: 12 });
    }
    pdf.moveDown().font('Helvetica-Oblique').fontSize(8).text(doc.footer);
    pdf.end();
  });
}
