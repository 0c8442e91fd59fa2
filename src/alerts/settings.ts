import type { StoredConversationReference } from './notifier.js';

/**
 * Where alerts go and how to reach a person. Implemented over SQL in src/store. Methods throw
 * BoundaryError('store_unavailable') when the database cannot be reached.
 */
export interface AlertChannelSettings {
  getAlertChannel(): Promise<{ reference: StoredConversationReference; setBy: string; setAt: Date } | null>;
  setAlertChannel(reference: StoredConversationReference, setBy: string, at: Date): Promise<void>;
}

/** Personal-chat conversation references, saved whenever a person talks to the bot. */
export interface ConversationDirectory {
  get(userId: string): Promise<StoredConversationReference | null>;
  save(userId: string, reference: StoredConversationReference, at: Date): Promise<void>;
}
