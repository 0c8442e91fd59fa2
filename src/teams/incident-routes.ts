import type { Application } from '@microsoft/teams-ai';
import { type TeamsChannelData, TeamsInfo, type TurnContext, TurnContext as TurnContextClass } from 'botbuilder';
import { z } from 'zod';
import { parseAlertAction } from '../alerts/alert-actions.js';
import type { RenderAlert } from '../alerts/alert-card.js';
import type { AlertChannelSetup } from '../alerts/alert-channel.js';
import type { DeliveryStatus } from '../alerts/delivery-status.js';
import type { StoredConversationReference } from '../alerts/notifier.js';
import { renderRecordCard } from '../alerts/record-card.js';
import { type Clock, systemClock } from '../clock.js';
import {
  categoryLabel,
  type Incident,
  type IncidentEvent,
  type IncidentStatus,
  type Person,
} from '../reports/incident.js';
import type { ActionResult } from '../reports/incident-service.js';
import type { AuditLog } from '../reports/incident-store.js';
import type { LeadDirectory } from '../reports/lead-directory.js';
import { asInvokeCard, executeActionOf, personOf } from './card-action.js';
import { cardAttachment, renderCard, userText } from './cards.js';
import type { BoundaryTurnState, TeamsServices } from './routes.js';

/**
 * The safeguarding side of the bot in Teams (issue 4): the alert card's buttons, `set alerts channel` (typed, or
 * the "Use a channel for alerts" button on the welcome card posted when the app is added to a team), `status`
 * and `my reports`.
 *
 * Card updates: an action commits the change with an `alert.update` outbox row, and the relay PUTs the re-rendered
 * card on the posted alert, for everyone, rendering the state at send time (so two quick actions can never leave
 * an older card showing). The invoke response returns the same card to the person who pressed, which Teams shows
 * to them only and at once; we never use REPLACE_FOR_ALL, which would be a second, unretried update of the same
 * message racing the relay's. One durable update per action, plus the presser's immediate view.
 */

/** What these routes need beyond TeamsServices.incidents; main.ts builds it over the store. */
export interface AlertTeamsServices {
  setup: Pick<AlertChannelSetup, 'setAlertChannel'>;
  leads: LeadDirectory;
  /** Refusals of `status` are audited here (the service audits refused card actions itself). */
  audit: Pick<AuditLog, 'append'>;
  status: () => Promise<DeliveryStatus>;
  events: (incidentId: string) => Promise<IncidentEvent[]>;
  renderAlert: RenderAlert;
  /** After the channel is set, so alerts that waited for it go out now. */
  wakeRelay: () => void;
  /**
   * SAFEGUARDING_LEADS names someone by UPN: Teams activities carry the Entra object id but not the UPN, so the
   * actor's UPN is read from Teams (TeamsInfo.getMember) before a lead check.
   */
  resolveUpn?: boolean;
}

export const SET_CHANNEL_VERB = 'alerts.setChannel';
export const MY_REPORTS_VERB = 'reports.mine';
/** Back from the full record to the alert card (leads only, not audited: the alert card is what the channel sees). */
export const ALERT_CARD_VERB = 'incident.card';

export const INCIDENT_MESSAGES = {
  notAvailable:
    'Safeguarding alerts are not available on this server (it has no database). Ask your IT admin to check the setup.',
  // Said to a colleague who pressed a button meant for the DSL, usually by mistake: no hint of suspicion. The audit
  // log still records the press, as it records every action on a concern.
  refusedAction:
    'Only the safeguarding team can act on this concern, so nothing has changed. These buttons are for the DSL and deputies. If you are worried about a child, please speak to the DSL now.',
  refusedSetChannel:
    'Only a Designated Safeguarding Lead or deputy can choose where alerts go, so nothing has changed. Please ask your DSL to set it up.',
  refusedStatus:
    'Only the safeguarding team can see the alert status. If you are waiting to hear about a report, type "my reports".',
  channelOnly:
    'Send "@Boundary set alerts channel" in the team channel that should receive safeguarding alerts (not in a chat).',
  myReportsPersonalOnly: 'Your reports are private: open your personal chat with Boundary and type "my reports" there.',
  unreadable: 'That button could not be read. Please try again, or type "help".',
  notFound: 'That concern could not be found. It may have been posted by another installation of Boundary.',
  myReportsBelow: 'Your reports are listed below.',
} as const;

const alertBaseSchema = z.object({ incidentId: z.string().min(1).max(100), ref: z.string().max(40).optional() });
const setChannelSchema = z.object({ channelId: z.string().max(300).optional() });

type Handler = (context: TurnContext, state: BoundaryTurnState) => Promise<void>;

/**
 * Who pressed or typed, as the lead directory needs them: the Entra object id and name from the activity, plus
 * the UPN from Teams when leads are configured by UPN. A failed lookup leaves the UPN out (so a UPN-only lead is
 * refused rather than anyone being let in) and is logged.
 */
async function actorOf(context: TurnContext, services: TeamsServices): Promise<Person> {
  const person: Person = personOf(context);
  if (!services.alerts?.resolveUpn || !context.activity.from?.id) return person;
  try {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    const upn = member.userPrincipalName ?? member.email;
    return upn ? { ...person, upn } : person;
  } catch (err) {
    services.logger.warn(
      { activityId: context.activity.id, err: err instanceof Error ? err.message : String(err) },
      'could not read the UPN of the person acting; checking the lead list by object id only',
    );
    return person;
  }
}

/**
 * `renderSetDone` renders the card a lead sees after choosing the channel from a card (the welcome card, with its
 * alerts part saying where alerts now go); routes.ts owns the welcome card, so it passes this in.
 */
export function registerIncidentRoutes(
  app: Application<BoundaryTurnState>,
  services: TeamsServices,
  renderSetDone: (context: TurnContext, doneText: string) => Record<string, unknown>,
): void {
  const clock = services.clock ?? systemClock;

  app.adaptiveCards.actionExecute(/^incident\./, async (context) => {
    const card = await alertAction(context, services, clock);
    return typeof card === 'string' ? card : asInvokeCard(card);
  });

  app.adaptiveCards.actionExecute(MY_REPORTS_VERB, async (context) => {
    if (!isPersonal(context)) return INCIDENT_MESSAGES.myReportsPersonalOnly;
    if (!services.incidents) return INCIDENT_MESSAGES.notAvailable;
    // A new message below, so the confirmation card the button sits on stays as it is.
    await context.sendActivity({ attachments: [cardAttachment(await myReportsCard(context, services))] });
    return INCIDENT_MESSAGES.myReportsBelow;
  });

  app.adaptiveCards.actionExecute(SET_CHANNEL_VERB, async (context) => {
    const parsed = setChannelSchema.safeParse(executeActionOf(context)?.data ?? {});
    if (!parsed.success) return INCIDENT_MESSAGES.unreadable;
    const outcome = await setAlertChannel(context, services, parsed.data.channelId);
    if (outcome.kind === 'message') return outcome.text;
    return asInvokeCard(renderSetDone(context, outcome.text));
  });
}

/** Handlers for the typed commands, keyed by COMMANDS name. */
export function incidentCommandHandlers(services: TeamsServices): Record<string, Handler> {
  return {
    'set alerts channel': async (context) => {
      const outcome = await setAlertChannel(context, services, undefined);
      await context.sendActivity(outcome.text);
    },
    status: async (context) => {
      await context.sendActivity(await statusMessage(context, services));
    },
    'my reports': async (context) => {
      if (!isPersonal(context)) {
        await context.sendActivity(INCIDENT_MESSAGES.myReportsPersonalOnly);
        return;
      }
      if (!services.incidents) {
        await context.sendActivity(INCIDENT_MESSAGES.notAvailable);
        return;
      }
      await context.sendActivity({ attachments: [cardAttachment(await myReportsCard(context, services))] });
    },
  };
}

// ---- alert card actions ------------------------------------------------------------------------------------

async function alertAction(
  context: TurnContext,
  services: TeamsServices,
  clock: Clock,
): Promise<Record<string, unknown> | string> {
  const { incidents, alerts } = services;
  if (!incidents || !alerts) return INCIDENT_MESSAGES.notAvailable;
  const action = executeActionOf(context);
  const base = alertBaseSchema.safeParse(action?.data ?? {});
  if (!action || !base.success) return INCIDENT_MESSAGES.unreadable;
  const actor = await actorOf(context, services);
  const incidentId = base.data.incidentId;
  const log = services.logger.child({ activityId: context.activity.id, verb: action.verb, incidentId });

  if (action.verb === ALERT_CARD_VERB) {
    if (!(await alerts.leads.isLead(actor))) return INCIDENT_MESSAGES.refusedAction;
    const incident = await incidentById(services, incidentId, base.data.ref);
    return incident ? alertCard(alerts, incident) : INCIDENT_MESSAGES.notFound;
  }

  if (action.verb === 'incident.view') {
    const record = await incidents.viewRecord(actor, incidentId);
    log.info({ result: record.kind }, 'full record requested');
    if (record.kind === 'not_allowed') return INCIDENT_MESSAGES.refusedAction;
    if (record.kind === 'not_found') return INCIDENT_MESSAGES.notFound;
    const card = renderRecordCard({ renderCard, userText }, record.incident, record.events, {
      viewedBy: actor.name,
      at: clock.now(),
    });
    return withBackButton(card, record.incident);
  }

  // The actions' own inputs are checked by the action schemas; what fails is passed on as typed, so the service
  // decides (a lead sees what to fix, anyone else is refused and audited without learning more).
  const parsed = parseAlertAction(action.verb, action.data);
  const text = (key: string) => (typeof action.data[key] === 'string' ? (action.data[key] as string) : '');
  let result: ActionResult;
  switch (action.verb) {
    case 'incident.acknowledge':
      result = await incidents.acknowledge(actor, incidentId);
      break;
    case 'incident.assign':
      result = await incidents.assignToMe(actor, incidentId);
      break;
    case 'incident.note':
      result = await incidents.addNote(
        actor,
        incidentId,
        parsed.ok && parsed.action.verb === 'incident.note' ? parsed.action.data.note : text('note'),
      );
      break;
    case 'incident.escalate':
      result =
        parsed.ok && parsed.action.verb === 'incident.escalate'
          ? await incidents.escalate(actor, incidentId, parsed.action.data.escalateTo, parsed.action.data.escalateNote)
          : await incidents.escalate(actor, incidentId, text('escalateTo'), text('escalateNote'));
      break;
    case 'incident.close':
      result =
        parsed.ok && parsed.action.verb === 'incident.close'
          ? await incidents.close(actor, incidentId, parsed.action.data.closeOutcome, parsed.action.data.closeRationale)
          : await incidents.close(actor, incidentId, text('closeOutcome'), text('closeRationale'));
      break;
    default:
      return INCIDENT_MESSAGES.unreadable;
  }
  log.info({ result: result.kind }, 'alert card action');

  switch (result.kind) {
    case 'ok':
      return alertCard(alerts, result.incident);
    case 'not_allowed':
      return INCIDENT_MESSAGES.refusedAction;
    case 'not_found':
      return INCIDENT_MESSAGES.notFound;
    case 'already_claimed': {
      const who = result.by?.name ?? 'Another member of the safeguarding team';
      return alertCard(alerts, result.incident, `${who} has already picked this up.`);
    }
    case 'invalid_transition': {
      const incident = await incidentById(services, incidentId, base.data.ref);
      const notice = `This concern is ${STATUS_WORDS[result.status]}, so that cannot be done now.`;
      return incident ? alertCard(alerts, incident, notice) : notice;
    }
    case 'invalid_input': {
      const incident = await incidentById(services, incidentId, base.data.ref);
      const notice = `Not saved: ${result.problems.join(' ')}`;
      return incident ? alertCard(alerts, incident, notice) : notice;
    }
  }
}

const STATUS_WORDS: Record<IncidentStatus, string> = {
  new: 'new',
  acknowledged: 'already acknowledged',
  in_progress: 'already in progress',
  closed: 'closed',
};

async function incidentById(services: TeamsServices, id: string, ref: string | undefined): Promise<Incident | null> {
  // The service reads by reference; the id on the card must match too, so a forged ref shows nothing else.
  if (!ref || !services.incidents) return null;
  const incident = await services.incidents.findByRef(ref);
  return incident && incident.id === id ? incident : null;
}

async function alertCard(
  alerts: AlertTeamsServices,
  incident: Incident,
  notice?: string,
): Promise<Record<string, unknown>> {
  const card = alerts.renderAlert(incident, await alerts.events(incident.id));
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

// ---- set alerts channel -------------------------------------------------------------------------------------

type SetOutcome = { kind: 'message'; text: string } | { kind: 'done'; text: string };

async function setAlertChannel(
  context: TurnContext,
  services: TeamsServices,
  chosenChannelId: string | undefined,
): Promise<SetOutcome> {
  const alerts = services.alerts;
  if (!alerts) return { kind: 'message', text: INCIDENT_MESSAGES.notAvailable };
  const team = teamOf(context);
  const here = channelIdOf(context);
  if (!team || !here) return { kind: 'message', text: INCIDENT_MESSAGES.channelOnly };
  let channelId = here;
  let channelName = channelNameOf(context);
  if (chosenChannelId && chosenChannelId !== here) {
    // Only a channel of this same team, as Teams lists it, can be chosen from the card.
    const channels = await teamChannels(context, services);
    const chosen = channels.find((c) => c.value === chosenChannelId);
    if (!chosen) return { kind: 'message', text: 'That channel is not in this team any more. Please choose again.' };
    channelId = chosen.value;
    channelName = chosen.title;
  }
  const actor = await actorOf(context, services);
  const reference = channelReference(context, channelId, team);
  const result = await alerts.setup.setAlertChannel(actor, reference);
  services.logger.info(
    { activityId: context.activity.id, result: result.kind, channel: channelId.slice(0, 60) },
    'set alerts channel',
  );
  if (result.kind === 'not_allowed') return { kind: 'message', text: INCIDENT_MESSAGES.refusedSetChannel };
  alerts.wakeRelay();
  const where = channelName ? `the ${userText(channelName)} channel` : 'this channel';
  return {
    kind: 'done',
    text:
      `Done: safeguarding alerts will be posted in ${where}` +
      `${result.replaced ? ', instead of the channel used before' : ''}. Alerts that were waiting go out now.`,
  };
}

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

/**
 * The channels of the team an activity came from, as Teams lists them, for the welcome card's chooser and to
 * check a chosen channel. Empty outside a team or when Teams cannot list them (logged): the button then sets the
 * channel it is pressed in.
 */
export async function teamChannels(
  context: TurnContext,
  services: Pick<TeamsServices, 'logger'>,
): Promise<{ title: string; value: string }[]> {
  const team = teamOf(context);
  if (!team) return [];
  try {
    const channels = await TeamsInfo.getTeamChannels(context, team.id);
    return channels
      .filter((c) => typeof c.id === 'string' && c.id !== '')
      .map((c) => ({ title: c.name || (c.id === team.id ? 'General' : 'Channel'), value: c.id as string }));
  } catch (err) {
    // Without the list the card still works: its button then sets the channel it was pressed in.
    services.logger.warn(
      { err: err instanceof Error ? err.message : String(err) },
      'could not list the team channels for the alert channel chooser',
    );
    return [];
  }
}

// ---- status and my reports ----------------------------------------------------------------------------------

async function statusMessage(context: TurnContext, services: TeamsServices): Promise<string> {
  const alerts = services.alerts;
  if (!alerts) return INCIDENT_MESSAGES.notAvailable;
  const actor = await actorOf(context, services);
  if (!(await alerts.leads.isLead(actor))) {
    await alerts.audit.append({
      at: (services.clock ?? systemClock).now(),
      actor,
      action: 'alerts.status_refused',
      incidentId: null,
      detail: { conversationType: context.activity.conversation?.conversationType ?? null },
    });
    return INCIDENT_MESSAGES.refusedStatus;
  }
  return formatStatus(await alerts.status());
}

/** The `status` reply: plain lines, every value ours or escaped (connector errors can carry anything). */
export function formatStatus(s: DeliveryStatus): string {
  const lines = [
    s.channel
      ? `Alert channel: set on ${s.channel.setAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`
      : 'Alert channel: NOT SET. Reports are stored and their alerts wait. A DSL must send "@Boundary set alerts channel" in the safeguarding channel.',
    `Deliveries: ${s.counts.pending} waiting, ${s.counts.sending} being sent, ${s.counts.delivered} delivered, ${s.counts.dead} given up.`,
  ];
  for (const r of s.dead) {
    lines.push(
      `GIVEN UP: ${r.ref ?? '(no reference)'} ${KIND_WORDS[r.kind]} after ${r.attempts} attempt(s): ${userText((r.lastError ?? 'unknown error').slice(0, 160))}. The record is safe; check it with the full record or "boundary status".`,
    );
  }
  for (const r of s.waiting.slice(0, 20)) {
    lines.push(
      `Waiting: ${r.ref ?? '(no reference)'} ${KIND_WORDS[r.kind]}, next try ${r.dueAt.toISOString().slice(11, 16)} UTC, ${r.attempts} attempt(s) so far.`,
    );
  }
  if (s.waiting.length > 20) lines.push(`...and ${s.waiting.length - 20} more waiting.`);
  return lines.join('\n\n');
}

const KIND_WORDS: Record<string, string> = {
  'alert.post': 'alert',
  'alert.update': 'card update',
  'alert.reminder': 'reminder',
  'reporter.notify': 'message to the reporter',
};

const REPORTER_STATUS: Record<IncidentStatus, string> = {
  new: 'Sent to the safeguarding team',
  acknowledged: 'Picked up',
  in_progress: 'Picked up',
  closed: 'Closed',
};

async function myReportsCard(context: TurnContext, services: TeamsServices): Promise<Record<string, unknown>> {
  const mine = await (services.incidents as NonNullable<TeamsServices['incidents']>).listForReporter(
    personOf(context).aadObjectId,
  );
  const date = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium' });
  return renderCard('my-reports', {
    hasReports: mine.length > 0,
    reports: mine.slice(0, 50).map((r) => ({
      ref: r.ref,
      line: `${categoryLabel(r.category)} · ${REPORTER_STATUS[r.status]} · ${date.format(r.reportedAt)}`,
    })),
  });
}

// ---- activity helpers ---------------------------------------------------------------------------------------

function isPersonal(context: TurnContext): boolean {
  return context.activity.conversation?.conversationType === 'personal';
}

function teamOf(context: TurnContext): { id: string; name?: string } | undefined {
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

function channelNameOf(context: TurnContext): string | undefined {
  const data = context.activity.channelData as TeamsChannelData | undefined;
  return data?.channel?.name ?? undefined;
}
