/** One answer as kept: the Teams layer validates `answer` when reading it back. */
export interface StoredRecentAnswer {
  id: string;
  /** ISO time the answer was given. */
  at: string;
  /** The Answer as given; the Teams layer validates it when reading. */
  answer: unknown;
  /** Set once the person said whether it helped. */
  helpful?: boolean;
}

/**
 * The answers Boundary gave in a conversation, kept for a while so that "Was this helpful?" can be stored with the
 * question it was about and a report button on an answer can hand that answer's clause to the form. Only an answer's
 * id travels on its card; what is stored comes from here, looked up with the conversation it was given in, so a card
 * (or a forged invoke) from another conversation finds nothing.
 *
 * They hold what staff typed, so they do not stay: the store deletes an answer older than the days it keeps them.
 * Every method rejects when the database cannot be reached; `save` rejects for an id already saved.
 */
export interface RecentAnswerStore {
  save(conversationId: string, entry: StoredRecentAnswer): Promise<void>;
  find(conversationId: string, id: string): Promise<StoredRecentAnswer | undefined>;
  setHelpful(conversationId: string, id: string, helpful: boolean): Promise<void>;
}

/** Days answers are kept for their buttons unless RECENT_ANSWERS_DAYS says otherwise. */
export const RECENT_ANSWERS_DEFAULT_DAYS = 30;
