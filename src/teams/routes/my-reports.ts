import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { renderCard } from '../../cards/templates.js';
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

const REPORTER_STATUS: Record<IncidentStatus, string> = {
  new: 'Sent to the safeguarding team',
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
  const mine = await services.incidents.listForReporter(personOf(context).aadObjectId);
  const date = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium' });
  return renderCard('my-reports', {
    hasReports: mine.length > 0,
    reports: mine.slice(0, 50).map((r) => ({
      ref: r.ref,
      line: `${categoryLabel(r.category)} · ${REPORTER_STATUS[r.status]} · ${date.format(r.reportedAt)}`,
    })),
  });
}
