import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEvalFile } from '../../../src/cli/eval.js';
import { loadPolicyFile } from '../../../src/policy/index.js';
import { sets } from '../question-sets.js';

/**
 * The search precomputes each term's BM25 weights when the policy loads; its ranking must be MiniSearch's to the
 * last bit, or answers would change. Every graded question (each set whose files are here) is answered with the
 * index's search wrapped so that each call is also made the reference way and compared.
 */
describe('search over a loaded policy', () => {
  const available = sets().filter((s) => existsSync(s.policy) && existsSync(s.questions));

  it('when any graded question is searched, then the scores and their order are exactly what MiniSearch gives', async () => {
    let compared = 0;
    const mismatches: string[] = [];
    for (const set of available) {
      const engine = await loadPolicyFile(set.policy);
      const index = engine.index as { search: typeof engine.index.search };
      const fast = index.search.bind(index);
      index.search = (q) => {
        const got = fast(q);
        const reference = engine.index.searchWithMiniSearch(q);
        const same =
          got.length === reference.length &&
          got.every((r, i) => r.clause === reference[i]?.clause && r.score === reference[i]?.score);
        if (!same) mismatches.push(`${set.name}: ${q.whole}`);
        compared++;
        return got;
      };
      for (const item of parseEvalFile(readFileSync(set.questions, 'utf8'), set.questions)) engine.answer(item.q);
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(200);
  });
});
