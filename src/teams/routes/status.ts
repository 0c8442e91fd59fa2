import type { TurnContext } from 'botbuilder';
import type { DeliveryStatus } from '../../alerts/delivery-status.js';
import { userText } from '../../cards/templates.js';
import { actorOf } from '../actor.js';
import type { CommandHandler, TeamsServices } from '../services.js';

/**
 * `status` for the safeguarding team: is the alert channel set, and which deliveries wait or were given up. The
 * same reading as `boundary status` on the server (readDeliveryStatus), so the two never disagree. Anyone else is
 * refused, and the attempt is audited.
 */

export const STATUS_MESSAGES = {
  refused:
    'Only the safeguarding team can see the alert status. If you are waiting to hear about a report, type "my reports".',
} as const;

const KIND_WORDS: Record<string, string> = {
  'alert.post': 'alert',
  'alert.update': 'card update',
  'alert.reminder': 'reminder',
  'reporter.notify': 'message to the reporter',
};

export function statusCommands(services: TeamsServices): Record<string, CommandHandler> {
  return {
    status: async (context) => {
      await context.sendActivity(await statusMessage(context, services));
    },
  };
}

async function statusMessage(context: TurnContext, services: TeamsServices): Promise<string> {
  const { alerts } = services;
  const actor = await actorOf(context, alerts.resolveUpn, services.logger);
  if (!(await alerts.leads.isLead(actor))) {
    await alerts.audit.append({
      at: services.clock.now(),
      actor,
      action: 'alerts.status_refused',
      incidentId: null,
      detail: { conversationType: context.activity.conversation?.conversationType ?? null },
    });
    return STATUS_MESSAGES.refused;
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
