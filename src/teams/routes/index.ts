import type { Application } from '@microsoft/teams-ai';
import { type TurnContext, TurnContext as TurnContextClass } from 'botbuilder';
import type { StoredConversationReference } from '../../alerts/notifier.js';
import { errorMessage } from '../../errors.js';
import { COMMANDS, commandOf } from '../commands.js';
import { isPersonal } from '../conversation.js';
import type { BoundaryTurnState, CommandHandler, TeamsServices } from '../services.js';
import { registerAlertCardRoutes } from './alert-card.js';
import { alertsChannelCommands, registerAlertsChannelRoutes } from './alerts-channel.js';
import { registerFeedbackRoute } from './feedback.js';
import { myReportsCommands, registerMyReportsRoutes } from './my-reports.js';
import { registerQuestionRoute } from './questions.js';
import { registerReportRoutes, reportCommands } from './reports.js';
import { statusCommands } from './status.js';
import { registerWelcomeRoutes, welcomeCardFor, welcomeCommands } from './welcome.js';

/**
 * Registers every route, in the order teams-ai tries them (the first match wins):
 * 1. card submissions and invokes (Action.Execute verbs: report forms, feedback, alert cards, alert channel), then
 * 2. install and lifecycle events, then
 * 3. typed commands, in COMMANDS order, then
 * 4. free text, which is always a policy question.
 */
export function registerRoutes(app: Application<BoundaryTurnState>, services: TeamsServices): void {
  app.turn('beforeTurn', async (context) => {
    await rememberPersonalChat(context, services);
    return true;
  });

  // 1. Card submissions and invokes.
  registerReportRoutes(app, services);
  registerFeedbackRoute(app, services);
  registerMyReportsRoutes(app, services);
  registerAlertsChannelRoutes(app, services, (context, done) => welcomeCardFor(context, { done }));
  registerAlertCardRoutes(app, services);

  // 2. Install and lifecycle.
  registerWelcomeRoutes(app, services);

  // 3. Commands.
  const handlers: Record<string, CommandHandler> = {
    ...welcomeCommands(),
    ...reportCommands(services),
    ...myReportsCommands(services),
    ...alertsChannelCommands(services),
    ...statusCommands(services),
  };
  for (const command of COMMANDS) {
    const handler = handlers[command.name];
    if (!handler) throw new Error(`command "${command.name}" is listed in COMMANDS but has no handler`);
    app.addRoute(async (context) => commandOf(context) === command.name, handler);
  }

  // 4. Everything else a person sends is a question.
  registerQuestionRoute(app, services);
}

async function rememberPersonalChat(context: TurnContext, services: TeamsServices): Promise<void> {
  const activity = context.activity;
  if (!isPersonal(context) || !activity.from?.id || !activity.serviceUrl) return;
  const ref = TurnContextClass.getConversationReference(activity) as unknown as StoredConversationReference;
  try {
    await services.onConversationReference(ref);
  } catch (err) {
    services.logger.error(
      { activityId: activity.id, err: errorMessage(err) },
      'could not store the conversation reference',
    );
  }
}
