import pg from 'pg';
import { errorMessage } from '../src/errors.js';
import { vacuumCatalogues } from './store/test-schemas.js';

/**
 * Each PostgreSQL test opens a schema of its own (test/store/factories.ts) and drops it when it is done. What an
 * interrupted run left behind is dropped here, before any test file starts and after all have finished, and the
 * system catalogues are vacuumed (test/store/test-schemas.ts says why).
 */
async function dropTestSchemas(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ nspname: string }>(
      "select nspname from pg_namespace where nspname like 'boundary\\_t\\_%'",
    );
    for (const { nspname } of rows) await client.query(`drop schema if exists "${nspname}" cascade`);
    await vacuumCatalogues(client);
  } catch (err) {
    console.warn(`test schemas not dropped: ${errorMessage(err)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function setup(): Promise<void> {
  await dropTestSchemas();
}

export async function teardown(): Promise<void> {
  await dropTestSchemas();
}
