/**
 * submitReport -> committed incident + chronology + audit + outbox row, timed end to end (the moment the
 * reporter could be told "received"). SQLite with synchronous=FULL in a temp dir, and PostgreSQL when
 * DATABASE_URL or TEST_DATABASE_URL is set (a throwaway schema). Prints JSON.
 *   npx tsx bench/report-bench.ts [--n 500]
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { systemClock } from '../src/clock.js';
import { silentLogger } from '../src/log.js';
import { IncidentService } from '../src/reports/incident-service.js';
import { ConfiguredLeadDirectory } from '../src/reports/lead-directory.js';
import { openStore, type Store } from '../src/store/open-store.js';
import { median, percentileOf } from './stats.js';

const nArg = process.argv.indexOf('--n');
const N = nArg > 0 ? Number(process.argv[nArg + 1]) : 500;
const WARMUP = 20;

async function measure(store: Store): Promise<Record<string, number>> {
  const service = new IncidentService({
    incidents: store.incidents,
    audit: store.audit,
    leads: new ConfiguredLeadDirectory([]),
    clock: systemClock,
  });
  const times: number[] = [];
  for (let i = 0; i < N + WARMUP; i++) {
    const t0 = performance.now();
    await service.submitReport(
      {
        category: 'friend_request',
        reporter: { aadObjectId: `aad-${i % 50}`, name: 'Bench Teacher' },
        occurredAt: new Date(),
        summary: 'A pupil sent a friend request',
        pupilName: 'Bench Pupil',
        answers: { platform: 'instagram', accepted: false, notes: 'x'.repeat(400) },
      },
      `bench-${i}`,
    );
    if (i >= WARMUP) times.push(performance.now() - t0);
  }
  const sequential = times;
  // Ten reporters at once, as at the end of a lesson.
  const concurrent: number[] = [];
  await Promise.all(
    Array.from({ length: 10 }, async (_, w) => {
      for (let i = 0; i < N / 10; i++) {
        const t0 = performance.now();
        await service.submitReport(
          {
            category: 'abusive_post',
            reporter: { aadObjectId: `aad-c${w}`, name: 'Bench Teacher' },
            summary: 'A post about a member of staff',
            answers: { platform: 'facebook' },
          },
          null,
        );
        concurrent.push(performance.now() - t0);
      }
    }),
  );
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    n: sequential.length,
    p50_ms: r(median(sequential)),
    p95_ms: r(percentileOf(sequential, 95)),
    max_ms: r(Math.max(...sequential)),
    concurrent10_p50_ms: r(median(concurrent)),
    concurrent10_p95_ms: r(percentileOf(concurrent, 95)),
  };
}

const results: Record<string, unknown> = { benchmark: 'submitReport to committed incident + outbox row' };
const dir = mkdtempSync(join(tmpdir(), 'boundary-bench-'));
try {
  const store = await openStore({ dataDir: dir, logger: silentLogger(), clock: systemClock });
  results.sqlite = { ...(await measure(store)), synchronous: 'FULL', journal: 'WAL', target_p95_ms: 20 };
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const url = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (url) {
  const schema = `boundary_bench_${randomBytes(4).toString('hex')}`;
  const store = await openStore({
    databaseUrl: url,
    pgSchema: schema,
    dataDir: '.',
    logger: silentLogger(),
    clock: systemClock,
  });
  try {
    results.postgres = await measure(store);
  } finally {
    await store.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  }
} else {
  results.postgres = 'skipped: set DATABASE_URL or TEST_DATABASE_URL';
}
console.log(JSON.stringify(results, null, 2));
