/**
 * Report submission: card submit to committed incident + outbox row (the store helper's
 * bench/report-bench.ts, run as its own process since it measures when imported and prints JSON), and submit
 * through the real endpoint to the alert posted on the fake connector (bench/report-e2e.ts). Each half says
 * "not measured: <reason>" when it cannot run.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../src/errors.js';
import { measureReportAlert } from './report-e2e.js';
import { median } from './stats.js';

export type Timing =
  | { measured: true; samples: number; p50Ms: number; p95Ms: number; notes: string[] }
  | { measured: false; reason: string };

export interface ReportSuite {
  commit: Timing;
  alert: Timing;
}

/** The part of report-bench.ts's JSON this reads: its SQLite figures (and PostgreSQL's, when it ran them). */
interface ReportBenchJson {
  sqlite?: { n: number; p50_ms: number; p95_ms: number; concurrent10_p50_ms?: number; concurrent10_p95_ms?: number };
  postgres?: { n: number; p50_ms: number; p95_ms: number } | string;
}

function runReportBench(repo: string, n: number): Promise<ReportBenchJson> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(repo, 'bench/report-bench.ts'), '--n', String(n)],
      { cwd: repo, maxBuffer: 1024 * 1024, timeout: 300_000 },
      (err, stdout, stderr) => {
        if (err) return reject(new Error(`${err.message}\n${stderr.slice(-500)}`));
        try {
          resolve(JSON.parse(stdout) as ReportBenchJson);
        } catch {
          reject(new Error(`report-bench printed no JSON: ${stdout.slice(0, 200)}`));
        }
      },
    );
  });
}

async function measureCommit(repo: string, quick: boolean, runs: number): Promise<Timing> {
  if (!existsSync(join(repo, 'bench/report-bench.ts')))
    return { measured: false, reason: 'bench/report-bench.ts (store/incidents helper) is not there yet' };
  const results: ReportBenchJson[] = [];
  try {
    for (let r = 0; r < runs; r++) results.push(await runReportBench(repo, quick ? 100 : 500));
  } catch (err) {
    return { measured: false, reason: `bench/report-bench.ts failed: ${errorMessage(err)}` };
  }
  const sqlite = results.map((r) => r.sqlite).filter((s) => s !== undefined);
  if (sqlite.length === 0) return { measured: false, reason: 'bench/report-bench.ts reported no SQLite figures' };
  const pg = results.map((r) => r.postgres);
  const pgMeasured = pg.filter((p): p is { n: number; p50_ms: number; p95_ms: number } => typeof p === 'object');
  return {
    measured: true,
    samples: sqlite.reduce((s, x) => s + x.n, 0),
    p50Ms: median(sqlite.map((s) => s.p50_ms)),
    p95Ms: median(sqlite.map((s) => s.p95_ms)),
    notes: [
      `Commit (SQLite, synchronous=FULL, WAL, IncidentService.submitReport, one at a time) from bench/report-bench.ts; ten reporters at once: p50 ${median(sqlite.map((s) => s.concurrent10_p50_ms ?? Number.NaN))} ms, p95 ${median(sqlite.map((s) => s.concurrent10_p95_ms ?? Number.NaN))} ms.`,
      pgMeasured.length > 0
        ? `PostgreSQL: p50 ${median(pgMeasured.map((p) => p.p50_ms))} ms, p95 ${median(pgMeasured.map((p) => p.p95_ms))} ms.`
        : `PostgreSQL: ${typeof pg[0] === 'string' ? pg[0] : 'not measured'}.`,
    ],
  };
}

export async function measureReports(options: {
  repo: string;
  quick: boolean;
  runs: number;
  workDir: string;
  /** The policy Boundary loads for the end-to-end half; undefined means its default. */
  policyFile?: string;
  /** Boundary's entry point for the end-to-end half (dist/main.js as npm start runs it, or src/main.ts). */
  script?: string;
  /** Node flags for Boundary's process (npm start's heap sizes). */
  nodeArgs?: readonly string[];
}): Promise<ReportSuite> {
  const commit = await measureCommit(options.repo, options.quick, options.runs);
  const alert: Timing = existsSync(join(options.repo, 'src/main.ts'))
    ? await measureReportAlert({
        repo: options.repo,
        workDir: options.workDir,
        samples: options.quick ? 3 : 10 * options.runs,
        policyFile: options.policyFile,
        ...(options.script ? { script: options.script } : {}),
        ...(options.nodeArgs ? { nodeArgs: options.nodeArgs } : {}),
      })
    : { measured: false, reason: 'src/main.ts is not there yet' };
  return { commit, alert };
}
