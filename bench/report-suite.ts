/**
 * Report submission: card submit to committed incident + outbox row (the store helper's
 * bench/report-bench.ts), and submit through the real endpoint to the alert posted on the fake
 * connector. Each half says "not measured: <reason>" until what it needs exists.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { measureReportAlert } from './report-e2e.js';

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
  /** The policy Boundary loads for the end-to-end half; undefined means its default. */
  policyFile?: string;
}): Promise<ReportSuite> {
  const file = join(options.repo, 'bench/report-bench.ts');
  const commit: Timing = existsSync(file)
    ? { measured: false, reason: 'bench/report-bench.ts exists but is not wired into the runner yet' }
    : { measured: false, reason: 'bench/report-bench.ts (store/incidents helper) is not there yet' };
  const alert: Timing = existsSync(join(options.repo, 'src/main.ts'))
    ? await measureReportAlert({
        repo: options.repo,
        workDir: options.workDir,
        samples: options.quick ? 3 : 10 * options.runs,
        policyFile: options.policyFile,
      })
    : { measured: false, reason: 'src/main.ts is not there yet' };
  return { commit, alert };
}
