import type { StepDef } from './types.js';

/** Routing fields every report card's Action.Execute data carries besides its inputs. */
export const ROUTING_FIELDS: ReadonlySet<string> = new Set(['formId', 'step']);

/** The Input ids a step's card must carry: its schema's keys without the routing fields. */
export function stepInputIds(step: StepDef, now: Date): string[] {
  return Object.keys(step.schema(now).shape).filter((k) => !ROUTING_FIELDS.has(k));
}
