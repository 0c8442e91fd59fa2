import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grade, parseEvalFile } from '../../src/cli/eval.js';
import { loadPolicyFile } from '../../src/policy/index.js';

// The shared policies live beside the repository (CI has them at ../shared); they are never copied in.
const SHARED = resolve('..', 'shared');
const present = existsSync(join(SHARED, 'policies')) && existsSync(join(SHARED, 'eval'));
if (!present)
  console.warn(`Skipping the shared policy evaluations: ${SHARED}/policies and ${SHARED}/eval are not present.`);

const names = present
  ? readdirSync(join(SHARED, 'eval'))
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => f.replace(/\.jsonl$/, ''))
  : [];

async function score(policy: string, questions: string) {
  const engine = await loadPolicyFile(policy);
  const items = parseEvalFile(readFileSync(questions, 'utf8'), questions);
  const failed = items.filter((i) => !grade(i, engine.answer(i.q)).pass).map((i) => i.q);
  return { total: items.length, failed };
}

describe.skipIf(!present)('the shared development sets', () => {
  it('when the shared folder is present, then it holds the four policies with their question sets', () => {
    expect(names.length).toBeGreaterThanOrEqual(4);
  });

  for (const name of names) {
    it(`when ${name} is graded, then at least 95% of its questions pass`, async () => {
      const { total, failed } = await score(
        join(SHARED, 'policies', `${name}.txt`),
        join(SHARED, 'eval', `${name}.jsonl`),
      );
      expect(failed.length / total, `failed: ${failed.join(' | ')}`).toBeLessThanOrEqual(0.05);
    });

    // Our own rewordings of questions about the same policies: slang, typos, situations, other roles.
    const paraphrases = resolve('test/policy/fixtures/paraphrase', `${name}.jsonl`);
    it.skipIf(!existsSync(paraphrases))(
      `when our paraphrases for ${name} are graded, then at least 90% pass`,
      async () => {
        const { total, failed } = await score(join(SHARED, 'policies', `${name}.txt`), paraphrases);
        expect(failed.length / total, `failed: ${failed.join(' | ')}`).toBeLessThanOrEqual(0.1);
      },
    );
  }
});
