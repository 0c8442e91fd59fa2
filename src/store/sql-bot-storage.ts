import { randomUUID } from 'node:crypto';
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
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
 *
 * Given the SQLite connection itself (`sqlite`), turn state is read and written with statements prepared once and
 * run in one go while holding Kysely's connection (so they never land inside another caller's transaction), instead
 * of building each query through Kysely: a question turn reads and writes turn state once each, and the query
 * building was most of what that cost (bench/findings.md, round 4). Same SQL, same contract.
 */
export class SqlBotStorage implements Storage {
  private readonly direct: DirectSqliteState | undefined;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    sqlite?: SqliteDatabase,
  ) {
    this.direct = sqlite ? new DirectSqliteState(sqlite) : undefined;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const direct = this.direct;
    const rows = direct
      ? await this.db.connection().execute(async () => direct.read(keys))
      : await this.db.selectFrom('bot_state').selectAll().where('key', 'in', keys).execute();
    for (const r of rows) items[r.key] = { ...(JSON.parse(r.value) as object), eTag: r.etag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const keys = Object.keys(changes);
    if (keys.length === 0) return;
    const now = this.clock.now().toISOString();
    const direct = this.direct;
    if (direct) {
      const rows = keys.map((key): StateWrite => {
        const { eTag, ...rest } = (changes[key] ?? {}) as Record<string, unknown>;
        return { key, value: JSON.stringify(rest), eTag: unconditional(eTag) ? undefined : String(eTag) };
      });
      await this.db.connection().execute(async () => direct.write(rows, now));
      return;
    }
    const writeAll = async (trx: Transaction<Database>) => {
      for (const key of keys) {
        const item = (changes[key] ?? {}) as Record<string, unknown>;
        const { eTag, ...rest } = item;
        const value = JSON.stringify(rest);
        const etag = randomUUID();
        if (unconditional(eTag)) {
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

/** botbuilder's rule: no eTag, '*' or an empty one writes whatever is stored. */
function unconditional(eTag: unknown): boolean {
  return eTag === undefined || eTag === null || eTag === '*' || eTag === '';
}

interface StateRow {
  key: string;
  value: string;
  etag: string;
}

/** One key to write: its JSON, and the eTag it was read with (none: write whatever is stored). */
interface StateWrite {
  key: string;
  value: string;
  eTag: string | undefined;
}

/**
 * Turn state on the SQLite connection directly: the statements SqlBotStorage would have Kysely build, prepared once.
 * Every method runs synchronously, so the caller holds Kysely's connection around it and nothing interleaves.
 */
class DirectSqliteState {
  private readonly select: Statement<string[], StateRow>[] = [];
  private readonly upsert: Statement;
  private readonly update: Statement;
  private readonly insertNew: Statement;
  private readonly relaxed: RelaxedSqliteSync;
  private readonly writeAll: (rows: readonly StateWrite[], now: string) => void;

  constructor(private readonly sqlite: SqliteDatabase) {
    this.upsert = sqlite.prepare(
      'insert into bot_state (key, value, etag, updated_at) values (?, ?, ?, ?) ' +
        'on conflict (key) do update set value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at',
    );
    this.update = sqlite.prepare('update bot_state set value = ?, etag = ?, updated_at = ? where key = ? and etag = ?');
    this.insertNew = sqlite.prepare(
      'insert into bot_state (key, value, etag, updated_at) values (?, ?, ?, ?) on conflict (key) do nothing',
    );
    this.relaxed = new RelaxedSqliteSync(sqlite);
    this.writeAll = sqlite.transaction((rows, now: string) => {
      for (const { key, value, eTag } of rows) {
        const etag = randomUUID();
        if (eTag === undefined) {
          this.upsert.run(key, value, etag, now);
          continue;
        }
        if (this.update.run(value, etag, now, key, eTag).changes > 0) continue;
        // No match: either someone else wrote since our read (conflict), or the item is new to us.
        if (this.insertNew.run(key, value, etag, now).changes === 0) {
          throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
        }
      }
    });
  }

  read(keys: readonly string[]): StateRow[] {
    let stmt = this.select[keys.length];
    if (!stmt) {
      stmt = this.sqlite.prepare(
        `select key, value, etag from bot_state where key in (${keys.map(() => '?').join(', ')})`,
      );
      // A turn reads two or three keys; keep statements for up to eight, prepare anything longer afresh.
      if (keys.length <= 8) this.select[keys.length] = stmt;
    }
    return stmt.all(...keys);
  }

  /** All rows in one transaction (all or nothing), committed with `synchronous = NORMAL` (see SqlBotStorage). */
  write(rows: readonly StateWrite[], now: string): void {
    this.relaxed.run(() => this.writeAll(rows, now));
  }
}

/**
 * Runs synchronous SQLite work with `synchronous = NORMAL`, restoring the connection's own setting after; the pragma
 * statements are prepared once, each when first needed (SQLite applies a `pragma synchronous = N` when it is prepared
 * as well as when it runs, so preparing them all up front would leave the last one in force).
 */
export class RelaxedSqliteSync {
  private readonly getSync: Statement;
  private readonly setSync = new Map<number, Statement>();

  constructor(private readonly sqlite: SqliteDatabase) {
    this.getSync = sqlite.prepare('pragma synchronous').pluck();
  }

  run<T>(work: () => T): T {
    const restore = Number(this.getSync.get() ?? 2);
    this.synchronous(1); // NORMAL
    try {
      return work();
    } finally {
      this.synchronous(restore);
    }
  }

  private synchronous(level: number): void {
    let stmt = this.setSync.get(level);
    if (!stmt) {
      stmt = this.sqlite.prepare(`pragma synchronous = ${Math.trunc(level)}`);
      this.setSync.set(level, stmt);
    }
    stmt.run();
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
