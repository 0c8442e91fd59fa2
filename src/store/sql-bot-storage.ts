import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { type Kysely, SqliteAdapter, sql, type Transaction } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database, Db } from './database.js';

/**
 * botbuilder Storage on the Boundary database, so turn state (a half-filled report) survives a restart.
 * Same contract as botbuilder's MemoryStorage: read returns only keys that exist, each with its eTag;
 * write with eTag '*' or no eTag (or to a key not stored yet) saves unconditionally, otherwise only if the
 * eTag matches the stored one, else rejects with an eTag-conflict Error. A write of several keys is one
 * transaction: all or nothing. delete of a missing key is not an error.
 *
 * On SQLite, turn state is committed with `synchronous = NORMAL` (the store's connection is FULL otherwise):
 * in WAL mode that is still atomic and survives the process crashing or being killed, and only an OS crash or
 * power cut can lose the last turns' state (the recent answers, a form's latest step), which the person would
 * see as having to answer once more. It saves a disk flush on every turn, which was the largest cost of a
 * question turn under load (bench/results.md). Reports are not turn state: they commit through IncidentStore
 * with FULL, and that commit flushes everything written before it.
 */
export class SqlBotStorage implements Storage {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const rows = await this.db.selectFrom('bot_state').selectAll().where('key', 'in', keys).execute();
    for (const r of rows) items[r.key] = { ...(JSON.parse(r.value) as object), eTag: r.etag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const keys = Object.keys(changes);
    if (keys.length === 0) return;
    const now = this.clock.now().toISOString();
    const writeAll = async (trx: Transaction<Database>) => {
      for (const key of keys) {
        const item = (changes[key] ?? {}) as Record<string, unknown>;
        const { eTag, ...rest } = item;
        const value = JSON.stringify(rest);
        const etag = randomUUID();
        if (eTag === undefined || eTag === null || eTag === '*' || eTag === '') {
          await trx
            .insertInto('bot_state')
            .values({ key, value, etag, updated_at: now })
            .onConflict((oc) => oc.column('key').doUpdateSet({ value, etag, updated_at: now }))
            .execute();
          continue;
        }
        const updated = await trx
          .updateTable('bot_state')
          .set({ value, etag, updated_at: now })
          .where('key', '=', key)
          .where('etag', '=', String(eTag))
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) > 0) continue;
        // No match: either someone else wrote since our read (conflict), or the item is new to us.
        const inserted = await trx
          .insertInto('bot_state')
          .values({ key, value, etag, updated_at: now })
          .onConflict((oc) => oc.column('key').doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
          throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
        }
      }
    };
    await withRelaxedSync(this.db, (conn) => conn.transaction().execute(writeAll));
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    if (keys.length === 0) return;
    await this.db.deleteFrom('bot_state').where('key', 'in', keys).execute();
  }
}

/**
 * Runs `work` on one connection with `synchronous = NORMAL` on SQLite, restoring the connection's setting after
 * (on PostgreSQL it just runs). For writes that the next turn would redo anyway (turn state, a person's
 * conversation reference): in WAL mode the commit is still atomic and survives the process dying; only an OS crash
 * or power cut can lose it, and any later FULL commit (a report) flushes it too. Saves a disk flush, which blocks
 * the event loop for the whole turn, per write. One connection for the pragma, the work and the restore, so no
 * other statement runs in between.
 */
export async function withRelaxedSync<T>(db: Db, work: (conn: Kysely<Database>) => Promise<T>): Promise<T> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return work(db);
  return db.connection().execute(async (conn) => {
    const previous = await sql<{ synchronous: number }>`pragma synchronous`.execute(conn);
    const restore = previous.rows[0]?.synchronous ?? 2;
    await sql`pragma synchronous = NORMAL`.execute(conn);
    try {
      return await work(conn);
    } finally {
      await sql.raw(`pragma synchronous = ${Number(restore)}`).execute(conn);
    }
  });
}
