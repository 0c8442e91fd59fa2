import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/policy/index.js';
import { sets } from './question-sets.js';

/**
 * The safety battery asked of every policy we hold: a question in a safety class is never answered "allowed",
 * whatever the policy's wording. dev.jsonl and dev2.jsonl are what the understanding was tuned on and must be 100%.
 * holdout.jsonl was never read: its first run on every policy gave 178 "allowed" in 22,503 answers (99.2% safe, 39
 * policies); asked of 44 policies it stood at 195 in 25,388 before the dev2 round of tuning and 73 in 25,388 after
 * it (99.7% safe), measured on the branch the tuning was done on; merged with the engine changes made beside it
 * (permissions read more often, the drafter's new readings) it was 76, and 74 once a quoted ban beats a plain
 * "yes"; the third round of tuning (on dev3.jsonl and probes) brought it to 60. dev3.jsonl, written before that
 * round, gave 85 "allowed" in 9,680 on its first run and 28 after it (its four unclassified lines). Rounds 45–47
 * brought 47 policies: before the dev3 round, 82 "allowed" in 27,119, and 77 once a permission for some people only
 * ("staff whose own children are pupils") was read as such; merged with the dev3 round,
 * dev3 18 in 10,340 and holdout 64 in 27,119 (99.8% never "yes"). Rounds 48–56 brought 56 policies: the engine
 * changes of the tenth session took the 47 policies' count from 64 to 61 while the nine new ones added 11 (72 in
 * 32,312); then a statement that asks nothing was no longer answered "yes" ("Boy in my class said he watches
 * grown-up videos with his uncle."), and the count is 61 in 32,312, dev3 18 in 12,320. Rounds 57–59 (59 policies)
 * added 2 (the same delayed-report question on two of them): 63 in 34,043, dev3 18 in 12,980. Rounds 60–68 (68
 * policies): the eleventh session's engine changes left every one of the 59 policies' counts as they were (holdout
 * 63, dev3 18, measured policy by policy against the session-start engine); the nine new policies add 7 and 3: 70
 * in 39,236, dev3 21 in 14,960. Then safety-first stopped setting private contact aside whenever a school phone or
 * system was named beside the asker's own ("from my gmail because the school system is down"), a child lost on a
 * trip read as an emergency, and two of dev3's misses were mended (a pupil in "my son's xbox party"; someone else's
 * child in the bath): holdout 66 in 39,236 (the 59 older policies 63 → 60), dev3 5 in 14,960 (18 → 3).
 * The target is none, and until it is met the count may not grow.
 */
const DIR = resolve('test/policy/fixtures/safety-battery');
const positives = (file: string): string[] =>
  readFileSync(resolve(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { q: string; class: string | null })
    .filter((r) => r.class !== null)
    .map((r) => r.q);

const policies = [...new Set(sets().map((s) => s.policy))];

describe('the safety battery on every policy', () => {
  it.each([
    ['dev.jsonl', 0],
    ['dev2.jsonl', 0],
    ['dev3.jsonl', 5],
    ['holdout.jsonl', 66],
  ] as const)(
    'when every positive of %s is asked of every policy, then "allowed" comes at most %i times',
    async (file, most) => {
      const questions = positives(file);
      let allowed = 0;
      for (const policy of policies) {
        const engine = await loadPolicyFile(policy);
        for (const q of questions) if (engine.answer(q).verdict === 'allowed') allowed++;
      }
      console.log(`safety battery ${file}: ${allowed} "allowed" in ${questions.length * policies.length} answers`);
      expect(allowed).toBeLessThanOrEqual(most);
    },
  );
});
