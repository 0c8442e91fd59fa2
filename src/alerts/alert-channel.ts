import type { Clock } from '../clock.js';
import { ALERT_CHANNEL_KEY } from '../outbox/messages.js';
import type { OutboxStore } from '../outbox/outbox-store.js';
import type { Person } from '../reports/incident.js';
import type { AuditLog } from '../reports/incident-store.js';
import type { LeadDirectory } from '../reports/lead-directory.js';
import type { StoredConversationReference } from './notifier.js';
import type { AlertChannelSettings } from './settings.js';

export type SetChannelResult = { kind: 'ok'; replaced: boolean } | { kind: 'not_allowed' };

/**
 * "set alerts channel": only a safeguarding lead may choose where alerts go; both the change and a
 * refused attempt are audited. Alerts that waited for a channel are made due at once; call relay.wake() after
 * an ok so they go out now rather than at the relay's next look.
 */
export class AlertChannelSetup {
  constructor(
    private readonly d: {
      settings: AlertChannelSettings;
      audit: AuditLog;
      leads: LeadDirectory;
      clock: Clock;
      outbox: Pick<OutboxStore, 'dueNowIfUntried'>;
    },
  ) {}

  async setAlertChannel(actor: Person, channel: StoredConversationReference): Promise<SetChannelResult> {
    const now = this.d.clock.now();
    const conversationId = channel.conversation.id.split(';')[0];
    if (!(await this.d.leads.isLead(actor))) {
      await this.d.audit.append({
        at: now,
        actor,
        action: 'alerts.channel_refused',
        incidentId: null,
        detail: { conversationId },
      });
      return { kind: 'not_allowed' };
    }
    const before = await this.d.settings.getAlertChannel();
    // Alerts start new threads in the channel itself, so keep the channel's id, not a thread's.
    const reference = { ...channel, conversation: { ...channel.conversation, id: conversationId as string } };
    await this.d.settings.setAlertChannel(reference, actor.aadObjectId, now);
    await this.d.audit.append({
      at: now,
      actor,
      action: 'alerts.channel_set',
      incidentId: null,
      detail: { conversationId, previous: before?.reference.conversation.id ?? null },
    });
    // The relay put these off for its no-channel recheck; reminders keep their own times.
    await this.d.outbox.dueNowIfUntried(ALERT_CHANNEL_KEY, ['alert.post', 'alert.update'], now);
    return { kind: 'ok', replaced: before !== null };
  }
}
