/**
 * The report forms (issue 5), independent of Teams: a pure flow over Adaptive Card actions.
 *
 *   startForm(kind, prefill, ctx, current?)        -> { state, card }
 *   handleFormAction(state, { verb, data }, ctx)  -> { state, card, submit? }
 *   renderConfirmationCard(report, { reference })  -> the card after the incident service accepted it
 *   toReportInput(report, reporter)                -> IncidentService.submitReport input
 */
export { ABOUT, POST_KINDS, POSTED_BY } from './abusive-post.js';
export { FORM_STEPS, handleFormAction, startForm } from './flow.js';
export { PLATFORMS, SENDERS } from './friend-request.js';
export { mapPrefill } from './prefill.js';
export { guidanceFor, renderCancelledCard, renderConfirmationCard } from './render.js';
export { stepInputIds } from './steps.js';
export { toReportInput } from './to-report-input.js';
export {
  CANCEL_VERB,
  FORM_VERB_PREFIX,
  type FormAction,
  type FormContext,
  type FormKind,
  type FormResult,
  type FormState,
  type FormSubmission,
  MY_REPORTS_VERB,
} from './types.js';

/** Exactly the verbs the report cards send. */
export const REPORT_VERBS = /^report\.(cancel|(friend|post)\.(start|next|back|submit))$/;
/**
 * The actionExecute route to register: wider than REPORT_VERBS on purpose, so a tampered "report.*" verb
 * still reaches handleFormAction and gets a card that explains, with the answers kept.
 */
export const REPORT_VERB_ROUTE = /^report\./;
