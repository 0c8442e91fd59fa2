/**
 * Grades every question set we have against its policy and prints per-set and total scores, so a change to
 * the engine is judged by the whole ~600 questions and not by the one set it was made for.
 * Run: `npx tsx test/policy/score-all.ts [--fail] [--set NAME]` (--fail prints each failure; --set filters by
 * a substring of the set name). Sets over the shared policies are skipped with a note when ../shared is absent.
 * Not a vitest file: the floors live in unseen-eval.test.ts and shared-eval.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { grade, parseEvalFile } from '../../src/cli/eval.js';
import { loadPolicy, loadPolicyFile } from '../../src/policy/index.js';
import type { VerdictMode } from '../../src/policy/reading/verdict.js';
import { sets } from './question-sets.js';

async function main() {
  const showFailures = process.argv.includes('--fail');
  const verdictsAt = process.argv.indexOf('--verdicts');
  const reviewed = process.argv.includes('--reviewed');
  const verdicts = verdictsAt >= 0 ? (process.argv[verdictsAt + 1] as VerdictMode) : undefined;
  const filterAt = process.argv.indexOf('--set');
  const filter = filterAt >= 0 ? process.argv[filterAt + 1] : undefined;
  let passed = 0;
  let total = 0;
  let devPassed = 0;
  let devTotal = 0;
  let wrongYeses = 0;
  for (const s of sets()) {
    if (filter && !s.name.includes(filter)) continue;
    if (!existsSync(s.policy) || !existsSync(s.questions)) {
      console.log(`${s.name.padEnd(28)} skipped (${existsSync(s.policy) ? s.questions : s.policy} absent)`);
      continue;
    }
    // --reviewed: answer from the school's reading file beside the policy where there is one.
    const engine = reviewed
      ? (await loadPolicy(s.policy, { verdicts })).engine
      : await loadPolicyFile(s.policy, { verdicts });
    const items = parseEvalFile(readFileSync(s.questions, 'utf8'), s.questions);
    let ok = 0;
    let yes = 0;
    const failures: string[] = [];
    for (const item of items) {
      const answer = engine.answer(item.q);
      const g = grade(item, answer);
      if (g.pass) ok++;
      const isWrongYes = wrongYes(item.verdict, answer.verdict);
      if (isWrongYes) yes++;
      if (!g.pass && showFailures) {
        const cites = answer.citations
          .slice(0, 3)
          .map((c) => `        [${c.section ?? '-'}] ${c.text.slice(0, 150)}`)
          .join('\n');
        failures.push(
          `  ${isWrongYes ? 'WRONG YES' : 'FAIL'} ${item.q}\n     -> ${answer.verdict} (${g.why}) want ${item.verdict.join('|')} cite ${item.cite.join(' || ').slice(0, 120)}\n${cites}`,
        );
      }
    }
    passed += ok;
    total += items.length;
    wrongYeses += yes;
    if (s.dev) {
      devPassed += ok;
      devTotal += items.length;
    }
    console.log(
      `${s.name.padEnd(28)} ${String(ok).padStart(3)}/${String(items.length).padEnd(3)} ${pct(ok, items.length)}${yes ? `  wrong yes: ${yes}` : ''}`,
    );
    for (const f of failures) console.log(f);
  }
  console.log(`${'dev (must stay 100%)'.padEnd(28)} ${devPassed}/${devTotal} ${pct(devPassed, devTotal)}`);
  console.log(
    `${'non-dev'.padEnd(28)} ${passed - devPassed}/${total - devTotal} ${pct(passed - devPassed, total - devTotal)}`,
  );
  console.log(`${'TOTAL'.padEnd(28)} ${passed}/${total} ${pct(passed, total)}`);
  console.log(`${'wrong yes'.padEnd(28)} ${wrongYeses} (allowed where the policy says no or ask first)`);
}

function pct(a: number, b: number): string {
  return b ? `${((100 * a) / b).toFixed(1)}%` : '-';
}

await main();

/** "Yes" where every accepted verdict is a no or an ask-first: the worst mistake Boundary can make. */
function wrongYes(accepted: readonly string[], given: string): boolean {
  return given === 'allowed' && accepted.every((v) => v === 'not_allowed' || v === 'needs_permission');
}
