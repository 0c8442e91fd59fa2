import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import type { ZodIssue } from 'zod';
import { type Reading, type ReadingEntry, readingSchema } from './schema.js';

/** Where a policy's reading lives: beside it, `<policy path without extension>.reading.yaml`. */
export function readingPathFor(policyPath: string): string {
  return join(dirname(policyPath), `${basename(policyPath, extname(policyPath))}.reading.yaml`);
}

/** One thing wrong with a reading file, named so that the owner can find it: the entry and the field. */
export interface ReadingProblem {
  entry: string | null;
  field: string;
  message: string;
}

export type ReadingResult = { ok: true; reading: Reading } | { ok: false; problems: ReadingProblem[] };

/** Parses and validates a reading file's text. Never throws: a bad file is a list of problems. */
export function parseReading(text: string): ReadingResult {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        entry: null,
        field: '(YAML)',
        message: e.message.split('\n')[0] ?? e.message,
      })),
    };
  }
  const raw = doc.toJS() as unknown;
  const parsed = readingSchema.safeParse(raw);
  if (parsed.success) {
    const seen = new Set<string>();
    const problems: ReadingProblem[] = [];
    for (const e of parsed.data.entries) {
      if (seen.has(e.id)) problems.push({ entry: e.id, field: 'id', message: 'this id is used twice' });
      seen.add(e.id);
    }
    return problems.length ? { ok: false, problems } : { ok: true, reading: parsed.data };
  }
  return { ok: false, problems: parsed.error.issues.map((i) => problemOf(i, raw)) };
}

function problemOf(issue: ZodIssue, raw: unknown): ReadingProblem {
  const [top, index, ...rest] = issue.path;
  if (top === 'entries' && typeof index === 'number') {
    const entries = (raw as { entries?: { id?: unknown }[] }).entries;
    const id = entries?.[index]?.id;
    return {
      entry: typeof id === 'string' ? id : `entry ${index + 1}`,
      field: rest.join('.') || '(entry)',
      message: issue.message,
    };
  }
  return { entry: null, field: issue.path.join('.') || '(file)', message: issue.message };
}

/** Reads a reading file. Returns problems for a missing, unreadable or invalid file. */
export function loadReadingFile(path: string): ReadingResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return {
      ok: false,
      problems: [{ entry: null, field: '(file)', message: `cannot read ${path}: ${(err as Error).message}` }],
    };
  }
  return parseReading(text);
}

/** Plain lines naming each problem, for start-up errors and the CLI. */
export function describeProblems(path: string, problems: readonly ReadingProblem[]): string[] {
  return problems.map((p) => `${path}: ${p.entry ? `entry ${p.entry}, ` : ''}${p.field}: ${p.message}`);
}

const HEADER = `# The reading of this policy by Boundary: every sentence that may be a rule, as Boundary understands it.
# Check each entry against the policy and correct it here; set reviewed: true once it is right.
# Run \`boundary review --policy <policy file>\` to see it in plain English, uncertain entries first.
# Fields: binds (staff | roles | pupils | parents | school | information), force (must | must_not | should |
#   should_not | may | may_with_permission | none), acts, parties, platforms, until / unless / provided
#   (conditions: fact + at_least / under / of), permission_of, duties (act, to, within).
`;

/** Serialises a reading for people: stable order, defaults left out, one entry per block. */
export function serialiseReading(reading: Reading): string {
  const slim = { ...reading, entries: reading.entries.map(slimEntry) };
  return HEADER + stringify(slim, { lineWidth: 118, defaultStringType: 'PLAIN', aliasDuplicateObjects: false });
}

function slimEntry(e: ReadingEntry): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) {
    if (Array.isArray(v) && v.length === 0 && k !== 'heading' && k !== 'acts') continue;
    if (v === undefined) continue;
    out[k] = v;
  }
  return out;
}

/** Writes a reading atomically (a temporary file, then a rename), so a crash never leaves half a file. */
export function writeReadingFile(path: string, reading: Reading): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, serialiseReading(reading), 'utf8');
  renameSync(tmp, path);
}
