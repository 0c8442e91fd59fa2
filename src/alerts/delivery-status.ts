import type { OutboxCounts, OutboxStore, UndeliveredRow } from '../outbox/outbox-store.js';
import type { AlertChannelSettings } from './settings.js';

/**
 * Where alerts stand: whether the safeguarding channel is set up, and which Teams deliveries still wait or were
 * given up. One reading for `boundary status` (CLI) and the `status` command in Teams, so the two never disagree.
 * Throws BoundaryError('store_unavailable') when the database cannot be read.
 */
export interface DeliveryStatus {
  channel: { setBy: string; setAt: Date } | null;
  counts: OutboxCounts;
  /** Dead-lettered rows: given up, a person must act. */
  dead: UndeliveredRow[];
  /** Pending or mid-send rows, oldest due first. */
  waiting: UndeliveredRow[];
}

export async function readDeliveryStatus(
  d: {
    settings: Pick<AlertChannelSettings, 'getAlertChannel'>;
    outbox: Pick<OutboxStore, 'counts' | 'listUndelivered'>;
  },
  limit = 200,
): Promise<DeliveryStatus> {
  const channel = await d.settings.getAlertChannel();
  const counts = await d.outbox.counts();
  const undelivered = await d.outbox.listUndelivered(limit);
  return {
    channel: channel ? { setBy: channel.setBy, setAt: channel.setAt } : null,
    counts,
    dead: undelivered.filter((r) => r.status === 'dead'),
    waiting: undelivered.filter((r) => r.status !== 'dead'),
  };
}
