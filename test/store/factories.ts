import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import type { Clock } from '../../src/clock.js';
import { silentLogger } from '../../src/log.js';
import { openStore, type Store, type StoreOptions } from '../../src/store/open-store.js';
import { dropTestSchema, withSchemaLock } from './test-schemas.js';

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  constructor(private t = new Date('2026-03-02T09:00:00.000Z').getTime()) {}
  now(): Date {
    return new Date(this.t);
  }
  advance(ms: number): void {
    this.t += ms;
  }
  set(d: Date): void {
    this.t = d.getTime();
  }
}

/**
 * Opens fresh, real databases for one test: a SQLite file in a temp directory, or a PostgreSQL schema
 * of its own. reopen() opens the same database again (a restart); cleanup() removes everything.
 */
export interface StoreFactory {
  readonly name: 'sqlite' | 'postgres';
  create(clock: Clock): Promise<TestDatabase>;
}

export interface TestDatabase {
  store: Store;
  reopen(): Promise<Store>;
  cleanup(): Promise<void>;
}

/**
 * A TestDatabase over `open`: the first store opened now, each reopen remembered, and cleanup closing them all
 * (ignoring close failures, the test has its verdict by then) before `afterClose` (removing what is left on disk).
 */
async function trackOpened(
  open: () => Promise<Store>,
  afterClose: () => void | Promise<void> = () => {},
): Promise<TestDatabase> {
  const opened: Store[] = [];
  const reopen = async () => {
    const s = await open();
    opened.push(s);
    return s;
  };
  const store = await reopen();
  return {
    store,
    reopen,
    async cleanup() {
      for (const s of opened) await s.close().catch(() => {});
      await afterClose();
    },
  };
}

export const sqliteFactory: StoreFactory = {
  name: 'sqlite',
  async create(clock) {
    const dir = mkdtempSync(join(tmpdir(), 'boundary-store-'));
    return trackOpened(
      () => openStore({ dataDir: dir, logger: silentLogger(), clock }),
      () => rmSync(dir, { recursive: true, force: true }),
    );
  },
};

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

/** Opens a store on `schema` of the test database (creating and migrating it), in turn with drops (test-schemas.ts). */
export function openTestSchema(url: string, schema: string, opts: Omit<StoreOptions, 'databaseUrl' | 'pgSchema'>) {
  return withSchemaLock(url, 'shared', () => openStore({ ...opts, databaseUrl: url, pgSchema: schema }));
}

export const postgresFactory: StoreFactory = {
  name: 'postgres',
  async create(clock) {
    const url = TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is not set');
    const schema = `boundary_t_${randomBytes(6).toString('hex')}`;
    // Anything a test leaves (an interrupted run) is dropped by test/global-setup.ts before the next run.
    return trackOpened(
      () => openTestSchema(url, schema, { dataDir: '.', logger: silentLogger(), clock }),
      () => dropTestSchema(url, schema),
    );
  },
};

/**
 * Which PostgreSQL halves run: `all` (the default when unset), `store` (only the store suites' own, as the default
 * `npx vitest run` does, so it stays quick), or `only` (every PostgreSQL half and no SQLite one: `npm run test:pg`,
 * which .ci/run also runs). Between the two commands every suite runs on both databases.
 */
const PG_HALVES = process.env.BOUNDARY_TEST_PG ?? 'all';

/** Whether a suite's PostgreSQL half runs in this command; `store` suites keep theirs in the default run. */
export function postgresHalfRuns(level: 'store' | 'service'): boolean {
  return !!TEST_DATABASE_URL && (PG_HALVES !== 'store' || level === 'store');
}

/** Whether a suite's SQLite half runs in this command (not in `npm run test:pg`, which runs only the other). */
export const SQLITE_HALF_RUNS = PG_HALVES !== 'only';

/**
 * Runs `suite` once per database; a half this command leaves to the other is skipped with the reason in its title,
 * and the PostgreSQL run is skipped, with the reason printed, when TEST_DATABASE_URL is unset.
 */
export function forEachDatabase(
  title: string,
  suite: (factory: StoreFactory) => void,
  level: 'store' | 'service' = 'service',
): void {
  if (SQLITE_HALF_RUNS) describe(`${title} (sqlite)`, () => suite(sqliteFactory));
  if (postgresHalfRuns(level)) {
    describe(`${title} (postgres)`, () => suite(postgresFactory));
  } else if (!TEST_DATABASE_URL) {
    console.log(`${title}: PostgreSQL half skipped because TEST_DATABASE_URL is not set`);
    describe.skip(`${title} (postgres): TEST_DATABASE_URL not set`, () => suite(postgresFactory));
  } else {
    describe.skip(`${title} (postgres): runs in npm run test:pg`, () => suite(postgresFactory));
  }
}
