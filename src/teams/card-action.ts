import type { TurnContext } from 'botbuilder';
import { z } from 'zod';

/**
 * The Action.Execute envelope Teams sends as an `adaptiveCard/action` invoke, checked before any route reads it.
 * Only `verb` and `data` are used; attachments or anything else on the invoke are never read.
 */
const executeSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string().max(200),
    data: z.record(z.unknown()).optional(),
  }),
});

export interface ExecuteAction {
  verb: string;
  data: Record<string, unknown>;
}

/** The verb and data of the pressed button, or null when the invoke is not a well-formed Action.Execute. */
export function executeActionOf(context: TurnContext): ExecuteAction | null {
  const parsed = executeSchema.safeParse(context.activity.value);
  if (!parsed.success) return null;
  return { verb: parsed.data.action.verb, data: parsed.data.action.data ?? {} };
}

/** Who pressed or typed: the person's Entra object id and display name, from the activity (never from a card). */
export function personOf(context: TurnContext): { aadObjectId: string; name: string } {
  const from = context.activity.from ?? { id: '', name: '' };
  const aadObjectId = (from.aadObjectId ?? '').trim() || from.id;
  const name = (from.name ?? '').trim().slice(0, 200) || 'A member of staff';
  return { aadObjectId, name };
}
