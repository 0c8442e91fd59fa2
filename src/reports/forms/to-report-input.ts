import type { Person } from '../incident.js';
import type { ReportInput } from '../incident-service.js';
import type { FormSubmission } from './types.js';

/**
 * The one place a form's submission becomes the incident service's input, so the forms stay free of the
 * service's shape. The reporter comes from the Teams activity, never from anything the card sent.
 */
export function toReportInput(submission: FormSubmission, reporter: Person): ReportInput {
  return {
    category: submission.category,
    severity: submission.severity,
    reporter,
    // The form asks a date: it stays a calendar day, with no time nobody gave.
    occurredAt: submission.occurredAt,
    summary: submission.summary,
    pupilName: submission.pupilName ?? null,
    answers: { ...submission.answers },
  };
}
