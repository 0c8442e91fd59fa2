import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../../src/store/statement-cache.js';

describe('SQLite statement cache', () => {
  let database: SQLite.Database;
  beforeEach(() => {
    database = new SQLite(':memory:');
    database.exec('create table t (k text primary key, v integer)');
  });
  afterEach(() => {
    if (database.open) database.close();
  });

  it('when the same SQL is prepared twice, then the one statement is reused with the new parameters', () => {
    const cached = withStatementCache(database);
    const insert = cached.prepare('insert into t (k, v) values (?, ?)');
    insert.run('a', 1);
    const again = cached.prepare('insert into t (k, v) values (?, ?)');
    expect(again).toBe(insert);
    again.run('b', 2);
    expect(cached.prepare('select v from t order by k').all()).toEqual([{ v: 1 }, { v: 2 }]);
  });

  it('when more distinct statements than the bound are prepared, then the least recently used is dropped and still works when asked again', () => {
    const cached = withStatementCache(database, 2);
    const first = cached.prepare('select 1 as n');
    cached.prepare('select 2 as n');
    cached.prepare('select 1 as n'); // used again: now the most recent
    cached.prepare('select 3 as n'); // drops 'select 2'
    expect(cached.prepare('select 1 as n')).toBe(first);
    const second = cached.prepare('select 2 as n');
    expect(second.get()).toEqual({ n: 2 });
  });

  it('when Kysely runs queries through it, then results and errors are as without the cache and close closes the database', async () => {
    const db = new Kysely<{ t: { k: string; v: number } }>({
      dialect: new SqliteDialect({ database: withStatementCache(database) }),
    });
    for (let i = 0; i < 3; i++)
      await db
        .insertInto('t')
        .values({ k: `k${i}`, v: i })
        .execute();
    const rows = await db.selectFrom('t').select(['k', 'v']).where('v', '>=', 1).orderBy('k').execute();
    expect(rows).toEqual([
      { k: 'k1', v: 1 },
      { k: 'k2', v: 2 },
    ]);
    await expect(db.insertInto('t').values({ k: 'k1', v: 9 }).execute()).rejects.toThrow(/UNIQUE/);
    const { rows: sync } = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
    expect(sync).toHaveLength(1);
    await db.destroy();
    expect(database.open).toBe(false);
  });
});
