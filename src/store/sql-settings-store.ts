import type { StoredConversationReference } from '../alerts/notifier.js';
import type { AlertChannelSettings, ConversationDirectory } from '../alerts/settings.js';
import type { Clock } from '../clock.js';
import { AgeOut } from './age-out.js';
import type { Db } from './database.js';
import { withRelaxedSync } from './sql-bot-storage.js';

const ALERT_CHANNEL = 'alert_channel';

/** Small JSON settings (alert channel, setup state) in one key/value table. */
export class SqlSettingsStore implements AlertChannelSettings {
  constructor(private readonly db: Db) {}

  async get<T>(key: string): Promise<T | null> {
    const r = await this.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    return r ? (JSON.parse(r.value) as T) : null;
  }

  async set(key: string, value: unknown, at: Date): Promise<void> {
    const v = JSON.stringify(value);
    await this.db
      .insertInto('settings')
      .values({ key, value: v, updated_at: at.toISOString() })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: v, updated_at: at.toISOString() }))
      .execute();
  }

  async getAlertChannel(): Promise<{ reference: StoredConversationReference; setBy: string; setAt: Date } | null> {
    const v = await this.get<{ reference: StoredConversationReference; setBy: string; setAt: string }>(ALERT_CHANNEL);
    return v ? { reference: v.reference, setBy: v.setBy, setAt: new Date(v.setAt) } : null;
  }

  async setAlertChannel(reference: StoredConversationReference, setBy: string, at: Date): Promise<void> {
    await this.set(ALERT_CHANNEL, { reference, setBy, setAt: at.toISOString() }, at);
  }
}

/** How long a reference this process saved is trusted as what the database holds (another instance may write too). */
const REMEMBERED_REF_TTL_MS = 60 * 60 * 1000;
/** People whose last saved reference is kept in memory; the oldest are forgotten first. */
const REMEMBERED_REF_MAX = 10_000;

export class SqlConversationDirectory implements ConversationDirectory {
  /** userId -> the reference (without its activity id) this process last saved, and when. */
  private readonly lastSaved = new Map<string, { json: string; at: number }>();

  constructor(private readonly db: Db) {}

  /**
   * Saves the reference unless this process saved the same one (ignoring the activity id, which changes every turn
   * and is not needed to reach the person) within the last hour. Called on every personal-chat turn, where the
   * reference almost never changes, so most turns write nothing. Rejects like save() when the write fails, and
   * then remembers nothing, so the next turn tries again.
   */
  async saveIfChanged(userId: string, reference: StoredConversationReference, at: Date): Promise<void> {
    const { activityId: _ignored, ...stable } = reference as StoredConversationReference & { activityId?: unknown };
    const json = JSON.stringify(stable);
    const seen = this.lastSaved.get(userId);
    const now = at.getTime();
    if (seen && seen.json === json && now - seen.at >= 0 && now - seen.at < REMEMBERED_REF_TTL_MS) return;
    // The next turn from this person would write it again, so it need not wait for a disk flush (see withRelaxedSync).
    await withRelaxedSync(this.db, (conn) => upsertReference(conn, userId, reference, at));
    this.lastSaved.delete(userId);
    this.lastSaved.set(userId, { json, at: now });
    if (this.lastSaved.size > REMEMBERED_REF_MAX) {
      const oldest = this.lastSaved.keys().next().value;
      if (oldest !== undefined) this.lastSaved.delete(oldest);
    }
  }

  async get(userId: string): Promise<StoredConversationReference | null> {
    const r = await this.db
      .selectFrom('conversation_refs')
      .select('reference')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return r ? (JSON.parse(r.reference) as StoredConversationReference) : null;
  }

  async save(userId: string, reference: StoredConversationReference, at: Date): Promise<void> {
    await upsertReference(this.db, userId, reference, at);
  }
}

async function upsertReference(db: Db, userId: string, reference: StoredConversationReference, at: Date) {
  const v = JSON.stringify(reference);
  await db
    .insertInto('conversation_refs')
    .values({ user_id: userId, reference: v, updated_at: at.toISOString() })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ reference: v, updated_at: at.toISOString() }))
    .execute();
}

export interface FeedbackEntry {
  at: Date;
  userId: string;
  question: string;
  verdict: string;
  clauseIds: string[];
  helpful: boolean;
  comment?: string;
}

/** Was an answer helpful? Kept for the policy owner to review; questions may hold typed text, so never logged. */
export interface FeedbackLog {
  add(entry: FeedbackEntry): Promise<void>;
  list(opts?: { since?: Date; limit?: number }): Promise<FeedbackEntry[]>;
}

export const FEEDBACK_DEFAULT_DAYS = 365;

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
