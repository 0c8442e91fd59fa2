/**
 * The Teams side of alerting, as the relay sees it. Implemented over the Bot Framework adapter in
 * src/teams; faked in tests. Every method either resolves or throws a ConnectorError describing what
 * the Bot Connector said, so the relay can decide to retry (429/412/5xx/timeouts) or give up.
 */
export interface ChannelNotifier {
  /** Starts a new thread in the channel with the card; resolves the posted activity id. */
  postToChannel(
    channel: StoredConversationReference,
    card: object,
    opts?: { mentions?: MentionTarget[]; text?: string },
  ): Promise<{ activityId: string; conversationId: string }>;
  /** Replaces a posted card in place for everyone. */
  updateCard(conversation: StoredConversationReference, activityId: string, card: object): Promise<void>;
  /** Sends a message to a person's personal chat with the bot (proactive). */
  sendToUser(user: StoredConversationReference, message: { text?: string; card?: object }): Promise<void>;
}

/** A botbuilder ConversationReference as JSON, kept in the database. */
export type StoredConversationReference = Record<string, unknown> & {
  serviceUrl: string;
  conversation: { id: string; tenantId?: string; conversationType?: string };
};

export interface MentionTarget {
  id: string;
  name: string;
}

export class ConnectorError extends Error {
  readonly status: number | null;
  readonly retryAfterMs: number | null;
  constructor(message: string, status: number | null, retryAfterMs: number | null = null) {
    super(message);
    this.name = 'ConnectorError';
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
  /** 429, 412, 5xx and network failures are worth another try; 4xx otherwise are not. */
  get retryable(): boolean {
    if (this.status === null) return true;
    return this.status === 429 || this.status === 412 || this.status >= 500;
  }
}
