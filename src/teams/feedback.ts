import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import { type Clock, systemClock } from '../clock.js';
import { renderAnswerCard } from './answer-card.js';
import { findRecentAnswer, markRecentAnswerHelpful, type RecentAnswer, recentAnswerStoreOf } from './answers.js';
import { asInvokeCard, executeActionOf, personOf } from './card-action.js';
import type { BoundaryTurnState, TeamsServices } from './routes.js';

/**
 * "Was this helpful? Yes / No" on an answer card. The feedback is stored with the question, the verdict and the
 * clauses cited (FeedbackLog) for whoever looks after the policy, and the pressed card's feedback row becomes
 * "Thanks" for the person who pressed it. The question stored is the one kept in conversation state for that
 * answer, not anything the card sent back.
 */

export const FEEDBACK_VERB = 'answer.feedback';

const feedbackDataSchema = z
  .object({
    helpful: z.boolean(),
    answerId: z.string().min(1).max(100),
  })
  .strict();

export const FEEDBACK_MESSAGES = {
  invalid: 'That button sent something I did not expect, so nothing was saved.',
  tooOld: 'Thanks. That answer is too old for me to record feedback on; ask the question again to rate the new answer.',
  notRecorded: 'Thanks. Feedback is not being recorded on this installation, so nothing was saved.',
  failed: 'Sorry, I could not save that just now. Please press it again in a minute.',
} as const;

export function registerFeedbackRoute(app: Application<BoundaryTurnState>, services: TeamsServices): void {
  const clock: Clock = services.clock ?? systemClock;
  app.adaptiveCards.actionExecute(FEEDBACK_VERB, async (context) => {
    const action = executeActionOf(context);
    const data = feedbackDataSchema.safeParse(action?.data);
    if (!action || action.verb !== FEEDBACK_VERB || !data.success) return FEEDBACK_MESSAGES.invalid;
    let recent: RecentAnswer | undefined;
    try {
      recent = await findRecentAnswer(recentAnswerStoreOf(services), context, data.data.answerId);
    } catch (err) {
      services.logger.error(
        { err: err instanceof Error ? err.message : String(err) },
        'could not read the answer rated',
      );
      return FEEDBACK_MESSAGES.failed;
    }
    if (!recent) return FEEDBACK_MESSAGES.tooOld;
    const thanked = () =>
      asInvokeCard(
        renderAnswerCard(recent.answer, {
          answerId: recent.id,
          policyTitle: services.questions.source?.title,
          feedback: 'thanks',
        }),
      );
    // A retried invoke or a second tap on a copy of the card: the first answer stands.
    if (recent.helpful !== undefined) return thanked();
    if (!services.feedback) {
      services.logger.warn('answer feedback received but no feedback log is configured');
      return FEEDBACK_MESSAGES.notRecorded;
    }
    try {
      await services.feedback.add({
        at: clock.now(),
        userId: personOf(context).aadObjectId,
        question: recent.answer.question,
        verdict: recent.answer.verdict,
        clauseIds: recent.answer.citations.map((c) => c.clauseId).filter((id): id is string => Boolean(id)),
        helpful: data.data.helpful,
      });
    } catch (err) {
      services.logger.error(
        { activityId: context.activity.id, err: err instanceof Error ? err.message : String(err) },
        'could not store answer feedback',
      );
      return FEEDBACK_MESSAGES.failed;
    }
    try {
      await markRecentAnswerHelpful(recentAnswerStoreOf(services), context, recent.id, data.data.helpful);
    } catch (err) {
      // The feedback itself is stored; only a second press could now be stored twice.
      services.logger.warn(
        { err: err instanceof Error ? err.message : String(err) },
        'could not mark the answer rated',
      );
    }
    services.logger.info({ helpful: data.data.helpful, verdict: recent.answer.verdict }, 'answer feedback stored');
    return thanked();
  });
}
