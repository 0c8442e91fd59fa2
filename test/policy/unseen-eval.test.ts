import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grade, parseEvalFile } from '../../src/cli/eval.js';
import { loadPolicyFile } from '../../src/policy/index.js';

// Policies written blind (never tuned question by question) to estimate how the engine does on a school it
// has not seen. The floors sit a little under the scores reached, so a regression fails but the sets stay honest.
const UNSEEN = resolve('test/policy/fixtures/unseen');
const SETS: [string, number][] = [
  ['mat-trust', 0.75],
  ['primary-dos-donts', 0.75],
  ['secondary-second-person', 0.8],
];

async function score(policy: string, questions: string) {
  const engine = await loadPolicyFile(policy);
  const items = parseEvalFile(readFileSync(questions, 'utf8'), questions);
  const failed = items.filter((i) => !grade(i, engine.answer(i.q)).pass).map((i) => i.q);
  return { total: items.length, failed };
}

describe('policies the engine was not built on', () => {
  for (const [name, floor] of SETS) {
    it(`when ${name} is graded, then at least ${floor * 100}% of its blind questions pass`, async () => {
      const { total, failed } = await score(join(UNSEEN, `${name}.txt`), join(UNSEEN, `${name}-questions.jsonl`));
      expect(total).toBeGreaterThanOrEqual(30);
      expect(1 - failed.length / total, `failed: ${failed.join(' | ')}`).toBeGreaterThanOrEqual(floor);
    });
  }

  // Round 3 (test/policy/fixtures/round3/README.md has the first-run scores): a Word export and a PDF extract.
  const ROUND3 = resolve('test/policy/fixtures/round3');
  for (const [name, floor] of [
    ['hollybrook-primary', 0.8],
    ['northfield-academy-pdf', 0.75],
  ] as const) {
    it(`when round 3's ${name} is graded, then at least ${floor * 100}% of its blind questions pass`, async () => {
      const { total, failed } = await score(join(ROUND3, `${name}.txt`), join(ROUND3, `${name}-questions.jsonl`));
      expect(total).toBeGreaterThanOrEqual(30);
      expect(1 - failed.length / total, `failed: ${failed.join(' | ')}`).toBeGreaterThanOrEqual(floor);
    });
  }

  const SHARED = resolve('..', 'shared', 'policies');
  const SHARED_NAMES = ['000_14c75cae07ce701f', '001_74fe010cc516956f', '002_447478690c0b7897', '003_061b897d2f7730e0'];

  /** Grades one question file per shared policy (`questionsFor(name)`) and returns the pass rate with the failures. */
  async function scoreShared(questionsFor: (name: string) => string) {
    let total = 0;
    let failed: string[] = [];
    for (const name of SHARED_NAMES) {
      const r = await score(join(SHARED, `${name}.txt`), questionsFor(name));
      total += r.total;
      failed = failed.concat(r.failed);
    }
    return { rate: 1 - failed.length / total, failed };
  }

  it.skipIf(!existsSync(SHARED))(
    "when round 3's questions over the shared policies are graded, then at least 70% pass",
    async () => {
      const { rate, failed } = await scoreShared((name) => join(ROUND3, `shared-${name}.jsonl`));
      expect(rate, `failed: ${failed.join(' | ')}`).toBeGreaterThanOrEqual(0.7);
    },
  );

  it.skipIf(!existsSync(SHARED))(
    'when the fresh questions over the shared policies are graded, then at least 60% pass',
    async () => {
      const { rate, failed } = await scoreShared((name) => resolve('test/policy/fixtures/fresh', `${name}.jsonl`));
      expect(rate, `failed: ${failed.join(' | ')}`).toBeGreaterThanOrEqual(0.6);
    },
  );
});
