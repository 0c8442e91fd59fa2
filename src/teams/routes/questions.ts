import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { sendAnswer } from '../answers.js';
import { submittedValueOf } from '../commands.js';
import type { BoundaryTurnState, TeamsServices } from '../services.js';
import { sendWelcomeCard } from './welcome.js';

/**
 * The last route: every message no command matched is a policy question, answered from the school's policy. An
 * empty message gets the welcome card; a card button no route knows gets a short note instead of an answer.
 */
export function registerQuestionRoute(app: Application<BoundaryTurnState>, services: TeamsServices): void {
  const { logger } = services;
  app.addRoute(
    async (context) => context.activity.type === ActivityTypes.Message,
    async (context, state) => {
      const question = questionOf(context);
      if (question === undefined) {
        if (hasSubmittedValue(context)) {
          logger.info({ activityId: context.activity.id }, 'card submission with no matching route ignored');
          await context.sendActivity(
            'That button is not something I can handle here. Type "help" to see what I can do.',
          );
          return;
        }
        await sendWelcomeCard(context);
        return;
      }
      const answer = await services.questions.answer(question);
      logger.info({ activityId: context.activity.id, verdict: answer.verdict }, 'question answered');
      await sendAnswer(context, state, answer, {
        policyTitle: services.questions.source?.title,
        clock: services.clock,
        recentAnswers: services.recentAnswers,
        logger,
      });
    },
  );
}

function questionOf(context: TurnContext): string | undefined {
  const text = typeof context.activity.text === 'string' ? context.activity.text.replace(/<at>[^<]*<\/at>/gi, ' ') : '';
  if (text.trim() !== '') return text.trim();
  const { question } = submittedValueOf(context);
  if (question && question.trim() !== '') return question.trim();
  return undefined;
}

function hasSubmittedValue(context: TurnContext): boolean {
  const v = context.activity.value;
  return v !== undefined && v !== null && !(typeof v === 'object' && Object.keys(v).length === 0);
}
