import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everythingSent, fuzzRun, scanForRenderedUserText } from '../security/support/fuzz.js';
import { checkSqliteInvariants } from '../security/support/invariants.js';
import { startTarget, type Target } from '../security/support/target.js';
import { recordFigures } from './figures.js';

/** The full fuzz run: 10,000 generated requests plus 300 hostile form walks at the real endpoint. */
const CASES = Number(process.env.FUZZ_CASES ?? '10000');
const WALKS = Number(process.env.FUZZ_WALKS ?? '300');

describe('fuzz (full)', () => {
  let target: Target;
  let run: Awaited<ReturnType<typeof fuzzRun>>;
  let ms = 0;

  beforeAll(async () => {
    target = await startTarget({
      env: { RATE_LIMIT_QUESTIONS_PER_MINUTE: '10000', RATE_LIMIT_REPORTS_PER_HOUR: '10000', LOG_LEVEL: 'warn' },
    });
    const t0 = performance.now();
    run = await fuzzRun(target, { cases: CASES, formWalks: WALKS, seed: 2026, lanes: 8 });
    ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 3_000));
  }, 600_000);
  afterAll(async () => {
    await target?.dispose();
  });

  it(`when ${CASES} generated requests and ${WALKS} hostile form walks hit the endpoint, then no 5xx, nothing half-written and nothing typed rendered as a link or mention`, async () => {
    const health = (await fetch(`${target.boundary.url}/readyz`)).status;
    await target.stop();
    const facts = checkSqliteInvariants(target.dataDir, { now: new Date() });
    const problems = scanForRenderedUserText([...everythingSent(target.connector), ...run.cards]);
    const statuses = Object.entries(run.stats.byStatus)
      .sort()
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ');
    recordFigures('fuzz', 'Fuzz: generated hostile activities and card submissions at the real endpoint', [
      ['Requests sent', run.stats.requests],
      ['Hostile form walks (reports stored)', `${run.stats.formWalks} (${run.stats.submitsStored})`],
      ['HTTP statuses', statuses],
      ['Failures (5xx, unanswered invoke, silent refusal)', run.stats.failures.length],
      ['Incidents stored / record invariant problems', `${facts.incidents.length} / ${facts.problems.length}`],
      [
        'Cards and activities scanned / typed text rendered as link or mention',
        `${run.cards.length + target.connector.sent.length} / ${problems.length}`,
      ],
      ['Run time (s)', Math.round(ms / 100) / 10],
      ['Server ready after the run', health === 200 ? 'yes' : `no (${health})`],
    ]);
    expect(run.stats.failures.slice(0, 20)).toEqual([]);
    expect(run.stats.requests).toBeGreaterThanOrEqual(CASES);
    expect(health).toBe(200);
    expect(facts.problems).toEqual([]);
    expect(run.stats.submitsStored).toBeGreaterThan(0);
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
