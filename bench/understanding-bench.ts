/**
 * The cost and accuracy of understanding a question: frame accuracy on the table tests, the dev safety battery,
 * time per question (p50/p95/p99 wall clock after warm-up, and CPU per question) over every fixture question,
 * the model's load time and heap. `npm run bench:understanding`. The same script, with a compromise analyser in
 * place of wink-nlp, gave the comparison in docs/engine/nlp-choice.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Analyser } from '../src/policy/understanding/tokens.js';
import { understandTokens } from '../src/policy/understanding/understand.js';
import { winkAnalyser } from '../src/policy/understanding/wink.js';
import { FRAME_TABLE, NOW } from '../test/policy/understanding/frame-table.js';

const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const analyser: Analyser = winkAnalyser;
analyser.analyse('warm the model up');
const load = performance.now() - t0;
const heap = (process.memoryUsage().heapUsed - heap0) / 1e6;

let rowsOk = 0;
for (const { q, want } of FRAME_TABLE) {
  const f = understandTokens(q, analyser.analyse(q), NOW);
  const { act, facts, ...rest } = want;
  let ok = Object.entries(rest).every(([k, v]) => JSON.stringify(f[k as keyof typeof f]) === JSON.stringify(v));
  if (act !== undefined && f.acts[0] !== act) ok = false;
  for (const [k, v] of Object.entries(facts ?? {})) if (f.facts[k as keyof typeof f.facts] !== v) ok = false;
  if (ok) rowsOk++;
}

const battery = readFileSync('test/policy/fixtures/safety-battery/dev.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { q: string; class: string | null });
let batteryOk = 0;
for (const r of battery) {
  const got = understandTokens(r.q, analyser.analyse(r.q), NOW).safety;
  if (r.class === null ? got.length === 0 : got.includes(r.class as never)) batteryOk++;
}

const files = readdirSync(resolve('test/policy/fixtures'), { recursive: true, encoding: 'utf8' }).filter(
  (f) => f.endsWith('.jsonl') && !f.includes('safety-battery'),
);
const questions = [
  ...new Set(
    files.flatMap((f) =>
      readFileSync(join('test/policy/fixtures', f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { q: string }).q),
    ),
  ),
];
for (const q of questions) understandTokens(q, analyser.analyse(q), NOW);
const times: number[] = [];
const cpu0 = process.cpuUsage();
const wall0 = performance.now();
for (let round = 0; round < 3; round++) {
  for (const q of questions) {
    const a = performance.now();
    understandTokens(q, analyser.analyse(q), NOW);
    times.push(performance.now() - a);
  }
}
const cpu = process.cpuUsage(cpu0);
const meanMs = (performance.now() - wall0) / times.length;
const cpuMs = (cpu.user + cpu.system) / 1000 / times.length;
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.floor(times.length * p)]!.toFixed(3);
console.log(
  JSON.stringify({
    library: analyser.name,
    frameRows: `${rowsOk}/${FRAME_TABLE.length}`,
    devBattery: `${batteryOk}/${battery.length}`,
    questions: questions.length,
    p50ms: pct(0.5),
    p95ms: pct(0.95),
    p99ms: pct(0.99),
    meanMs: meanMs.toFixed(3),
    cpuMsPerQuestion: cpuMs.toFixed(3),
    rssMB: (process.memoryUsage().rss / 1e6).toFixed(0),
    loadMs: load.toFixed(0),
    heapMB: heap.toFixed(1),
  }),
);
