import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { type Answer, answerSchema } from '../policy/answer.js';
import { answerMessage } from './answer-card.js';
import type { BoundaryTurnState } from './routes.js';

/**
 * The last few answers given in a conversation, kept in conversation state (on the database store) so that
 * "Was this helpful?" can be stored with the question it was about, and a report button on an answer can hand
 * that answer's clause to the form's review step. Only the answer travels on the card as an id: what is stored
 * comes from here, never from what a card sent back.
 */

const RECENT_MAX = 10;

const recentAnswerSchema = z.object({
  id: z.string(),
  at: z.string(),
  answer: answerSchema,
  /** Set once the person said whether it helped, so a retried invoke is not stored twice. */
  helpful: z.boolean().optional(),
});
export type RecentAnswer = z.infer<typeof recentAnswerSchema>;

/** Reads the list, dropping anything an older version (or a damaged row) left that does not parse. */
export function recentAnswers(state: BoundaryTurnState): RecentAnswer[] {
  const raw = state.conversation.recentAnswers;
  if (!Array.isArray(raw)) return [];
  const out: RecentAnswer[] = [];
  for (const item of raw) {
    const parsed = recentAnswerSchema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

export function findRecentAnswer(state: BoundaryTurnState, id: string): RecentAnswer | undefined {
  return recentAnswers(state).find((r) => r.id === id);
}

export function updateRecentAnswer(state: BoundaryTurnState, updated: RecentAnswer): void {
  state.conversation.recentAnswers = recentAnswers(state).map((r) => (r.id === updated.id ? updated : r));
}

/** Sends the answer card (with Teams citations) and remembers the answer under a fresh id. */
export async function sendAnswer(
  context: TurnContext,
  state: BoundaryTurnState,
  answer: Answer,
  opts: { policyTitle?: string | undefined; clock: Clock; newId?: () => string },
): Promise<void> {
  const id = `a-${(opts.newId ?? randomUUID)()}`;
  const entry: RecentAnswer = { id, at: opts.clock.now().toISOString(), answer };
  state.conversation.recentAnswers = [...recentAnswers(state), entry].slice(-RECENT_MAX);
  await context.sendActivity(answerMessage(answer, { answerId: id, policyTitle: opts.policyTitle, feedback: 'ask' }));
}
