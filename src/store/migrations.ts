import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';
import type { Dialect } from './database.js';

/**
 * Every schema change, in order, in code (no files to lose in a deploy). Names sort in order and are
 * never renamed or removed once released: a database that has applied a name this list does not know
 * was written by newer code, and openStore refuses it (store_too_new) rather than guess.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current table types
type AnyDb = Kysely<any>;

function migrations(dialect: Dialect): Record<string, Migration> {
  const autoId = dialect === 'postgres' ? 'serial' : 'integer';
  return {
    '0001_initial': {
      async up(db: AnyDb) {
        await db.schema
          .createTable('incidents')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('ref', 'text', (c) => c.notNull().unique())
          .addColumn('category', 'text', (c) => c.notNull())
          .addColumn('severity', 'text', (c) => c.notNull())
          .addColumn('reporter_id', 'text', (c) => c.notNull())
          .addColumn('reporter_name', 'text', (c) => c.notNull())
          .addColumn('reporter_upn', 'text')
          .addColumn('occurred_at', 'text')
          .addColumn('reported_at', 'text', (c) => c.notNull())
          .addColumn('summary', 'text', (c) => c.notNull())
          .addColumn('pupil_name', 'text')
          .addColumn('answers', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('assigned_to_id', 'text')
          .addColumn('assigned_to_name', 'text')
          .addColumn('alert_activity_id', 'text')
          .addColumn('alert_conversation_id', 'text')
          .addColumn('outcome', 'text')
          .addColumn('closed_at', 'text')
          .addColumn('event_seq', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('incidents_reporter').on('incidents').columns(['reporter_id']).execute();
        await db.schema.createIndex('incidents_status').on('incidents').columns(['status']).execute();

        await db.schema
          .createTable('incident_events')
          .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
          .addColumn('seq', 'integer', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('actor_id', 'text', (c) => c.notNull())
          .addColumn('actor_name', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('incident_events_pk', ['incident_id', 'seq'])
          .execute();

        await db.schema
          .createTable('audit_log')
          .addColumn('seq', 'integer', (c) => c.primaryKey())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('actor_id', 'text', (c) => c.notNull())
          .addColumn('actor_name', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('incident_id', 'text')
          .addColumn('detail', 'text', (c) => c.notNull())
          .addColumn('prev_hash', 'text', (c) => c.notNull())
          .addColumn('hash', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('audit_log_incident').on('audit_log').columns(['incident_id']).execute();
        await db.schema
          .createTable('audit_head')
          .addColumn('id', 'integer', (c) => c.primaryKey())
          .addColumn('seq', 'integer', (c) => c.notNull())
          .addColumn('hash', 'text', (c) => c.notNull())
          .execute();
        await db
          .insertInto('audit_head')
          .values({ id: 1, seq: 0, hash: '0'.repeat(64) })
          .execute();

        await db.schema
          .createTable('outbox')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('incident_id', 'text')
          .addColumn('conversation_key', 'text', (c) => c.notNull())
          .addColumn('payload', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('due_at', 'text', (c) => c.notNull())
          .addColumn('claimed_by', 'text')
          .addColumn('claimed_until', 'text')
          .addColumn('last_error', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('delivered_at', 'text')
          .addColumn('result', 'text')
          .execute();
        await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'due_at']).execute();

        await db.schema
          .createTable('idempotency_keys')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('incident_id', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('settings')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('conversation_refs')
          .addColumn('user_id', 'text', (c) => c.primaryKey())
          .addColumn('reference', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('bot_state')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('etag', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('feedback')
          .addColumn('id', autoId, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('question', 'text', (c) => c.notNull())
          .addColumn('verdict', 'text', (c) => c.notNull())
          .addColumn('clause_ids', 'text', (c) => c.notNull())
          .addColumn('helpful', 'integer', (c) => c.notNull())
          .addColumn('comment', 'text')
          .execute();

        await db.schema
          .createTable('reference_counters')
          .addColumn('year', 'integer', (c) => c.primaryKey())
          .addColumn('last', 'integer', (c) => c.notNull())
          .execute();
      },
      async down(db: AnyDb) {
        for (const t of [
          'reference_counters',
          'feedback',
          'bot_state',
          'conversation_refs',
          'settings',
          'idempotency_keys',
          'outbox',
          'audit_head',
          'audit_log',
          'incident_events',
          'incidents',
        ]) {
          await db.schema.dropTable(t).ifExists().execute();
        }
        await sql`select 1`.execute(db);
      },
    },
    // The last answers of each conversation moved out of teams-ai's conversation state: each is written once, not
    // rewritten (with the nine before it) on every turn, and they can age out (RECENT_ANSWERS_DAYS).
    '0002_recent_answers': {
      async up(db: AnyDb) {
        await db.schema
          .createTable('recent_answers')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('conversation_id', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('answer', 'text', (c) => c.notNull())
          .addColumn('helpful', 'integer')
          .execute();
        await db.schema.createIndex('recent_answers_at').on('recent_answers').column('at').execute();
      },
      async down(db: AnyDb) {
        await db.schema.dropTable('recent_answers').ifExists().execute();
      },
    },
    // The forms ask a date, which was stored as that day's midnight UTC and shown as "00:00". Every report so far came
    // from a form, so a midnight-UTC occurred_at is a calendar day: keep it as one ("YYYY-MM-DD").
    '0003_occurred_on_dates': {
      async up(db: AnyDb) {
        const rows = await db
          .selectFrom('incidents')
          .select(['id', 'occurred_at'])
          .where('occurred_at', 'like', '%T00:00:00.000Z')
          .execute();
        for (const r of rows as { id: string; occurred_at: string }[]) {
          await db
            .updateTable('incidents')
            .set({ occurred_at: r.occurred_at.slice(0, 10) })
            .where('id', '=', r.id)
            .execute();
        }
      },
      async down(db: AnyDb) {
        await sql`update incidents set occurred_at = occurred_at || 'T00:00:00.000Z' where length(occurred_at) = 10`.execute(
          db,
        );
      },
    },
  };
}

export class InCodeMigrationProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations(this.dialect);
  }
}

export function knownMigrationNames(dialect: Dialect): string[] {
  return Object.keys(migrations(dialect)).sort();
}
