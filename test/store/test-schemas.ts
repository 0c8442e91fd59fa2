import pg from 'pg';

/**
 * Housekeeping for the PostgreSQL test database, where every test creates a schema of its own and drops it.
 *
 * Each schema is some fifteen tables, so a run creates and drops thousands of rows of the system catalogues
 * (pg_attribute, pg_class, …). Where autovacuum is off (as on the shared development machine), the dead rows
 * stay: after a few runs pg_attribute was 26 MB, and Kysely's migrator, which reads every column of every table
 * twice per open, took 0.4 s per read instead of 0.02 s. So the catalogues are vacuumed before and after a run
 * and after every tenth schema a test process drops.
 */
const CHURNED_CATALOGUES = [
  'pg_attribute',
  'pg_attrdef',
  'pg_class',
  'pg_constraint',
  'pg_depend',
  'pg_index',
  'pg_namespace',
  'pg_sequence',
  'pg_trigger',
  'pg_type',
].map((t) => `pg_catalog.${t}`);

/** Vacuums the catalogues test schemas churn (a warning, not an error, for a role that may not). */
export async function vacuumCatalogues(client: pg.Client): Promise<void> {
  await client.query(`vacuum ${CHURNED_CATALOGUES.join(', ')}`);
}

/**
 * Opens and drops of test schemas take turns with an advisory lock on the test database: opens share it, a drop
 * takes it alone. The migrator's read of every schema's columns failed ("schema … does not exist") when a schema
 * was dropped under it.
 */
const SCHEMA_LOCK_KEY = 0x626f756e; // "boun"

export async function withSchemaLock<T>(
  url: string,
  mode: 'shared' | 'alone',
  run: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const lock = mode === 'shared' ? 'pg_advisory_lock_shared' : 'pg_advisory_lock';
    await client.query(`select ${lock}($1)`, [SCHEMA_LOCK_KEY]);
    return await run(client);
  } finally {
    // Ending the session releases the lock.
    await client.end().catch(() => undefined);
  }
}

let dropped = 0;

/** Drops a test schema whose stores are closed, in turn with opens; every tenth drop vacuums the catalogues. */
export async function dropTestSchema(url: string, schema: string): Promise<void> {
  await withSchemaLock(url, 'alone', async (client) => {
    await client.query(`drop schema if exists "${schema}" cascade`);
    if (++dropped % 10 === 0) await vacuumCatalogues(client);
  });
}
