import type { StoredConversationReference } from '../alerts/notifier.js';
import type { ConversationDirectory } from '../alerts/settings.js';
import type { Db } from './database.js';
import { withRelaxedSync } from './sql-bot-storage.js';

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
