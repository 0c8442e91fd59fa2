import type { Application } from '@microsoft/teams-ai';
import { type TeamsChannelData, type TurnContext, TurnContext as TurnContextClass } from 'botbuilder';
import { z } from 'zod';
import type { StoredConversationReference } from '../../alerts/notifier.js';
import { userText } from '../../cards/templates.js';
import { actorOf } from '../actor.js';
import { executeActionOf } from '../card-action.js';
import { asInvokeCard } from '../card-reply.js';
import { channelIdOf, channelNameOf, teamChannels, teamOf } from '../conversation.js';
import type { BoundaryTurnState, CommandHandler, TeamsServices } from '../services.js';

/**
 * `set alerts channel`: typed in the channel that should receive safeguarding alerts, or the "Use a channel for
 * alerts" button on the welcome card posted when the app is added to a team. Only a safeguarding lead may choose;
 * AlertChannelSetup audits both the change and a refused attempt.
 */

export const SET_CHANNEL_VERB = 'alerts.setChannel';

export const ALERTS_CHANNEL_MESSAGES = {
  refused:
    'Only a Designated Safeguarding Lead or deputy can choose where alerts go, so nothing has changed. Please ask your DSL to set it up.',
  channelOnly:
    'Send "@Boundary set alerts channel" in the team channel that should receive safeguarding alerts (not in a chat).',
  notInTeam: 'That channel is not in this team any more. Please choose again.',
  unreadable: 'That button could not be read. Please try again, or type "help".',
} as const;

const setChannelSchema = z.object({ channelId: z.string().max(300).optional() });

type SetOutcome = { kind: 'message'; text: string } | { kind: 'done'; text: string };

/**
 * `renderSetDone` renders the card a lead sees after choosing the channel from a card: the welcome card, with its
 * alerts part saying where alerts now go.
 */
export function registerAlertsChannelRoutes(
  app: Application<BoundaryTurnState>,
  services: TeamsServices,
  renderSetDone: (context: TurnContext, doneText: string) => Record<string, unknown>,
): void {
  app.adaptiveCards.actionExecute(SET_CHANNEL_VERB, async (context) => {
    const parsed = setChannelSchema.safeParse(executeActionOf(context)?.data ?? {});
    if (!parsed.success) return ALERTS_CHANNEL_MESSAGES.unreadable;
    const outcome = await setAlertChannel(context, services, parsed.data.channelId);
    if (outcome.kind === 'message') return outcome.text;
    return asInvokeCard(renderSetDone(context, outcome.text));
  });
}

export function alertsChannelCommands(services: TeamsServices): Record<string, CommandHandler> {
  return {
    'set alerts channel': async (context) => {
      const outcome = await setAlertChannel(context, services, undefined);
      await context.sendActivity(outcome.text);
    },
  };
}

async function setAlertChannel(
  context: TurnContext,
  services: TeamsServices,
  chosenChannelId: string | undefined,
): Promise<SetOutcome> {
  const team = teamOf(context);
  const here = channelIdOf(context);
  if (!team || !here) return { kind: 'message', text: ALERTS_CHANNEL_MESSAGES.channelOnly };
  let channelId = here;
  let channelName = channelNameOf(context);
  if (chosenChannelId && chosenChannelId !== here) {
    // Only a channel of this same team, as Teams lists it, can be chosen from the card.
    const channels = await teamChannels(context, services.logger);
    const chosen = channels.find((c) => c.value === chosenChannelId);
    if (!chosen) return { kind: 'message', text: ALERTS_CHANNEL_MESSAGES.notInTeam };
    channelId = chosen.value;
    channelName = chosen.title;
  }
  const actor = await actorOf(context, services.alerts.resolveUpn, services.logger);
  const result = await services.alerts.setup.setAlertChannel(actor, channelReference(context, channelId, team));
  services.logger.info(
    { activityId: context.activity.id, result: result.kind, channel: channelId.slice(0, 60) },
    'set alerts channel',
  );
  if (result.kind === 'not_allowed') return { kind: 'message', text: ALERTS_CHANNEL_MESSAGES.refused };
  services.alerts.wakeRelay();
  const where = channelName ? `the ${userText(channelName)} channel` : 'this channel';
  return {
    kind: 'done',
    text:
      `Done: safeguarding alerts will be posted in ${where}` +
      `${result.replaced ? ', instead of the channel used before' : ''}. Alerts that were waiting go out now.`,
  };
}

/** The reference alerts are posted with: the chosen channel of this team, not the thread the lead typed in. */
function channelReference(
  context: TurnContext,
  channelId: string,
  team: { id: string; name?: string },
): StoredConversationReference {
  const ref = TurnContextClass.getConversationReference(context.activity) as unknown as StoredConversationReference;
  const data = context.activity.channelData as TeamsChannelData | undefined;
  const tenantId = data?.tenant?.id ?? context.activity.conversation?.tenantId;
  return {
    ...ref,
    conversation: {
      ...ref.conversation,
      id: channelId,
      conversationType: 'channel',
      ...(tenantId ? { tenantId } : {}),
    },
    channelData: {
      channel: { id: channelId },
      team: { id: team.id, ...(team.name ? { name: team.name } : {}) },
      ...(tenantId ? { tenant: { id: tenantId } } : {}),
    },
  };
}
