import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import { errorMessage } from '../../errors.js';
import { renderAnswerCard } from '../answer-card.js';
import { findRecentAnswer, markRecentAnswerHelpful, type RecentAnswer } from '../answers.js';
import { executeActionOf, personOf } from '../card-action.js';
import { asInvokeCard } from '../card-reply.js';
import type { BoundaryTurnState, TeamsServices } from '../services.js';

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
  failed: 'Sorry, I could not save that just now. Please press it again in a minute.',
} as const;

export function registerFeedbackRoute(app: Application<BoundaryTurnState>, services: TeamsServices): void {
  app.adaptiveCards.actionExecute(FEEDBACK_VERB, async (context) => {
    const action = executeActionOf(context);
    const data = feedbackDataSchema.safeParse(action?.data);
    if (!action || action.verb !== FEEDBACK_VERB || !data.success) return FEEDBACK_MESSAGES.invalid;
    let recent: RecentAnswer | undefined;
    try {
      recent = await findRecentAnswer(services.recentAnswers, context, data.data.answerId);
    } catch (err) {
      services.logger.error({ err: errorMessage(err) }, 'could not read the answer rated');
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
    try {
      await services.feedback.add({
        at: services.clock.now(),
        userId: personOf(context).aadObjectId,
        question: recent.answer.question,
        verdict: recent.answer.verdict,
        clauseIds: recent.answer.citations.map((c) => c.clauseId).filter((id): id is string => Boolean(id)),
        helpful: data.data.helpful,
      });
    } catch (err) {
      services.logger.error(
        { activityId: context.activity.id, err: errorMessage(err) },
        'could not store answer feedback',
      );
      return FEEDBACK_MESSAGES.failed;
    }
    try {
      await markRecentAnswerHelpful(services.recentAnswers, context, recent.id, data.data.helpful);
    } catch (err) {
      // The feedback itself is stored; only a second press could now be stored twice.
      services.logger.warn({ err: errorMessage(err) }, 'could not mark the answer rated');
    }
    services.logger.info({ helpful: data.data.helpful, verdict: recent.answer.verdict }, 'answer feedback stored');
    return thanked();
  });
}
