import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everythingSent, fuzzRun, scanForRenderedUserText } from './support/fuzz.js';
import { checkSqliteInvariants } from './support/invariants.js';
import { startTarget, type Target } from './support/target.js';

/**
 * The fast half of the fuzz attack (issue 6), in npm test: a few thousand generated activities and card
 * submissions at the real endpoint on the real SQLite store. The resilience suite runs the same with 10,000+.
 */
describe('fuzz: generated hostile activities at POST /api/messages', () => {
  let target: Target;
  let run: Awaited<ReturnType<typeof fuzzRun>>;

  beforeAll(async () => {
    target = await startTarget({
      env: { RATE_LIMIT_QUESTIONS_PER_MINUTE: '10000', RATE_LIMIT_REPORTS_PER_HOUR: '10000' },
    });
    run = await fuzzRun(target, { cases: 3_000, formWalks: 24, seed: 6, lanes: 6 });
    // Let the relay post the alerts of the reports the walks stored.
    await new Promise((r) => setTimeout(r, 1_500));
  }, 180_000);
  afterAll(async () => {
    await target?.dispose();
  });

  it('when thousands of malformed, oversized and forged requests arrive, then none is answered with a 5xx and the server stays up', async () => {
    expect(run.stats.failures.slice(0, 20)).toEqual([]);
    expect(run.stats.requests).toBeGreaterThanOrEqual(3_000);
    const health = await fetch(`${target.boundary.url}/readyz`);
    expect(health.status).toBe(200);
  });

  it('when hostile text goes through the report forms, then the reports are stored whole (chronology, audit, outbox) and nothing is half-written', async () => {
    await target.stop();
    const facts = checkSqliteInvariants(target.dataDir, { now: new Date() });
    expect(facts.problems).toEqual([]);
    // The walks must really have reached the store, or this test proves nothing.
    expect(run.stats.submitsStored).toBeGreaterThan(0);
    expect(facts.incidents.length).toBeGreaterThanOrEqual(run.stats.submitsStored);
  });

  it('when the scan is shown a typed link or mention rendered as markdown, then it reports it (the scan can fail)', () => {
    const bad = {
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: 'Reporter: [Staff](https://evil.example/)' },
        { type: 'TextBlock', text: 'hi <at>Mallory</at>' },
        { type: 'FactSet', facts: [{ title: 'Link', value: 'https://evil.example/x' }] },
      ],
    };
    const escaped = {
      type: 'AdaptiveCard',
      body: [{ type: 'TextBlock', text: 'Reporter: \\[Staff\\]\\(https:\u200B//evil\\.example/\\)' }],
    };
    expect(scanForRenderedUserText([bad])).toHaveLength(4);
    expect(scanForRenderedUserText([escaped])).toEqual([]);
  });

  it('when anything typed is shown back in a card or message, then it is never a link, an image or a mention', () => {
    const problems = scanForRenderedUserText([...everythingSent(target.connector), ...run.cards]);
    expect(problems.slice(0, 10)).toEqual([]);
    // The scan saw cards with the planted text in them (escaped), not an empty record.
    expect(JSON.stringify(run.cards).includes('evil')).toBe(true);
  });
});
