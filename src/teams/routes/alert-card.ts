import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { type AlertAction, parseAlertAction } from '../../alerts/alert-actions.js';
import { renderRecordCard } from '../../alerts/record-card.js';
import type { Incident, IncidentStatus, Person } from '../../reports/incident.js';
import type { ActionResult, IncidentService } from '../../reports/incident-service.js';
import { actorOf } from '../actor.js';
import { executeActionOf } from '../card-action.js';
import { asInvokeCard } from '../card-reply.js';
import type { BoundaryTurnState, TeamsServices } from '../services.js';

/**
 * The alert card's buttons in the safeguarding channel: acknowledge, assign to me, note, escalate, close, view the
 * full record, and back from the record to the card.
 *
 * Card updates: an action commits the change with an `alert.update` outbox row, and the relay PUTs the re-rendered
 * card on the posted alert, for everyone, rendering the state at send time (so two quick actions can never leave
 * an older card showing). The invoke response returns the same card to the person who pressed, which Teams shows
 * to them only and at once; we never use REPLACE_FOR_ALL, which would be a second, unretried update of the same
 * message racing the relay's. One durable update per action, plus the presser's immediate view.
 */

/** Back from the full record to the alert card (leads only, not audited: the alert card is what the channel sees). */
export const ALERT_CARD_VERB = 'incident.card';

export const ALERT_CARD_MESSAGES = {
  // Said to a colleague who pressed a button meant for the DSL, usually by mistake: no hint of suspicion. The audit
  // log still records the press, as it records every action on a concern.
  refused:
    'Only the safeguarding team can act on this concern, so nothing has changed. These buttons are for the DSL and deputies. If you are worried about a child, please speak to the DSL now.',
  unreadable: 'That button could not be read. Please try again, or type "help".',
  notFound: 'That concern could not be found. It may have been posted by another installation of Boundary.',
} as const;

const backSchema = z.object({ incidentId: z.string().min(1).max(100), ref: z.string().max(40).optional() });

const STATUS_WORDS: Record<IncidentStatus, string> = {
  new: 'new',
  acknowledged: 'already acknowledged',
  in_progress: 'already in progress',
  closed: 'closed',
};

export function registerAlertCardRoutes(app: Application<BoundaryTurnState>, services: TeamsServices): void {
  app.adaptiveCards.actionExecute(/^incident\./, async (context) => {
    const card = await alertAction(context, services);
    return typeof card === 'string' ? card : asInvokeCard(card);
  });
}

async function alertAction(context: TurnContext, services: TeamsServices): Promise<Record<string, unknown> | string> {
  const pressed = executeActionOf(context);
  if (!pressed) return ALERT_CARD_MESSAGES.unreadable;
  if (pressed.verb === ALERT_CARD_VERB) {
    const back = backSchema.safeParse(pressed.data);
    if (!back.success) return ALERT_CARD_MESSAGES.unreadable;
    const actor = await actorOf(context, services.alerts.resolveUpn, services.logger);
    if (!(await services.alerts.leads.isLead(actor))) return ALERT_CARD_MESSAGES.refused;
    const incident = await incidentById(services.incidents, back.data.incidentId, back.data.ref);
    return incident ? alertCard(services, incident) : ALERT_CARD_MESSAGES.notFound;
  }

  const action = parseAlertAction(pressed.verb, pressed.data);
  if (!action) return ALERT_CARD_MESSAGES.unreadable;
  const actor = await actorOf(context, services.alerts.resolveUpn, services.logger);
  const { incidentId, ref } = action.data;
  const log = services.logger.child({ activityId: context.activity.id, verb: action.verb, incidentId });

  if (action.verb === 'incident.view') {
    const record = await services.incidents.viewRecord(actor, incidentId);
    log.info({ result: record.kind }, 'full record requested');
    if (record.kind === 'not_allowed') return ALERT_CARD_MESSAGES.refused;
    if (record.kind === 'not_found') return ALERT_CARD_MESSAGES.notFound;
    const card = renderRecordCard(record.incident, record.events, { viewedBy: actor.name, at: services.clock.now() });
    return withBackButton(card, record.incident);
  }

  const result = await perform(services.incidents, actor, action);
  log.info({ result: result.kind }, 'alert card action');
  switch (result.kind) {
    case 'ok':
      return alertCard(services, result.incident);
    case 'not_allowed':
      return ALERT_CARD_MESSAGES.refused;
    case 'not_found':
      return ALERT_CARD_MESSAGES.notFound;
    case 'already_claimed': {
      const who = result.by?.name ?? 'Another member of the safeguarding team';
      return alertCard(services, result.incident, `${who} has already picked this up.`);
    }
    case 'invalid_transition': {
      const incident = await incidentById(services.incidents, incidentId, ref);
      const notice = `This concern is ${STATUS_WORDS[result.status]}, so that cannot be done now.`;
      return incident ? alertCard(services, incident, notice) : notice;
    }
    case 'invalid_input': {
      const incident = await incidentById(services.incidents, incidentId, ref);
      const notice = `Not saved: ${result.problems.join(' ')}`;
      return incident ? alertCard(services, incident, notice) : notice;
    }
  }
}

/** The service call for a pressed button; the service checks the lead and what was typed. */
function perform(
  incidents: IncidentService,
  actor: Person,
  action: Exclude<AlertAction, { verb: 'incident.view' }>,
): Promise<ActionResult> {
  const id = action.data.incidentId;
  switch (action.verb) {
    case 'incident.acknowledge':
      return incidents.acknowledge(actor, id);
    case 'incident.assign':
      return incidents.assignToMe(actor, id);
    case 'incident.note':
      return incidents.addNote(actor, id, action.data.note);
    case 'incident.escalate':
      return incidents.escalate(actor, id, action.data.escalateTo, action.data.escalateNote);
    case 'incident.close':
      return incidents.close(actor, id, action.data.closeOutcome, action.data.closeRationale);
  }
}

async function incidentById(incidents: IncidentService, id: string, ref: string | undefined): Promise<Incident | null> {
  // The service reads by reference; the id on the card must match too, so a forged ref shows nothing else.
  if (!ref) return null;
  const incident = await incidents.findByRef(ref);
  return incident && incident.id === id ? incident : null;
}

async function alertCard(
  services: TeamsServices,
  incident: Incident,
  notice?: string,
): Promise<Record<string, unknown>> {
  const card = services.alerts.renderAlert(incident, await services.alerts.events(incident.id));
  return notice ? withNotice(card, notice) : card;
}

/** The card with a notice on top, for the person who pressed (errors, "already picked up"). */
export function withNotice(card: Record<string, unknown>, notice: string): Record<string, unknown> {
  const body = Array.isArray(card.body) ? card.body : [];
  return {
    ...card,
    body: [
      {
        type: 'Container',
        style: 'warning',
        // A TextRun is never read as markdown, so a name from Teams shows exactly as it is.
        items: [{ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: notice, weight: 'Bolder' }] }],
      },
      ...body,
    ],
  };
}

function withBackButton(card: Record<string, unknown>, incident: Incident): Record<string, unknown> {
  const actions = Array.isArray(card.actions) ? card.actions : [];
  return {
    ...card,
    actions: [
      ...actions,
      {
        type: 'Action.Execute',
        title: 'Back to the alert',
        verb: ALERT_CARD_VERB,
        data: { incidentId: incident.id, ref: incident.ref },
      },
    ],
  };
}
