import type { OutboxDraft, OutboxKind, OutboxPayload } from './messages.js';

/** pending: waiting or backing off; sending: handed to the connector, outcome unknown until recorded. */
export type OutboxStatus = 'pending' | 'sending' | 'delivered' | 'dead';

export interface OutboxRow {
  id: string;
  kind: OutboxKind;
  incidentId: string | null;
  conversationKey: string;
  payload: OutboxPayload;
  status: OutboxStatus;
  attempts: number;
  dueAt: Date;
  claimedBy: string | null;
  claimedUntil: Date | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

export interface OutboxCounts {
  pending: number;
  sending: number;
  delivered: number;
  dead: number;
}

export interface UndeliveredRow extends OutboxRow {
  ref: string | null;
}

export interface ClaimOptions {
  /** At most one row per conversation key: the one first in delivery order (the relay sends one at a time to each). */
  onePerConversation?: boolean;
  /** Conversation keys to leave alone (the claimant is still sending to them). */
  skipConversations?: readonly string[];
}

/**
 * Durable queue behind the relay. A claim is a lease (claimedBy + claimedUntil): rows whose lease has
 * expired are claimable again, so a crashed instance never holds a row for ever. Methods that take a
 * claimant only act while that claimant still holds the row and return false otherwise.
 * Failures throw BoundaryError('store_unavailable').
 */
export interface OutboxStore {
  enqueue(drafts: OutboxDraft[], now: Date): Promise<void>;
  /**
   * Claims up to `limit` due rows (pending or abandoned sending) not leased by anyone else, in delivery order:
   * alert posts first, then by due time. See ClaimOptions for claiming per conversation.
   */
  claimDue(claimant: string, now: Date, leaseMs: number, limit: number, opts?: ClaimOptions): Promise<OutboxRow[]>;
  /** Records that the row is about to go to the connector (attempts + 1). */
  markSending(id: string, claimant: string, now: Date, leaseMs: number): Promise<boolean>;
  complete(id: string, claimant: string, now: Date, result: Record<string, unknown>): Promise<boolean>;
  /** Backs off until dueAt; countAttempt when the failure came before markSending (e.g. rendering). */
  retryLater(id: string, claimant: string, dueAt: Date, error: string, countAttempt?: boolean): Promise<boolean>;
  /** Gives the row back without counting an attempt (nothing was sent, e.g. no channel yet, or stopping). */
  release(id: string, claimant: string, dueAt: Date | null): Promise<boolean>;
  deadLetter(id: string, claimant: string, now: Date, error: string): Promise<boolean>;
  /**
   * Makes rows of `conversationKey` and `kinds` that were never tried (attempts 0, not claimed) and are due later
   * due at `now`: they were put off only because something they need was missing (the alert channel), not because
   * Teams failed, so once it is there they need not wait out the recheck. Returns how many rows were moved.
   */
  dueNowIfUntried(conversationKey: string, kinds: readonly OutboxKind[], now: Date): Promise<number>;
  counts(): Promise<OutboxCounts>;
  listUndelivered(limit?: number): Promise<UndeliveredRow[]>;
  get(id: string): Promise<OutboxRow | null>;
}
