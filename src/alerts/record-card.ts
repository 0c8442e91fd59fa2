import { renderCard, userText } from '../cards/templates.js';
import { recordDocument } from '../reports/export.js';
import type { Incident, IncidentEvent } from '../reports/incident.js';

/**
 * The full record for a lead who pressed "View full record" (after IncidentService.viewRecord, which checks
 * the lead and audits the read). Everything typed by people is in TextRuns, facts are escaped.
 */
export function renderRecordCard(
  incident: Incident,
  events: IncidentEvent[],
  meta: { viewedBy: string; at: Date },
): Record<string, unknown> {
  const doc = recordDocument(incident, events, { exportedBy: meta.viewedBy, exportedAt: meta.at });
  return renderCard('incident-record', {
    title: doc.title,
    facts: doc.facts.map(([title, value]) => ({ title, value: userText(value) })),
    summary: doc.summary,
    hasAnswers: doc.answers.length > 0,
    answers: doc.answers.map((a) => ({ key: a.question, value: a.answer })),
    chronology: doc.chronology.map((c) => ({ ...c, detailText: c.detail ? `\n${c.detail}` : '' })),
  });
}
