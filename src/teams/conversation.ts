import { type TeamsChannelData, TeamsInfo, type TurnContext } from 'botbuilder';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';

/** Where an activity came from, read from the activity Teams sent (never from anything a card submitted). */

export function isPersonal(context: TurnContext): boolean {
  return context.activity.conversation?.conversationType === 'personal';
}

export function isTeamConversation(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === 'channel' || Boolean((context.activity.channelData as { team?: unknown } | undefined)?.team);
}

export function teamOf(context: TurnContext): { id: string; name?: string } | undefined {
  const team = (context.activity.channelData as TeamsChannelData | undefined)?.team;
  return team?.id ? { id: team.id, ...(team.name ? { name: team.name } : {}) } : undefined;
}

/** The channel an activity came from: channelData.channel.id, else the conversation id without ;messageid=. */
export function channelIdOf(context: TurnContext): string | undefined {
  const data = context.activity.channelData as TeamsChannelData | undefined;
  if (data?.channel?.id) return data.channel.id;
  if (context.activity.conversation?.conversationType !== 'channel') return undefined;
  return context.activity.conversation.id?.split(';')[0];
}

export function channelNameOf(context: TurnContext): string | undefined {
  const data = context.activity.channelData as TeamsChannelData | undefined;
  return data?.channel?.name ?? undefined;
}

/**
 * The channels of the team an activity came from, as Teams lists them, for the welcome card's chooser and to
 * check a chosen channel. Empty outside a team or when Teams cannot list them (logged): the button then sets the
 * channel it is pressed in.
 */
export async function teamChannels(context: TurnContext, logger: Logger): Promise<{ title: string; value: string }[]> {
  const team = teamOf(context);
  if (!team) return [];
  try {
    const channels = await TeamsInfo.getTeamChannels(context, team.id);
    return channels
      .filter((c) => typeof c.id === 'string' && c.id !== '')
      .map((c) => ({ title: c.name || (c.id === team.id ? 'General' : 'Channel'), value: c.id as string }));
  } catch (err) {
    logger.warn({ err: errorMessage(err) }, 'could not list the team channels for the alert channel chooser');
    return [];
  }
}
