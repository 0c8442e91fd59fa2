import { z } from 'zod';
import { ESCALATION_TARGETS, OUTCOMES } from '../reports/incident.js';

/**
 * What the alert card's Action.Execute buttons submit, one schema per verb. The card puts
 * {incidentId, ref} in each action's data; Teams adds the inputs of the enclosing (show)card.
 * Parse with parseAlertAction; a failure is a value with messages for a re-rendered card.
 */
const Base = z.object({
  incidentId: z.string().min(1).max(100),
  ref: z.string().min(1).max(40),
});

const optionalText = z
  .string()
  .max(4000)
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

export const AlertActionSchemas = {
  'incident.acknowledge': Base,
  'incident.assign': Base,
  'incident.view': Base,
  'incident.note': Base.extend({ note: z.string().trim().min(1, 'Write the note first.').max(4000) }),
  'incident.escalate': Base.extend({
    escalateTo: z.enum(ESCALATION_TARGETS, { message: 'Choose who it was escalated to.' }),
    escalateNote: optionalText,
  }),
  'incident.close': Base.extend({
    closeOutcome: z.enum(OUTCOMES, { message: 'Choose an outcome.' }),
    closeRationale: z.string().trim().min(1, 'Say why: the rationale is required to close.').max(4000),
  }),
} as const;

export type AlertVerb = keyof typeof AlertActionSchemas;
export const ALERT_VERBS = Object.keys(AlertActionSchemas) as AlertVerb[];

export type AlertAction = {
  [V in AlertVerb]: { verb: V; data: z.output<(typeof AlertActionSchemas)[V]> };
}[AlertVerb];

export type ParsedAlertAction = { ok: true; action: AlertAction } | { ok: false; problems: string[] };

export function isAlertVerb(verb: string): verb is AlertVerb {
  return Object.hasOwn(AlertActionSchemas, verb);
}

export function parseAlertAction(verb: string, data: unknown): ParsedAlertAction {
  if (!isAlertVerb(verb)) return { ok: false, problems: [`Unknown action ${verb}`] };
  const parsed = AlertActionSchemas[verb].safeParse(data);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => i.message) };
  return { ok: true, action: { verb, data: parsed.data } as AlertAction };
}
