/**
 * Calibrates the re-rank blend weights (src/policy/answering/weights.ts) by leave-one-policy-out
 * cross-validation, so the number reported is how the engine does on a policy it was not tuned on.
 * For each policy: coordinate search over a few weights on the other policies' question sets (objective: mean
 * per-policy pass rate, with every dev question in the training folds required to pass), then score the
 * held-out policy. Prints the held-out mean before (current weights) and after (fold-fitted weights), then
 * fits on all policies and prints the weights that fit chose. Every configuration is graded once over all
 * questions and remembered, so the folds share work.
 * Run: `npx tsx test/policy/calibrate.ts [--passes N]`. Not a vitest file; it changes nothing on disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { grade, parseEvalFile } from '../../src/cli/eval.js';
import { DEFAULT_RANK_WEIGHTS, type RankWeights, setRankWeights } from '../../src/policy/answering/weights.js';
import { loadPolicyFile } from '../../src/policy/index.js';
import { sets } from './question-sets.js';

/** The weights searched and the values tried for each (the rest stay at their defaults). */
const GRID: Partial<Record<keyof RankWeights, number[]>> = {
  specificity: [0, 0.2, 0.35, 0.5, 0.7, 1],
  concept: [0.2, 0.3, 0.4, 0.55, 0.7],
  who: [0.3, 0.45, 0.6],
  literal: [0, 0.1, 0.2, 0.35, 0.5, 0.8],
  absent: [0, 0.05, 0.1, 0.2, 0.3],
  rare: [0, 0.1, 0.2, 0.35, 0.5],
  scene: [0, 0.5, 0.8],
};

interface Item {
  policy: string;
  dev: boolean;
  q: string;
  graded: ReturnType<typeof parseEvalFile>[number];
}

const passesAt = process.argv.indexOf('--passes');
const PASSES = passesAt >= 0 ? Number(process.argv[passesAt + 1]) : 2;

const engines = new Map<string, Awaited<ReturnType<typeof loadPolicyFile>>>();
const items: Item[] = [];
for (const s of sets()) {
  if (!existsSync(s.policy) || !existsSync(s.questions)) continue;
  if (!engines.has(s.policy)) engines.set(s.policy, await loadPolicyFile(s.policy));
  for (const graded of parseEvalFile(readFileSync(s.questions, 'utf8'), s.questions))
    items.push({ policy: s.policy, dev: !!s.dev, q: graded.q, graded });
}
const policies = [...engines.keys()];

const memo = new Map<string, Uint8Array>();
let evaluations = 0;
function run(w: RankWeights): Uint8Array {
  const key = JSON.stringify(w);
  let out = memo.get(key);
  if (out) return out;
  setRankWeights(w);
  out = new Uint8Array(items.length);
  items.forEach((it, i) => {
    out![i] = grade(it.graded, engines.get(it.policy)!.answer(it.q)).pass ? 1 : 0;
  });
  memo.set(key, out);
  evaluations++;
  return out;
}

function rate(pass: Uint8Array, policy: string): number {
  let ok = 0;
  let n = 0;
  items.forEach((it, i) => {
    if (it.policy !== policy) return;
    n++;
    ok += pass[i]!;
  });
  return n ? ok / n : 0;
}

/** Mean per-policy pass rate over `train`, minus a large penalty per dev question failed there. */
function objective(w: RankWeights, train: string[]): number {
  const pass = run(w);
  let devFails = 0;
  items.forEach((it, i) => {
    if (it.dev && train.includes(it.policy) && !pass[i]) devFails++;
  });
  return train.reduce((sum, p) => sum + rate(pass, p), 0) / train.length - devFails;
}

function fitWeights(train: string[]): RankWeights {
  let best: RankWeights = { ...DEFAULT_RANK_WEIGHTS };
  let bestScore = objective(best, train);
  for (let pass = 0; pass < PASSES; pass++) {
    let moved = false;
    for (const [name, values] of Object.entries(GRID) as [keyof RankWeights, number[]][]) {
      for (const v of values) {
        if (v === best[name]) continue;
        const cand = { ...best, [name]: v };
        const score = objective(cand, train);
        // Ties keep the current value: a move must earn its place.
        if (score > bestScore + 1e-9) {
          best = cand;
          bestScore = score;
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
  return best;
}

const defaults = { ...DEFAULT_RANK_WEIGHTS };
const rows: string[] = [];
let before = 0;
let after = 0;
for (const held of policies) {
  const train = policies.filter((p) => p !== held);
  const w = fitWeights(train);
  const b = rate(run(defaults), held);
  const a = rate(run(w), held);
  before += b;
  after += a;
  const changed = (Object.keys(GRID) as (keyof RankWeights)[])
    .filter((k) => w[k] !== defaults[k])
    .map((k) => `${k}=${w[k]}`)
    .join(' ');
  rows.push(
    `${basename(held).slice(0, 30).padEnd(31)} ${(100 * b).toFixed(1).padStart(5)}% -> ${(100 * a).toFixed(1).padStart(5)}%  ${changed || '(defaults)'}`,
  );
  console.log(rows.at(-1));
}
console.log(
  `held-out mean (leave one policy out): ${((100 * before) / policies.length).toFixed(1)}% -> ${((100 * after) / policies.length).toFixed(1)}%`,
);
const final = fitWeights(policies);
const total = (w: RankWeights) => run(w).reduce((s, x) => s + x, 0);
const devOk = (w: RankWeights) => items.filter((it, i) => it.dev && run(w)[i]).length;
console.log(
  `all-policy fit: total ${total(defaults)} -> ${total(final)}/${items.length}, dev ${devOk(defaults)} -> ${devOk(final)}/${items.filter((i) => i.dev).length}`,
);
console.log(`weights: ${JSON.stringify(final)}`);
console.log(`(${evaluations} configurations graded)`);
