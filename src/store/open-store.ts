import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { AlertChannelSettings } from '../alerts/settings.js';
import type { FeedbackLog } from '../answers/feedback-log.js';
import type { RecentAnswerStore } from '../answers/recent-answer-store.js';
import type { Clock } from '../clock.js';
import { BoundaryError } from '../errors.js';
import type { Logger } from '../log.js';
import type { OutboxStore } from '../outbox/outbox-store.js';
import type { IncidentQueries } from '../reports/incident-query.js';
import type { AuditLog, IncidentStore } from '../reports/incident-store.js';
import type { Database, Db, Dialect } from './database.js';
import { InCodeMigrationProvider, knownMigrationNames } from './migrations.js';
import { SqlAlertChannelSettings } from './sql-alert-channel-settings.js';
import { SqlAuditLog } from './sql-audit-log.js';
import { SqlBotStorage } from './sql-bot-storage.js';
import { SqlConversationDirectory } from './sql-conversation-directory.js';
import { SqlFeedbackLog } from './sql-feedback-log.js';
import { SqlIncidentQueries } from './sql-incident-queries.js';
import { SqlIncidentStore } from './sql-incident-store.js';
import { SqlOutboxStore } from './sql-outbox-store.js';
import { SqlRecentAnswers } from './sql-recent-answers.js';
import { withStatementCache } from './statement-cache.js';

export interface StoreOptions {
  /** postgres://… selects PostgreSQL; otherwise SQLite under dataDir. */
  databaseUrl?: string | undefined;
  /** Directory for the SQLite file (default file name boundary.sqlite). */
  dataDir: string;
  sqliteFile?: string;
  /** PostgreSQL schema to use (created if missing); tests use one per run. Default: the server's search_path. */
  pgSchema?: string;
  logger: Logger;
  clock: Clock;
  /** Days answers are kept for their buttons (RECENT_ANSWERS_DAYS); default 30. */
  recentAnswersDays?: number;
  /** Days "Was this helpful?" feedback is kept for the policy owner (FEEDBACK_DAYS); default 365. */
  feedbackDays?: number;
}

/** The database with one repository per role. close() releases the file or the pool. */
export interface Store {
  readonly dialect: Dialect;
  /** Where the data is, without credentials, for logs and `boundary status`. */
  readonly location: string;
  readonly incidents: IncidentStore;
  /** Many concerns at once, for the safeguarding desk. */
  readonly queries: IncidentQueries;
  readonly audit: AuditLog;
  readonly outbox: OutboxStore;
  readonly settings: AlertChannelSettings;
  readonly conversations: SqlConversationDirectory;
  readonly feedback: FeedbackLog;
  readonly recentAnswers: RecentAnswerStore;
  readonly botStorage: SqlBotStorage;
  /** The Kysely handle, for the store's own tests and benchmarks only. */
  readonly db: Db;
  close(): Promise<void>;
}

const MIGRATION_TABLE = 'kysely_migration';

/**
 * Opens the database, refuses one written by newer code (store_too_new), applies pending migrations and
 * returns the repositories. Throws BoundaryError('store_unavailable') if the database cannot be opened.
 */
export async function openStore(opts: StoreOptions): Promise<Store> {
  const { db, dialect, location, sqlite } = await connect(opts);
  try {
    await refuseNewer(db, dialect, opts.pgSchema);
    const migrator = new Migrator({
      db,
      provider: new InCodeMigrationProvider(dialect),
      migrationTableName: MIGRATION_TABLE,
      ...(opts.pgSchema ? { migrationTableSchema: opts.pgSchema } : {}),
    });
    const { error, results } = await migrator.migrateToLatest();
    for (const r of results ?? []) {
      if (r.status === 'Success') opts.logger.info({ migration: r.migrationName }, 'store migration applied');
    }
    if (error) throw new BoundaryError('store_unavailable', 'Could not apply database migrations', { cause: error });
  } catch (err) {
    await db.destroy();
    if (err instanceof BoundaryError) throw err;
    throw new BoundaryError('store_unavailable', `Could not open the database at ${location}`, { cause: err });
  }
  opts.logger.info({ dialect, location }, 'store open');
  return {
    dialect,
    location,
    db,
    incidents: new SqlIncidentStore(db, dialect),
    queries: new SqlIncidentQueries(db),
    audit: new SqlAuditLog(db, dialect),
    outbox: new SqlOutboxStore(db, dialect),
    settings: new SqlAlertChannelSettings(db),
    conversations: new SqlConversationDirectory(db),
    feedback: new SqlFeedbackLog(db, opts.clock, opts.feedbackDays),
    recentAnswers: new SqlRecentAnswers(db, opts.clock, opts.recentAnswersDays, sqlite),
    botStorage: new SqlBotStorage(db, opts.clock, sqlite),
    close: () => db.destroy(),
  };
}

async function connect(
  opts: StoreOptions,
): Promise<{ db: Db; dialect: Dialect; location: string; sqlite?: SQLite.Database }> {
  if (opts.databaseUrl && /^postgres(ql)?:\/\//.test(opts.databaseUrl)) {
    const url = new URL(opts.databaseUrl);
    const location = `postgres://${url.hostname}:${url.port || 5432}${url.pathname}${opts.pgSchema ? `#${opts.pgSchema}` : ''}`;
    const schema = opts.pgSchema;
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new BoundaryError('config_invalid', 'Invalid schema name');
    try {
      // Loaded only for PostgreSQL: a school on the embedded SQLite default never pays its memory.
      const { default: pg } = await import('pg');
      if (schema) {
        const client = new pg.Client({ connectionString: opts.databaseUrl });
        await client.connect();
        try {
          await client.query(`create schema if not exists ${schema}`);
        } finally {
          await client.end();
        }
      }
      const pool = new pg.Pool({
        connectionString: opts.databaseUrl,
        max: 10,
        // A server that does not answer (mid-failover, a dropped route) fails the turn with a message, not a hang.
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
        ...(schema ? { options: `-c search_path=${schema}` } : {}),
      });
      // The pool listens for errors on idle connections only. One in use (a query or a transaction under way)
      // that loses its server (a restart, a failover, a reset) emits 'error' on the client itself, and with no
      // listener that is an uncaught exception: the bot would crash. The query in flight is rejected anyway, and
      // the pool drops the broken client when it is released, so logging is all there is left to do.
      pool.on('connect', (client) => {
        client.on('error', (err) => opts.logger.warn({ err: err.message }, 'postgres connection lost'));
      });
      pool.on('error', (err) => opts.logger.warn({ err: err.message }, 'postgres idle connection lost'));
      const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
      await sql`select 1`.execute(db);
      return { db, dialect: 'postgres', location };
    } catch (err) {
      if (err instanceof BoundaryError) throw err;
      throw new BoundaryError('store_unavailable', `Could not connect to ${location}`, { cause: err });
    }
  }
  if (opts.databaseUrl) throw new BoundaryError('config_invalid', 'DATABASE_URL must start with postgres://');
  const file = join(opts.dataDir, opts.sqliteFile ?? 'boundary.sqlite');
  try {
    mkdirSync(opts.dataDir, { recursive: true });
    const database = new SQLite(file);
    database.pragma('journal_mode = WAL');
    // FULL: a commit is on disk before we tell a reporter their report was received.
    database.pragma('synchronous = FULL');
    database.pragma('busy_timeout = 5000');
    database.pragma('foreign_keys = ON');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
    return { db, dialect: 'sqlite', location: `sqlite:${file}`, sqlite: database };
  } catch (err) {
    throw new BoundaryError('store_unavailable', `Could not open the SQLite file ${file}`, { cause: err });
  }
}

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Checks the database can be reached, without opening the store or applying anything: a start that is refused
 * for other reasons can still say whether DATABASE_URL (or DATA_DIR) is wrong. Rejects as openStore would.
 */
export async function probeStore(opts: { databaseUrl?: string | undefined; dataDir: string }): Promise<void> {
  if (opts.databaseUrl) {
    const url = new URL(opts.databaseUrl);
    const location = `postgres://${url.hostname}:${url.port || 5432}${url.pathname}`;
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: opts.databaseUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
    } catch (err) {
      throw new BoundaryError('store_unavailable', `Could not connect to ${location}`, { cause: err });
    } finally {
      await client.end().catch(() => undefined);
    }
    return;
  }
  try {
    mkdirSync(opts.dataDir, { recursive: true });
    accessSync(opts.dataDir, constants.W_OK);
  } catch (err) {
    throw new BoundaryError('store_unavailable', `Cannot write to the data folder ${opts.dataDir}`, { cause: err });
  }
}

async function refuseNewer(db: Db, dialect: Dialect, schema: string | undefined): Promise<void> {
  // Only this store's own schema is looked at: introspecting every table of a shared server is slow and races
  // with other schemas being dropped.
  const found =
    dialect === 'postgres'
      ? await sql<{ n: number }>`select count(*)::int as n from information_schema.tables
          where table_name = ${MIGRATION_TABLE} and table_schema = ${schema ?? sql`current_schema()`}`.execute(db)
      : await sql<{ n: number }>`select count(*) as n from sqlite_master
          where type = 'table' and name = ${MIGRATION_TABLE}`.execute(db);
  if (Number(found.rows[0]?.n ?? 0) === 0) return;
  const applied = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(db);
  const known = new Set(knownMigrationNames(dialect));
  const unknown = applied.rows.map((r) => r.name).filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new BoundaryError(
      'store_too_new',
      `The database has migrations this version of Boundary does not know (${unknown.join(', ')}); upgrade Boundary instead of running an older version against it.`,
    );
  }
}
