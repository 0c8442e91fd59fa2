import { z } from 'zod';

/**
 * What the alert card's Action.Execute buttons submit, one schema per verb: the {incidentId, ref} the card puts
 * in each action's data, plus the inputs Teams adds from the enclosing show-card. The inputs are read as the text
 * typed (anything else counts as nothing typed); what they must say is IncidentService's to check, because its
 * answer depends on who pressed (a lead sees what to fix, anyone else is refused and audited without learning more).
 */
const Base = z.object({
  incidentId: z.string().min(1).max(100),
  ref: z.string().max(40).optional(),
});

/** An input as typed; a missing or non-text value is nothing typed. */
const typed = z.unknown().transform((v) => (typeof v === 'string' ? v : ''));

export const AlertActionSchemas = {
  'incident.acknowledge': Base,
  'incident.assign': Base,
  'incident.view': Base,
  'incident.note': Base.extend({ note: typed }),
  'incident.escalate': Base.extend({ escalateTo: typed, escalateNote: typed }),
  'incident.close': Base.extend({ closeOutcome: typed, closeRationale: typed }),
} as const;

export type AlertVerb = keyof typeof AlertActionSchemas;
export const ALERT_VERBS = Object.keys(AlertActionSchemas) as AlertVerb[];

export type AlertAction = {
  [V in AlertVerb]: { verb: V; data: z.output<(typeof AlertActionSchemas)[V]> };
}[AlertVerb];

export function isAlertVerb(verb: string): verb is AlertVerb {
  return Object.hasOwn(AlertActionSchemas, verb);
}

/** The pressed button as a typed action, or null when the verb is unknown or the card's own data is unreadable. */
export function parseAlertAction(verb: string, data: unknown): AlertAction | null {
  if (!isAlertVerb(verb)) return null;
  const parsed = AlertActionSchemas[verb].safeParse(data);
  return parsed.success ? ({ verb, data: parsed.data } as AlertAction) : null;
}
