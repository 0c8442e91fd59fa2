/**
 * Outbox messages: what must reach Teams after a commit. Rows are written in the same transaction as the
 * change they announce (reports' IncidentService), and delivered by the alerts' OutboxRelay at least once. They
 * live apart from both so each side imports them without importing the other.
 */
export const OUTBOX_KINDS = ['alert.post', 'alert.update', 'alert.reminder', 'reporter.notify'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export type OutboxPayload =
  | { kind: 'alert.post'; incidentId: string }
  | { kind: 'alert.update'; incidentId: string }
  | { kind: 'alert.reminder'; incidentId: string; level: 1 | 2 }
  | { kind: 'reporter.notify'; incidentId: string; reporterId: string; about: 'acknowledged' | 'closed' };

/** A row to write: delivered no earlier than dueAt (default: at once). */
export interface OutboxDraft {
  id: string;
  payload: OutboxPayload;
  /** Pacing key: 'channel' for the alert channel, `user:<id>` for a personal chat. */
  conversationKey: string;
  dueAt: Date;
}

/** The conversation key of the safeguarding channel; personal chats use userConversationKey. */
export const ALERT_CHANNEL_KEY = 'channel';
export const userConversationKey = (userId: string): string => `user:${userId}`;
