import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { silentLogger } from '../../src/log.js';
import { loadPolicyFile } from '../../src/policy/index.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { ManualClock } from '../store/factories.js';
import { captureIo } from './capture-io.js';

const POLICY = 'policies/example-social-media-policy.md';

const io = captureIo;

describe('boundary feedback', () => {
  let dir: string;
  let store: Store;
  let clock: ManualClock;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'boundary-feedback-'));
    clock = new ManualClock(new Date('2026-11-02T09:00:00Z').getTime());
    store = await openStore({ dataDir: dir, logger: silentLogger(), clock });
    const engine = await loadPolicyFile(POLICY);
    const ask = (q: string) => engine.answer(q);
    for (const [question, helpful, day] of [
      ['Can I accept a friend request from a pupil?', true, '2026-11-02'],
      ['can i add a parent on fb', false, '2026-11-10'],
      ['can i add a mum from my class on facebook', false, '2026-11-20'],
    ] as const) {
      const a = ask(question);
      await store.feedback.add({
        at: new Date(`${day}T10:00:00Z`),
        userId: 'aad-secret-user-id',
        question,
        verdict: a.verdict,
        clauseIds: a.citations.map((c) => c.clauseId).filter((id): id is string => Boolean(id)),
        helpful,
        ...(helpful ? {} : { comment: 'Not clear\nwhat I should do' }),
      });
    }
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('when the policy owner lists feedback, then it shows the summary, the clauses by section and no user ids', async () => {
    const c = io();
    expect(await runCli(['feedback', '--data-dir', dir, '--policy', POLICY], c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(c.out[0]).toBe('3 answer(s) rated: 1 helpful, 2 not helpful.');
    expect(text).toContain('Clauses quoted first in answers that did not help:');
    expect(text).toMatch(/ {2}2 × \S+ "/);
    expect(text).toContain('can i add a mum from my class on facebook');
    // A comment typed over two lines stays on one line of the listing.
    expect(text).toContain('(comment: Not clear what I should do)');
    expect(text).not.toContain('aad-secret-user-id');
    expect(text).not.toMatch(/\bc\d+-[0-9a-f]{8}\b/);
  });

  it('when --since is given, then only feedback from that day on is listed; --json gives the same as data', async () => {
    const c = io();
    expect(
      await runCli(['feedback', '--data-dir', dir, '--policy', POLICY, '--since', '2026-11-10', '--json'], c.io),
    ).toBe(0);
    const json = JSON.parse(c.out[0]!) as { total: number; notHelpful: number; entries: { question: string }[] };
    expect(json.total).toBe(2);
    expect(json.notHelpful).toBe(2);
    expect(json.entries.map((e) => e.question)).toEqual([
      'can i add a parent on fb',
      'can i add a mum from my class on facebook',
    ]);
    expect(c.out[0]).not.toContain('aad-secret-user-id');
  });

  it('when --since is not a date, then it is a usage error and nothing is listed', async () => {
    const c = io();
    expect(await runCli(['feedback', '--data-dir', dir, '--since', 'last week'], c.io)).toBe(2);
    expect(c.err[0]).toContain('--since last week is not a date');
    expect(c.out).toEqual([]);
  });

  it('when the policy cannot be read, then clauses are shown by their ids and the listing still works', async () => {
    const c = io();
    expect(await runCli(['feedback', '--data-dir', dir, '--policy', join(dir, 'missing.md')], c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/\bc\d+-[0-9a-f]{8}\b/);
  });
});
