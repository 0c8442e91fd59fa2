import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { RecentAnswerStore } from '../answers/recent-answer-store.js';
import type { Clock } from '../clock.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { type Answer, answerSchema } from '../policy/answer.js';
import { answerMessage } from './answer-card.js';
import type { BoundaryTurnState } from './services.js';

/**
 * The answers given in a conversation are kept (RecentAnswerStore, on the database) so that "Was this helpful?" can
 * be stored with the question it was about, and a report button on an answer can hand that answer's clause to the
 * form's review step. Only the answer travels on the card as an id: what is used comes from the store, looked up in
 * the conversation the button was pressed in, never from what a card sent back.
 */

const recentAnswerSchema = z.object({
  id: z.string(),
  at: z.string(),
  answer: answerSchema,
  /** Set once the person said whether it helped, so a retried invoke is not stored twice. */
  helpful: z.boolean().optional(),
});
export type RecentAnswer = z.infer<typeof recentAnswerSchema>;

function conversationIdOf(context: TurnContext): string {
  return String(context.activity.conversation?.id ?? '');
}

/** The answer with this id given in this conversation; undefined when unknown, aged out or not readable any more. */
export async function findRecentAnswer(
  store: RecentAnswerStore,
  context: TurnContext,
  id: string,
): Promise<RecentAnswer | undefined> {
  const stored = await store.find(conversationIdOf(context), id);
  const parsed = recentAnswerSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

export async function markRecentAnswerHelpful(
  store: RecentAnswerStore,
  context: TurnContext,
  id: string,
  helpful: boolean,
): Promise<void> {
  await store.setHelpful(conversationIdOf(context), id, helpful);
}

/**
 * Remembers the answer under a fresh id, then sends its card (with Teams citations). If it cannot be remembered the
 * answer is sent all the same: its buttons will then say it is too old, which is better than no answer.
 */
export async function sendAnswer(
  context: TurnContext,
  state: BoundaryTurnState,
  answer: Answer,
  opts: {
    policyTitle?: string | undefined;
    clock: Clock;
    recentAnswers: RecentAnswerStore;
    logger: Logger;
    newId?: () => string;
  },
): Promise<void> {
  const id = `a-${(opts.newId ?? randomUUID)()}`;
  // Conversation state written by older versions may still hold answers; this store replaces them.
  if (state.conversation.recentAnswers !== undefined) delete state.conversation.recentAnswers;
  try {
    await opts.recentAnswers.save(conversationIdOf(context), { id, at: opts.clock.now().toISOString(), answer });
  } catch (err) {
    opts.logger.warn(
      { activityId: context.activity.id, err: errorMessage(err) },
      'could not keep the answer for its buttons; sending it anyway',
    );
  }
  await context.sendActivity(answerMessage(answer, { answerId: id, policyTitle: opts.policyTitle, feedback: 'ask' }));
}
