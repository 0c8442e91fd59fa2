import { FEEDBACK_DEFAULT_DAYS, type FeedbackEntry, type FeedbackLog } from '../answers/feedback-log.js';
import type { Clock } from '../clock.js';
import { AgeOut } from './age-out.js';
import type { Db } from './database.js';

/**
 * Feedback is kept for the policy owner's review (`boundary feedback`), with the question as typed, so it does not
 * stay: an entry older than `keepDays` is deleted (at most once an hour, on the next one added).
 */
export class SqlFeedbackLog implements FeedbackLog {
  private readonly ageOut: AgeOut;

  constructor(
    private readonly db: Db,
    clock: Clock,
    keepDays = FEEDBACK_DEFAULT_DAYS,
  ) {
    this.ageOut = new AgeOut(clock, keepDays);
  }

  async add(e: FeedbackEntry): Promise<void> {
    const cutoff = this.ageOut.cutoffDue();
    if (cutoff) await this.db.deleteFrom('feedback').where('at', '<', cutoff).execute();
    await this.db
      .insertInto('feedback')
      .values({
        at: e.at.toISOString(),
        user_id: e.userId,
        question: e.question,
        verdict: e.verdict,
        clause_ids: JSON.stringify(e.clauseIds),
        helpful: e.helpful ? 1 : 0,
        comment: e.comment ?? null,
      })
      .execute();
  }

  async list(opts: { since?: Date; limit?: number } = {}): Promise<FeedbackEntry[]> {
    let q = this.db.selectFrom('feedback').selectAll().orderBy('id');
    if (opts.since) q = q.where('at', '>=', opts.since.toISOString());
    if (opts.limit) q = q.limit(opts.limit);
    const rows = await q.execute();
    return rows.map((r) => ({
      at: new Date(r.at),
      userId: r.user_id,
      question: r.question,
      verdict: r.verdict,
      clauseIds: JSON.parse(r.clause_ids) as string[],
      helpful: Number(r.helpful) === 1,
      ...(r.comment !== null ? { comment: r.comment } : {}),
    }));
  }
}
