/** One "Was this helpful?" answer, with the question and the clauses of the answer it was about. */
export interface FeedbackEntry {
  at: Date;
  userId: string;
  question: string;
  verdict: string;
  clauseIds: string[];
  helpful: boolean;
  comment?: string;
}

/**
 * Was an answer helpful? Kept for the policy owner to review (`boundary feedback`); questions may hold typed text,
 * so never logged, and entries older than the days kept are deleted. Both methods reject when the database cannot
 * be reached.
 */
export interface FeedbackLog {
  add(entry: FeedbackEntry): Promise<void>;
  list(opts?: { since?: Date; limit?: number }): Promise<FeedbackEntry[]>;
}

/** Days feedback is kept unless FEEDBACK_DAYS says otherwise. */
export const FEEDBACK_DEFAULT_DAYS = 365;
