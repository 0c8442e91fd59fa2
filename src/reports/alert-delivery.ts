import type { Incident, IncidentEvent } from './incident.js';

/**
 * Where a report's alert to the safeguarding channel stands. A member of staff who reads "sent" may decide not to
 * speak to the DSL, so only an alert that is really in the channel counts as sent; everything else is "stored".
 * - posted: the alert card is in the safeguarding channel.
 * - no_channel: no alerts channel has been set up, so the alert waits for one.
 * - sending: queued for the channel, not posted yet (usually for well under a second).
 * - retrying: Teams failed or refused at least once; the relay is trying again.
 * - given_up: the relay gave up (dead letter); a person must act.
 */
export type AlertDelivery = 'posted' | 'no_channel' | 'sending' | 'retrying' | 'given_up';

/**
 * The delivery state from the record itself: the posted alert on the incident, else the relay's chronology events
 * (`alert_failed`, `alert_dead_lettered` of the post), else whether an alerts channel is set.
 */
export function alertDeliveryOf(
  incident: Pick<Incident, 'alert'>,
  events: readonly Pick<IncidentEvent, 'type' | 'data'>[],
  channelSet: boolean,
): AlertDelivery {
  if (incident.alert) return 'posted';
  if (events.some((e) => e.type === 'alert_dead_lettered' && e.data.kind !== 'reporter.notify')) return 'given_up';
  if (!channelSet) return 'no_channel';
  if (events.some((e) => e.type === 'alert_failed')) return 'retrying';
  return 'sending';
}

export const NOT_YET_DELIVERED = 'Stored — not yet delivered to the safeguarding team. Please speak to the DSL.';
export const SENT = 'Sent to the safeguarding team';

export interface DeliveryWords {
  delivered: boolean;
  /** One line for a list ("My reports", the desk). */
  status: string;
  /** What happens next, for the confirmation card. */
  next: string;
}

const STORED = 'Your report is safely stored, but it has not reached the safeguarding team yet';

/** What a reporter (and the desk) is told about an alert's delivery: "sent" only once it was posted. */
export function deliveryWords(delivery: AlertDelivery): DeliveryWords {
  switch (delivery) {
    case 'posted':
      return {
        delivered: true,
        status: SENT,
        next: 'The safeguarding team (the DSL) has been alerted and will pick this up. You will hear when it is acknowledged and when it is closed.',
      };
    case 'no_channel':
      return {
        delivered: false,
        status: NOT_YET_DELIVERED,
        next: `${STORED}: their alerts channel is not set up. Please speak to the DSL.`,
      };
    case 'sending':
      return {
        delivered: false,
        status: NOT_YET_DELIVERED,
        next: `${STORED}: it is still being sent. Please speak to the DSL; "My reports" shows when it has arrived.`,
      };
    case 'retrying':
      return {
        delivered: false,
        status: NOT_YET_DELIVERED,
        next: `${STORED}: Teams did not take the alert, and it is being tried again. Please speak to the DSL.`,
      };
    case 'given_up':
      return {
        delivered: false,
        status: NOT_YET_DELIVERED,
        next: `${STORED}: the alert could not be delivered. Please speak to the DSL now.`,
      };
  }
}
