/**
 * Report submission: card submit to committed incident + outbox row (the store helper's
 * bench/report-bench.ts), and submit through the real endpoint to the alert posted on the fake
 * connector. Each half says "not measured: <reason>" until what it needs exists.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type Timing =
  | { measured: true; samples: number; p50Ms: number; p95Ms: number; notes: string[] }
  | { measured: false; reason: string };

export interface ReportSuite {
  commit: Timing;
  alert: Timing;
}

export async function measureReports(options: {
  repo: string;
  quick: boolean;
  runs: number;
  workDir: string;
}): Promise<ReportSuite> {
  const file = join(options.repo, 'bench/report-bench.ts');
  const commit: Timing = existsSync(file)
    ? { measured: false, reason: 'bench/report-bench.ts exists but is not wired into the runner yet' }
    : { measured: false, reason: 'bench/report-bench.ts (store/incidents helper) is not there yet' };
  const alert: Timing = {
    measured: false,
    reason: 'the report forms and the alert channel are not wired into the bot yet',
  };
  return { commit, alert };
}
