import type { Database as SqliteDatabase } from 'better-sqlite3';
import {
  RECENT_ANSWERS_DEFAULT_DAYS,
  type RecentAnswerStore,
  type StoredRecentAnswer,
} from '../answers/recent-answer-store.js';
import type { Clock } from '../clock.js';
import { AgeOut } from './age-out.js';
import type { Db, RecentAnswersTable } from './database.js';
import { RelaxedSqliteSync, withRelaxedSync } from './sql-bot-storage.js';

/**
 * RecentAnswerStore on the database. Answers used to live in teams-ai's conversation state, ten at a time, which
 * every question turn read, hashed and wrote back whole (bench/findings.md); one row per answer costs one insert.
 * An answer older than `keepDays` is deleted at most once an hour, on the next save.
 */
export class SqlRecentAnswers implements RecentAnswerStore {
  private readonly ageOut: AgeOut;
  private readonly direct: DirectSqliteAnswers | undefined;

  /**
   * Given the SQLite connection itself (`sqlite`), an answer is saved with statements prepared once, run while
   * holding Kysely's connection, as turn state is (SqlBotStorage): a question turn saves one, and building the
   * insert and the three `pragma synchronous` statements through Kysely cost more than the insert.
   */
  constructor(
    private readonly db: Db,
    clock: Clock,
    keepDays = RECENT_ANSWERS_DEFAULT_DAYS,
    sqlite?: SqliteDatabase,
  ) {
    this.ageOut = new AgeOut(clock, keepDays);
    this.direct = sqlite ? new DirectSqliteAnswers(sqlite) : undefined;
  }

  /**
   * One insert, committed like turn state (`synchronous = NORMAL` on SQLite: survives the process dying; an OS crash
   * can lose the last answers, which then say "too old" to a feedback button).
   */
  async save(conversationId: string, entry: StoredRecentAnswer): Promise<void> {
    const cutoff = this.ageOut.cutoffDue();
    const direct = this.direct;
    if (direct) {
      await this.db.connection().execute(async () => direct.save(conversationId, entry, cutoff));
      return;
    }
    await withRelaxedSync(this.db, async (conn) => {
      await conn.insertInto('recent_answers').values(rowOf(conversationId, entry)).execute();
      if (cutoff) await conn.deleteFrom('recent_answers').where('at', '<', cutoff).execute();
    });
  }

  async find(conversationId: string, id: string): Promise<StoredRecentAnswer | undefined> {
    const row = await this.db
      .selectFrom('recent_answers')
      .selectAll()
      .where('id', '=', id)
      .where('conversation_id', '=', conversationId)
      .executeTakeFirst();
    if (!row) return undefined;
    let answer: unknown;
    try {
      answer = JSON.parse(row.answer);
    } catch {
      return undefined;
    }
    return { id: row.id, at: row.at, answer, ...(row.helpful === null ? {} : { helpful: Number(row.helpful) === 1 }) };
  }

  async setHelpful(conversationId: string, id: string, helpful: boolean): Promise<void> {
    await this.db
      .updateTable('recent_answers')
      .set({ helpful: helpful ? 1 : 0 })
      .where('id', '=', id)
      .where('conversation_id', '=', conversationId)
      .execute();
  }
}

/** An answer as its table row: the answer as JSON, whether it helped as 1, 0 or null (not said). */
function rowOf(conversationId: string, entry: StoredRecentAnswer): RecentAnswersTable {
  return {
    id: entry.id,
    conversation_id: conversationId,
    at: entry.at,
    answer: JSON.stringify(entry.answer),
    helpful: entry.helpful === undefined ? null : entry.helpful ? 1 : 0,
  };
}

/** The insert (and, now and then, the prune) on SQLite directly, committed with `synchronous = NORMAL`. */
class DirectSqliteAnswers {
  private readonly relaxed: RelaxedSqliteSync;
  private readonly saveAll: (row: unknown[], cutoff: string | undefined) => void;

  constructor(sqlite: SqliteDatabase) {
    this.relaxed = new RelaxedSqliteSync(sqlite);
    const insert = sqlite.prepare(
      'insert into recent_answers (id, conversation_id, at, answer, helpful) values (?, ?, ?, ?, ?)',
    );
    const prune = sqlite.prepare('delete from recent_answers where at < ?');
    this.saveAll = sqlite.transaction((row: unknown[], cutoff: string | undefined) => {
      insert.run(...row);
      if (cutoff) prune.run(cutoff);
    });
  }

  save(conversationId: string, entry: StoredRecentAnswer, cutoff: string | undefined): void {
    const r = rowOf(conversationId, entry);
    this.relaxed.run(() => this.saveAll([r.id, r.conversation_id, r.at, r.answer, r.helpful], cutoff));
  }
}
