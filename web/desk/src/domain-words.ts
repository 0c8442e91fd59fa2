// The record's words come from the domain module itself (plain data, no imports), so the filters, the close
// form and the card buttons cannot drift apart.
export {
  CATEGORY_INFO,
  ESCALATION_LABELS,
  ESCALATION_TARGETS,
  OUTCOME_LABELS,
  OUTCOMES,
  STATUSES,
} from '../../../src/reports/incident';
