import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/open-store.js';
import { memoryLogger } from '../support/bot.js';
import { ManualClock, openTestSchema } from './factories.js';
import { dropTestSchema } from './test-schemas.js';

/**
 * A school's PostgreSQL fails over or restarts: every connection Boundary holds is cut. One that was in use at
 * that moment (a query running, or a transaction between statements) reports the loss on the client itself, and
 * an 'error' nobody listens for is an uncaught exception that would take the whole bot down. Here the server cuts
 * the connection (pg_terminate_backend, as a restart does to each backend) while the store holds it.
 */
const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('PostgreSQL connection lost while in use', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function open(): Promise<{ store: Store; lines: () => Record<string, unknown>[] }> {
    const schema = `boundary_t_${randomBytes(6).toString('hex')}`;
    const { logger, lines } = memoryLogger();
    const store = await openTestSchema(url as string, schema, { dataDir: '', logger, clock: new ManualClock() });
    cleanups.push(async () => {
      await store.close();
      await dropTestSchema(url as string, schema);
    });
    return { store, lines };
  }

  async function terminate(pid: number): Promise<void> {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query('select pg_terminate_backend($1)', [pid]);
    } finally {
      await admin.end();
    }
  }

  /** Uncaught exceptions while `run` runs (vitest would report them too, after the test). */
  async function uncaughtDuring(run: () => Promise<void>): Promise<Error[]> {
    const seen: Error[] = [];
    const listener = (err: Error) => seen.push(err);
    process.on('uncaughtException', listener);
    try {
      await run();
      // The socket's end arrives after the error message: give it time to surface.
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      process.off('uncaughtException', listener);
    }
    return seen;
  }

  it('when the server cuts a connection the store holds between statements, then nothing is thrown uncaught, the loss is logged, and the next query works', async () => {
    const { store, lines } = await open();
    let failedInside: unknown = null;
    const uncaught = await uncaughtDuring(async () => {
      await store.db.connection().execute(async (conn) => {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(conn);
        await terminate(Number(rows[0]?.pid));
        await new Promise((r) => setTimeout(r, 300));
        failedInside = await sql`select 1`.execute(conn).then(
          () => null,
          (err: unknown) => err,
        );
      });
    });
    expect(uncaught).toEqual([]);
    expect(failedInside).toBeInstanceOf(Error);
    expect(lines().some((l) => l.msg === 'postgres connection lost' && l.level === 40)).toBe(true);
    const after = await sql<{ one: number }>`select 1 as one`.execute(store.db);
    expect(after.rows[0]?.one).toBe(1);
  });

  it('when the server cuts a connection in the middle of a transaction, then the transaction fails, nothing is thrown uncaught, and the store carries on', async () => {
    const { store } = await open();
    let outcome: unknown = 'not run';
    const uncaught = await uncaughtDuring(async () => {
      outcome = await store.db
        .transaction()
        .execute(async (trx) => {
          const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
          await terminate(Number(rows[0]?.pid));
          await new Promise((r) => setTimeout(r, 300));
          await sql`select 1`.execute(trx);
        })
        .then(
          () => 'committed',
          (err: unknown) => err,
        );
    });
    expect(uncaught).toEqual([]);
    expect(outcome).toBeInstanceOf(Error);
    expect((await sql<{ one: number }>`select 1 as one`.execute(store.db)).rows[0]?.one).toBe(1);
  });

  it('when every connection of the pool is cut while idle, then the store reconnects by itself', async () => {
    const { store } = await open();
    await Promise.all(Array.from({ length: 4 }, () => sql`select pg_sleep(0.05)`.execute(store.db)));
    const uncaught = await uncaughtDuring(async () => {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid() and query like '%pg_sleep(0.05)%'`,
      );
      await admin.end();
    });
    expect(uncaught).toEqual([]);
    expect((await sql<{ one: number }>`select 1 as one`.execute(store.db)).rows[0]?.one).toBe(1);
  });
});
