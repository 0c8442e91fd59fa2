/**
 * wink-nlp against compromise for question understanding, on the same matchers and words: frame accuracy on the
 * table tests, the dev safety battery, time per question (p50/p95 after warm-up) over every fixture question,
 * load time and heap. Run once per library in a fresh process: `npx tsx bench/nlp-choice.ts wink|compromise`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Analyser, Token } from '../src/policy/understanding/tokens.js';
import { understandTokens } from '../src/policy/understanding/understand.js';
import { winkAnalyser } from '../src/policy/understanding/wink.js';
import { canonOf, respell } from '../src/policy/understanding/words/slang.js';
import { FRAME_TABLE, NOW } from '../test/policy/understanding/frame-table.js';

const which = process.argv[2] ?? 'wink';
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
let analyser: Analyser = winkAnalyser;
if (which === 'compromise') {
  const nlp = (await import('compromise')).default;
  const POS: [string, string][] = [
    ['Modal', 'AUX'],
    ['Auxiliary', 'AUX'],
    ['Copula', 'AUX'],
    ['Negative', 'PART'],
    ['Pronoun', 'PRON'],
    ['Value', 'NUM'],
    ['Verb', 'VERB'],
    ['Adjective', 'ADJ'],
    ['Adverb', 'ADV'],
    ['Preposition', 'ADP'],
    ['Determiner', 'DET'],
    ['ProperNoun', 'PROPN'],
    ['Noun', 'NOUN'],
  ];
  analyser = {
    name: 'compromise',
    analyse(text: string): Token[] {
      const doc = nlp(respell(text));
      doc.compute('root');
      const out: Token[] = [];
      doc.json().forEach(
        (
          s: {
            terms: { text: string; normal: string; implicit?: string; root?: string; tags: string[]; post: string }[];
          },
          si: number,
        ) => {
          let neg = false;
          for (const t of s.terms) {
            const written = (t.implicit || t.normal || t.text).toLowerCase();
            const pos = POS.find(([tag]) => t.tags.includes(tag))?.[1] ?? 'X';
            if (t.tags.includes('Negative')) neg = true;
            const lemma = (t.root || written).toLowerCase();
            out.push({
              text: written,
              lemma,
              canon: canonOf(written, lemma),
              pos,
              negated: neg && !t.tags.includes('Negative'),
              sentence: si,
            });
            if (/[,;]/.test(t.post)) neg = false;
          }
        },
      );
      return out;
    },
  };
}
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
