import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { cardAttachment } from '../card-reply.js';
import { COMMANDS } from '../commands.js';
import { channelIdOf, isTeamConversation, teamChannels } from '../conversation.js';
import type { BoundaryTurnState, CommandHandler, TeamsServices } from '../services.js';
import { renderWelcomeCard, type WelcomeAlertSetup, type WelcomeButton } from '../welcome.js';

/**
 * The welcome card: sent once when the bot is added to a conversation, again on `help`, and for a message with
 * nothing to answer. In a team it also sets up the safeguarding alerts (one card on install, not two).
 */

const WELCOME_BUTTONS: WelcomeButton[] = COMMANDS.filter((c) => c.welcomeButton).map((c) => ({
  title: c.welcomeButton as string,
  command: c.name,
}));

/** The welcome card for this conversation; `alertSetup` fills its alerts part (a team only). */
export function welcomeCardFor(context: TurnContext, alertSetup?: WelcomeAlertSetup): Record<string, unknown> {
  return renderWelcomeCard({
    buttons: WELCOME_BUTTONS,
    showAlertSetup: isTeamConversation(context),
    ...(alertSetup ? { alertSetup } : {}),
  });
}

export async function sendWelcomeCard(context: TurnContext): Promise<void> {
  await context.sendActivity({ attachments: [cardAttachment(welcomeCardFor(context))] });
}

export function registerWelcomeRoutes(app: Application<BoundaryTurnState>, services: TeamsServices): void {
  app.conversationUpdate('membersAdded', async (context, state) => {
    const botId = context.activity.recipient?.id;
    const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === botId);
    if (!botAdded || state.conversation.welcomedAt) return;
    state.conversation.welcomedAt = services.clock.now().toISOString();
    await context.sendActivity({ attachments: [cardAttachment(await installCard(context, services))] });
  });
  // Teams sends installationUpdate together with the conversationUpdate above, and the two can be processed at
  // the same moment (the Agents Playground does exactly that), so greeting on both would greet twice. The welcome
  // comes from membersAdded alone; installationUpdate only resets it on removal, so a reinstall is greeted again.
  app.activity(ActivityTypes.InstallationUpdate, async (context, state) => {
    const action = String(context.activity.action ?? '');
    if (action === 'remove') delete state.conversation.welcomedAt;
    services.logger.info({ activityId: context.activity.id, action }, 'installation update');
  });
}

export function welcomeCommands(): Record<string, CommandHandler> {
  return { help: sendWelcomeCard };
}

/** Posted in General on install: the team's channels are listed so a lead can pick the safeguarding one here. */
async function installCard(context: TurnContext, services: TeamsServices): Promise<Record<string, unknown>> {
  if (!isTeamConversation(context)) return welcomeCardFor(context);
  const channels = await teamChannels(context, services.logger);
  const here = channelIdOf(context);
  return welcomeCardFor(context, { channels, ...(here ? { currentChannelId: here } : {}) });
}
