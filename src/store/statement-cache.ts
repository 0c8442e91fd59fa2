import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';

/**
 * The SQLite database as Kysely's SqliteDialect sees it, with each statement prepared once and reused.
 *
 * Kysely prepares every query afresh; on a question turn that was about a dozen `prepare` calls (read turn state,
 * the pragmas around the relaxed commit, the upsert), and compiling SQL is most of what a small query costs
 * (bench/results.md). Queries are built from a handful of shapes, so their SQL texts repeat exactly; parameters are
 * bound per call, so reuse is safe. Bounded in case some query's text ever varies with its input (an `in (...)`
 * list of varying length does): the oldest statement is dropped first.
 *
 * Kysely runs one query at a time on the connection (SqliteDriver's mutex), so a cached statement is never in use
 * twice at once.
 */
export function withStatementCache(
  database: SqliteDatabase,
  max = 256,
): { prepare(sql: string): Statement; close(): void } {
  const cache = new Map<string, Statement>();
  return {
    prepare(sql: string): Statement {
      let stmt = cache.get(sql);
      if (stmt) {
        // Most recently used last, so the first key is the one to drop.
        cache.delete(sql);
        cache.set(sql, stmt);
        return stmt;
      }
      stmt = database.prepare(sql);
      cache.set(sql, stmt);
      if (cache.size > max) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      return stmt;
    },
    close(): void {
      cache.clear();
      database.close();
    },
  };
}
