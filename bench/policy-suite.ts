/**
 * The policy engine alone, through the policy helper's bench/policy-bench.ts (owned there): ingest
 * time per policy, answer latency over the development set, index size. This file only adapts its
 * result into the shape results.md reports, and says plainly when it could not be run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type PolicySuite =
  | {
      measured: true;
      ingest: { policy: string; bytes: number; clauses?: number; ms: number }[];
      /** The slowest ingest (median over runs) among the policies measured. */
      maxIngestMs: number;
      answerP50Ms: number;
      answerP95Ms: number;
      questions: number;
      indexSize?: string;
      notes: string[];
    }
  | { measured: false; reason: string };

export async function measurePolicyEngine(options: {
  repo: string;
  quick: boolean;
  runs: number;
}): Promise<PolicySuite> {
  const file = join(options.repo, 'bench/policy-bench.ts');
  if (!existsSync(file))
    return { measured: false, reason: 'bench/policy-bench.ts (policy engine helper) is not there yet' };
  return { measured: false, reason: 'bench/policy-bench.ts exists but is not wired into the runner yet' };
}
