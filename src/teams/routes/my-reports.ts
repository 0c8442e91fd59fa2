import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { renderCard } from '../../cards/templates.js';
import { errorMessage } from '../../errors.js';
import { deliveryWords } from '../../reports/alert-delivery.js';
import { categoryLabel, type IncidentStatus } from '../../reports/incident.js';
import { personOf } from '../card-action.js';
import { cardAttachment } from '../card-reply.js';
import { isPersonal } from '../conversation.js';
import type { BoundaryTurnState, CommandHandler, TeamsServices } from '../services.js';

/**
 * `my reports` (typed, or the button on a report's confirmation): a person's own reports with their reference and
 * status, never the safeguarding team's notes. Personal chat only, so the list is never shown to a room.
 */

export const MY_REPORTS_VERB = 'reports.mine';

export const MY_REPORTS_MESSAGES = {
  personalOnly: 'Your reports are private: open your personal chat with Boundary and type "my reports" there.',
  below: 'Your reports are listed below.',
} as const;

/** Once a lead has acted, the reporter sees that; before, whether the alert has really reached the team. */
const REPORTER_STATUS: Record<Exclude<IncidentStatus, 'new'>, string> = {
  acknowledged: 'Picked up',
  in_progress: 'Picked up',
  closed: 'Closed',
};

export function registerMyReportsRoutes(app: Application<BoundaryTurnState>, services: TeamsServices): void {
  app.adaptiveCards.actionExecute(MY_REPORTS_VERB, async (context) => {
    if (!isPersonal(context)) return MY_REPORTS_MESSAGES.personalOnly;
    // A new message below, so the confirmation card the button sits on stays as it is.
    await context.sendActivity({ attachments: [cardAttachment(await myReportsCard(context, services))] });
    return MY_REPORTS_MESSAGES.below;
  });
}

export function myReportsCommands(services: TeamsServices): Record<string, CommandHandler> {
  return {
    'my reports': async (context) => {
      if (!isPersonal(context)) {
        await context.sendActivity(MY_REPORTS_MESSAGES.personalOnly);
        return;
      }
      await context.sendActivity({ attachments: [cardAttachment(await myReportsCard(context, services))] });
    },
  };
}

async function myReportsCard(context: TurnContext, services: TeamsServices): Promise<Record<string, unknown>> {
  const mine = await services.incidents.listForReporter(personOf(context).aadObjectId, {
    channelSet: await alertChannelSet(services),
    limit: 50,
  });
  const date = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium' });
  return renderCard('my-reports', {
    hasReports: mine.length > 0,
    reports: mine.map((r) => ({
      ref: r.ref,
      line: `${categoryLabel(r.category)} · ${r.status === 'new' ? deliveryWords(r.delivery).status : REPORTER_STATUS[r.status]} · ${date.format(r.reportedAt)}`,
    })),
  });
}

/**
 * Whether an alerts channel is set up. When the setting cannot be read the answer is "no", so a reporter is told
 * to speak to the DSL rather than told their alert was sent.
 */
export async function alertChannelSet(services: Pick<TeamsServices, 'alertChannel' | 'logger'>): Promise<boolean> {
  try {
    return (await services.alertChannel.getAlertChannel()) !== null;
  } catch (err) {
    services.logger.warn({ err: errorMessage(err) }, 'could not read the alert channel setting');
    return false;
  }
}
