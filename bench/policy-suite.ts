/**
 * The policy engine alone, through the policy helper's bench/policy-bench.ts (owned there): ingest
 * time per policy, answer latency over the development set, index size. This file runs its
 * runPolicyBench() once per run (in this process, from the repository root, which is where it reads
 * its policies and question files from) and reports medians over the runs.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { errorMessage } from '../src/errors.js';
import { median } from './stats.js';

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

/** What bench/policy-bench.ts's runPolicyBench() returns, as far as this adapter reads it. */
interface PolicyBenchResult {
  ingestMs: Record<string, { bytes: number; medianMs: number; maxMs: number }>;
  clauses: Record<string, number>;
  answerMs: { questions: number; p50: number; p95: number; p99: number; max: number };
  answer10kCharQuestionMs: number;
  indexBytes: Record<string, number>;
}

export async function measurePolicyEngine(options: {
  repo: string;
  quick: boolean;
  runs: number;
}): Promise<PolicySuite> {
  const file = join(options.repo, 'bench/policy-bench.ts');
  if (!existsSync(file))
    return { measured: false, reason: 'bench/policy-bench.ts (policy engine helper) is not there yet' };
  const mod = (await import(pathToFileURL(file).href)) as {
    runPolicyBench?: (o?: { ingestRuns?: number; answerRounds?: number }) => Promise<PolicyBenchResult>;
  };
  if (typeof mod.runPolicyBench !== 'function')
    return { measured: false, reason: 'bench/policy-bench.ts does not export runPolicyBench()' };
  const cwd = process.cwd();
  const results: PolicyBenchResult[] = [];
  try {
    // It reads test fixtures and ../shared relative to the working directory.
    process.chdir(options.repo);
    for (let r = 0; r < options.runs; r++) {
      results.push(
        await mod.runPolicyBench(
          options.quick ? { ingestRuns: 3, answerRounds: 2 } : { ingestRuns: 15, answerRounds: 10 },
        ),
      );
    }
  } catch (err) {
    return { measured: false, reason: `bench/policy-bench.ts failed: ${errorMessage(err)}` };
  } finally {
    process.chdir(cwd);
  }
  const first = results[0] as PolicyBenchResult;
  const ingest = Object.keys(first.ingestMs).map((policy) => ({
    policy,
    bytes: first.ingestMs[policy]?.bytes ?? 0,
    ...(first.clauses[policy] !== undefined ? { clauses: first.clauses[policy] } : {}),
    ms: median(results.map((r) => r.ingestMs[policy]?.medianMs ?? Number.NaN)),
  }));
  const r2 = (n: number) => Math.round(n * 1000) / 1000;
  return {
    measured: true,
    ingest,
    maxIngestMs: Math.max(...ingest.map((i) => i.ms)),
    answerP50Ms: r2(median(results.map((r) => r.answerMs.p50))),
    answerP95Ms: r2(median(results.map((r) => r.answerMs.p95))),
    questions: first.answerMs.questions,
    indexSize: Object.entries(first.indexBytes)
      .map(([p, b]) => `${p} ${(b / 1024).toFixed(1)} KB`)
      .join(', '),
    notes: [
      `answer p99 ${fmtMs(median(results.map((r) => r.answerMs.p99)))}, max ${fmtMs(median(results.map((r) => r.answerMs.max)))} (median over runs)`,
      `a 10,000-character question against the ~30 KB policy: ${fmtMs(median(results.map((r) => r.answer10kCharQuestionMs)))}`,
      '"concatenated" is the policies we have one after another up to ~30 KB: the 30 KB-class ingest of the target',
      "index size is MiniSearch's own size() per policy, as bench/policy-bench.ts reports it",
    ],
  };
}

function fmtMs(n: number): string {
  return `${Math.round(n * 100) / 100} ms`;
}
