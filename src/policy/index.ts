import type { PolicyEngine } from './answer.js';
import { createPolicyEngine, type EngineOptions, type LoadedPolicy, parsePolicy } from './engine.js';
import { readPolicyText } from './ingest/read-file.js';
import { loadReading, type ReadingLoad } from './reading/load.js';
import type { VerdictMode } from './reading/verdict.js';

export type { Answer, Citation, PolicyEngine, ReportAction, ReportForm, Verdict } from './answer.js';
export type { Force } from './domain/force.js';
export { createPolicyEngine, type EngineOptions, type LoadedPolicy, parsePolicy } from './engine.js';
export type { Clause, ClauseTags, PolicyDocument } from './types.js';

/**
 * Reads, parses and indexes a policy document (.txt, .md, .docx, .pdf).
 * Rejects with a BoundaryError ('policy_unreadable' | 'policy_empty') naming the file and the problem.
 */
export async function loadPolicyFile(
  path: string,
  options: EngineOptions = {},
): Promise<PolicyEngine & import('./engine.js').LoadedPolicy> {
  const text = await readPolicyText(path);
  return createPolicyEngine(parsePolicy(path, text), options);
}

/** A policy loaded with its reading, and where that reading came from. */
export interface LoadedPolicyWithReading {
  engine: LoadedPolicy;
  reading: ReadingLoad;
}

/**
 * Reads a policy and its reading: the school's reading file beside it (`<policy>.reading.yaml`) or the one named,
 * else a fresh draft. Rejects with a BoundaryError naming the file, and for a bad reading each entry and field.
 */
export async function loadPolicy(
  path: string,
  options: { readingPath?: string; verdicts?: VerdictMode; now?: () => Date } = {},
): Promise<LoadedPolicyWithReading> {
  const text = await readPolicyText(path);
  const doc = parsePolicy(path, text);
  const now = options.now ?? (() => new Date());
  const draft = createPolicyEngine(doc, { ...options, now });
  const reading = loadReading(doc, path, draft.fallbackContact, now(), options.readingPath);
  if (reading.source === 'file') draft.replaceReading(reading.reading);
  return { engine: draft, reading };
}

/** Builds an engine from text already in memory (tests, the example policy). */
export function loadPolicyText(file: string, text: string): import('./engine.js').LoadedPolicy {
  return createPolicyEngine(parsePolicy(file, text));
}
