import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';

/**
 * The resilience suite's figures: each test records its section into bench/resilience-results.json (merged, so
 * a single test file can be re-run) and bench/resilience-results.md is rewritten from the whole JSON.
 */
const JSON_PATH = resolve(import.meta.dirname, '..', '..', 'bench', 'resilience-results.json');
const MD_PATH = resolve(import.meta.dirname, '..', '..', 'bench', 'resilience-results.md');

type Section = { title: string; measuredAt: string; rows: [string, string | number][]; notes?: string[] };
type Results = { machine: string; sections: Record<string, Section> };

export function recordFigures(key: string, title: string, rows: [string, string | number][], notes: string[] = []) {
  const results: Results = existsSync(JSON_PATH)
    ? (JSON.parse(readFileSync(JSON_PATH, 'utf8')) as Results)
    : { machine: '', sections: {} };
  results.machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
  results.sections[key] = { title, measuredAt: new Date().toISOString(), rows, ...(notes.length ? { notes } : {}) };
  writeFileSync(JSON_PATH, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(MD_PATH, renderMarkdown(results));
}

function renderMarkdown(results: Results): string {
  const out = [
    '# Resilience results',
    '',
    'Written by `npm run test:resilience` (test/resilience); each section is replaced when its test runs again.',
    `Machine: ${results.machine}. Loopback only; the fake Bot Connector plays Teams.`,
    '',
  ];
  const order = ['crash', 'connector', 'database', 'shutdown', 'fuzz', 'load'];
  const keys = Object.keys(results.sections).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  for (const key of keys) {
    const s = results.sections[key] as Section;
    out.push(`## ${s.title}`, '', `Measured ${s.measuredAt}.`, '', '| Figure | Value |', '| --- | --- |');
    for (const [name, value] of s.rows) out.push(`| ${name} | ${value} |`);
    if (s.notes?.length) out.push('', ...s.notes.map((n) => `- ${n}`));
    out.push('');
  }
  return out.join('\n');
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[idx] as number) * 10) / 10;
}

/** The most events in any window of `windowMs` (sliding), from their timestamps in ms. */
export function maxInWindow(times: number[], windowMs = 1_000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] as number) - (sorted[start] as number) >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}
