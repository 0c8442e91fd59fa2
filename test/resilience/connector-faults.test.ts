import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Fault } from '../fakes/fake-connector.js';
import { DSL, SAFEGUARDING_TEAM, type TeamsUser } from '../fakes/teams-client.js';
import { fileReport } from '../security/support/fuzz.js';
import { checkSqliteInvariants } from '../security/support/invariants.js';
import { startTarget, type Target } from '../security/support/target.js';
import { maxInWindow, recordFigures } from './figures.js';

/**
 * The fake Bot Connector fails a share of ALL calls (FAULT_RATE, default 0.3) with 429 + Retry-After, 412, 500,
 * 502, 503, 504 or a hang (a timeout) while staff file reports and the DSL acknowledges them (an in-place card
 * update and a notice to the reporter each). Then it recovers: every alert and every notice must be delivered,
 * nothing dead-lettered, and the relay's pace must stay within Teams' limits, measured from the fake's own clock.
 */
const RATE = Number(process.env.FAULT_RATE ?? '0.3');
const REPORTS = Number(process.env.FAULT_REPORTS ?? '60');
const FAULTS: Fault[] = [
  { status: 429, retryAfterSeconds: 1 },
  { status: 412 },
  { status: 500 },
  { status: 502 },
  { status: 503 },
  { status: 504 },
  { hang: true },
];

const reporter = (i: number): TeamsUser => ({
  id: `29:1fault-${i}`,
  aadObjectId: `dddddddd-0000-4000-8000-${String(i).padStart(12, '0')}`,
  name: `Fault Reporter ${i}`,
  userPrincipalName: `fault.${i}@school.example`,
});

describe('connector failures', () => {
  let target: Target | undefined;
  afterAll(async () => {
    await target?.dispose();
  });

  it(`when ${Math.round(RATE * 100)}% of calls to Teams fail (429/412/5xx/timeouts), then every alert and reporter notice is delivered once it recovers, paced within Teams' limits`, async () => {
    target = await startTarget({
      env: {
        RATE_LIMIT_QUESTIONS_PER_MINUTE: '10000',
        RATE_LIMIT_REPORTS_PER_HOUR: '10000',
        OUTBOX_LEASE_SECONDS: '5',
        LOG_LEVEL: 'warn',
      },
    });
    const t = target;
    const started = Date.now();
    t.connector.failShare(RATE, FAULTS, { seed: 66 });
    const users = Array.from({ length: REPORTS }, (_, i) => reporter(i));
    const refs: string[] = [];
    for (let i = 0; i < users.length; i += 10) {
      const batch = await Promise.all(
        users.slice(i, i + 10).map((u, j) => fileReport(t.client, u, j % 2 ? 'post' : 'friend')),
      );
      for (const b of batch) if (b.reference) refs.push(b.reference);
    }
    expect(refs).toHaveLength(REPORTS);
    // The DSL acknowledges every report while Teams is still failing: a card update and a reporter notice each.
    const db = new SQLite(join(t.dataDir, 'boundary.sqlite'), { readonly: true });
    const incidents = db.prepare('select id, ref from incidents').all() as { id: string; ref: string }[];
    db.close();
    for (const inc of incidents) {
      const ack = await t.client.send(
        t.client.invoke(
          'incident.acknowledge',
          { incidentId: inc.id, ref: inc.ref },
          { user: DSL, where: { threadId: t.client.channelThreadId(SAFEGUARDING_TEAM) } },
        ),
      );
      if (process.env.FAULT_DEBUG) console.log('ack', ack.status, JSON.stringify(ack.body).slice(0, 300));
    }
    await new Promise((r) => setTimeout(r, 5_000));
    const recoverAt = Date.now();
    t.connector.clearFaults();
    let facts = checkSqliteInvariants(t.dataDir);
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && facts.dueUndelivered > 0) {
      await new Promise((r) => setTimeout(r, 250));
      facts = checkSqliteInvariants(t.dataDir);
    }
    const drainedMs = Date.now() - recoverAt;

    const posts = new Map<string, number>();
    const notices = new Map<string, number>();
    for (const s of t.connector.sent) {
      const ref = /SM-\d{4}-\d{4}/.exec(JSON.stringify(s.activity))?.[0];
      if (!ref) continue;
      if (s.kind === 'createConversation' && s.conversationId.startsWith(SAFEGUARDING_TEAM.channelId)) {
        posts.set(ref, (posts.get(ref) ?? 0) + 1);
      }
      if (/has been picked up/.test(String(s.activity.text ?? ''))) {
        notices.set(ref, (notices.get(ref) ?? 0) + 1);
      }
    }
    const relayCalls = t.connector.requests.filter(
      (r) => r.at.getTime() >= started && ['createConversation', 'update', 'send'].includes(r.kind),
    );
    const byConversation = new Map<string, number[]>();
    for (const r of relayCalls) {
      const body = r.body as { channelData?: { channel?: { id?: string } } } | undefined;
      const conv =
        r.kind === 'createConversation' ? (body?.channelData?.channel?.id ?? 'new') : (r.conversationId ?? '?');
      // A new thread is paced by its channel, an update or a notice by its own conversation (a thread is one).
      const key = conv;
      byConversation.set(key, [...(byConversation.get(key) ?? []), r.at.getTime()]);
    }
    if (process.env.FAULT_DEBUG) {
      for (const [k, ts] of byConversation) {
        if (maxInWindow(ts) > 7) {
          const calls = relayCalls.filter((r) => {
            const b = r.body as { channelData?: { channel?: { id?: string } } } | undefined;
            return (r.kind === 'createConversation' ? b?.channelData?.channel?.id : r.conversationId) === k;
          });
          console.log(k, calls.map((c) => `${c.at.getTime() % 100000}:${c.kind}:${c.answered}`).join(' '));
        }
      }
    }
    const overallMax = maxInWindow(relayCalls.map((r) => r.at.getTime()));
    const perConversationMax = Math.max(...[...byConversation.values()].map((ts) => maxInWindow(ts)));
    const faulted = t.connector.requests.filter((r) => r.answered !== 200 && r.answered !== 201);
    const count = (what: number | 'hang') => faulted.filter((r) => r.answered === what).length;
    const duplicates = [...posts.values()].reduce((a, n) => a + n - 1, 0);
    recordFigures('connector', `Connector failures: ${Math.round(RATE * 100)}% of calls failed, then recovery`, [
      ['Reports filed / acknowledged', `${refs.length} / ${incidents.length}`],
      ['Connector calls in all', t.connector.requests.length],
      [
        'Failed calls (429 / 412 / 500 / 502 / 503 / 504 / timeout)',
        `${count(429)} / ${count(412)} / ${count(500)} / ${count(502)} / ${count(503)} / ${count(504)} / ${count('hang')}`,
      ],
      ['Alerts posted (distinct references)', `${posts.size} of ${refs.length}`],
      ['Duplicate alert posts', duplicates],
      ['Reporter notices delivered', `${notices.size} of ${incidents.length}`],
      ['Dead-lettered rows', facts.outbox.dead],
      ['Time from recovery to all delivered (ms)', drainedMs],
      ['Max relay calls in any 1 s, one conversation (limit 7)', perConversationMax],
      ['Max relay calls in any 1 s, overall (limit 50)', overallMax],
    ]);
    expect(facts.dueUndelivered).toBe(0);
    expect(facts.outbox.dead).toBe(0);
    expect([...posts.keys()].sort()).toEqual([...refs].sort());
    expect(notices.size).toBe(incidents.length);
    expect(perConversationMax).toBeLessThanOrEqual(7);
    expect(overallMax).toBeLessThanOrEqual(50);
    expect(faulted.length).toBeGreaterThan(10);
  });
});
