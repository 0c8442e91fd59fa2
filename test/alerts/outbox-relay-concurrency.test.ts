import { afterEach, beforeEach, expect, it } from 'vitest';
import { createAlertRenderer } from '../../src/alerts/alert-card.js';
import { ConnectorError } from '../../src/alerts/notifier.js';
import { OutboxRelay, type RelayTuning } from '../../src/alerts/outbox-relay.js';
import type { Sleep } from '../../src/alerts/pacer.js';
import { silentLogger } from '../../src/log.js';
import { type OutboxDraft, userConversationKey } from '../../src/outbox/messages.js';
import type { IncidentService } from '../../src/reports/incident-service.js';
import { dsl, friendRequest, makeService, otherTeacher, teacher } from '../reports/service-fixtures.js';
import { forEachDatabase, ManualClock, type TestDatabase } from '../store/factories.js';
import { InMemoryChannelNotifier, maxInWindow } from './in-memory-channel-notifier.js';

const channelRef = {
  serviceUrl: 'https://smba.example/uk/',
  conversation: { id: '19:alerts@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1' },
};
const chatOf = (userId: string) => ({
  serviceUrl: 'https://smba.example/uk/',
  conversation: { id: `a:personal-${userId}` },
});

/** Polls (real time) until `done()` holds; fails the test with `what` if it does not within `ms`. */
async function until(done: () => boolean | Promise<boolean>, what: string, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

forEachDatabase('outbox relay, concurrent deliveries', (factory) => {
  let clock: ManualClock;
  let t: TestDatabase;
  let service: IncidentService;
  let notifier: InMemoryChannelNotifier;
  const relays: OutboxRelay[] = [];

  /**
   * Pacing sleeps move the manual clock to the sleeper's wake-up time, never backwards: concurrent sleepers
   * wake no earlier than they asked (a real timer may be late, never early), and sends that need no wait all
   * happen at the same instant, the tightest bunching the pacer can meet.
   */
  const virtualSleep: Sleep = async (ms) => {
    const wakeAt = clock.now().getTime() + ms;
    await Promise.resolve();
    if (clock.now().getTime() < wakeAt) clock.set(new Date(wakeAt));
  };

  function makeRelay(opts: { tuning?: Partial<RelayTuning>; sleep?: Sleep | 'real' } = {}): OutboxRelay {
    const relay = new OutboxRelay({
      outbox: t.store.outbox,
      incidents: t.store.incidents,
      channel: t.store.settings,
      conversations: t.store.conversations,
      notifier,
      renderAlert: createAlertRenderer({ showNames: false }),
      clock,
      logger: silentLogger(),
      reminders: { firstMinutes: 15, secondMinutes: 60 },
      tuning: { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 60_000, leaseMs: 30_000, pollMs: 5, ...opts.tuning },
      ...(opts.sleep === 'real' ? {} : { sleep: opts.sleep ?? virtualSleep }),
      random: () => 0.5,
    });
    relays.push(relay);
    return relay;
  }

  async function claimedRows(): Promise<number> {
    const rows = await t.store.db.selectFrom('outbox').select('id').where('claimed_by', 'is not', null).execute();
    return rows.length;
  }

  /** `n` notices to one person's chat, all due now. */
  async function notices(userId: string, incidentId: string, n: number, prefix = userId): Promise<void> {
    await t.store.conversations.save(userId, chatOf(userId), clock.now());
    const drafts: OutboxDraft[] = Array.from({ length: n }, (_, i) => ({
      id: `${prefix}-${i}`,
      payload: { kind: 'reporter.notify', incidentId, reporterId: userId, about: 'closed' },
      conversationKey: userConversationKey(userId),
      dueAt: clock.now(),
    }));
    await t.store.outbox.enqueue(drafts, clock.now());
  }

  beforeEach(async () => {
    clock = new ManualClock();
    t = await factory.create(clock);
    service = makeService(t.store, clock);
    notifier = new InMemoryChannelNotifier(clock);
    await t.store.settings.setAlertChannel(channelRef, dsl.aadObjectId, clock.now());
    await t.store.conversations.save(teacher.aadObjectId, chatOf(teacher.aadObjectId), clock.now());
    await t.store.conversations.save(otherTeacher.aadObjectId, chatOf(otherTeacher.aadObjectId), clock.now());
  });
  afterEach(async () => {
    notifier.releaseAll();
    for (const r of relays.splice(0)) await r.stop();
    await t.cleanup();
  });

  it("when a call to one reporter's chat hangs, then a new alert is still posted to the channel and the hung notice goes out once answered", async () => {
    const first = await service.submitReport(friendRequest(), null);
    const relay = makeRelay();
    await relay.runOnce();
    await service.acknowledge(dsl, first.incident.id);
    const release = notifier.hold((call) => call === 'send');
    relay.start();
    await until(() => notifier.held === 1, 'the notice to the reporter to hang');

    const second = await service.submitReport(friendRequest({ reporter: otherTeacher, summary: 'Second' }), null);
    relay.wake();
    await until(() => notifier.posts.length === 2, 'the second alert to be posted');
    expect(JSON.stringify(notifier.posts[1]!.card)).toContain(second.incident.ref);
    // The notice is still hanging: the alert did not wait for it.
    expect(notifier.held).toBe(1);
    expect(notifier.sent).toHaveLength(0);

    release();
    await until(() => notifier.sent.length === 1, 'the hung notice to be answered');
    await relay.stop();
    expect(notifier.sent[0]!.text).toContain('picked up');
    expect(await claimedRows()).toBe(0);
    expect(await t.store.outbox.counts()).toMatchObject({ sending: 0, dead: 0 });
    expect(relay.stats.retried).toBe(0);
  });

  it('when a post to the channel hangs, then reporter notices still go out, and the channel waits its turn', async () => {
    const first = await service.submitReport(friendRequest(), null);
    const relay = makeRelay();
    await relay.runOnce();
    await service.acknowledge(dsl, first.incident.id);
    await service.submitReport(friendRequest({ reporter: otherTeacher, summary: 'Second' }), null);
    const release = notifier.hold((call, to) => call === 'post' && to === channelRef.conversation.id);
    relay.start();
    await until(() => notifier.held === 1, 'the second alert post to hang');
    await until(() => notifier.sent.length === 1, "the first reporter's notice");
    expect(notifier.sent[0]!.user.conversation.id).toBe(`a:personal-${teacher.aadObjectId}`);
    // The channel is one conversation: the first alert's card update waits behind the hung post.
    expect(notifier.updates).toHaveLength(0);
    expect(notifier.posts).toHaveLength(1);

    release();
    await until(() => notifier.updates.length === 1, 'the card update after the post');
    await relay.stop();
    expect(notifier.posts).toHaveLength(2);
    expect(await claimedRows()).toBe(0);
  });

  it('when an older incident has card updates due and a new alert arrives, then the new alert is posted first', async () => {
    const first = await service.submitReport(friendRequest(), null);
    const relay = makeRelay({ tuning: { concurrency: 1 } });
    await relay.runOnce();
    for (let i = 0; i < 4; i++) await service.addNote(dsl, first.incident.id, `note ${i}`);
    clock.advance(1_000);
    const second = await service.submitReport(friendRequest({ summary: 'Second' }), null);
    await relay.runOnce();
    const channelCalls = notifier.calls.filter((c) => c.to.startsWith(channelRef.conversation.id)).slice(1);
    expect(channelCalls.map((c) => c.call)).toEqual(['post', 'update', 'update', 'update', 'update']);
    expect(JSON.stringify(notifier.posts[1]!.card)).toContain(second.incident.ref);
  });

  it("when an alert is acknowledged before its post has gone, then the post still comes before that incident's update", async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    await service.acknowledge(dsl, incident.id);
    await service.addNote(dsl, incident.id, 'a note');
    await makeRelay().runOnce();
    const channelCalls = notifier.calls.filter((c) => c.to.startsWith(channelRef.conversation.id));
    expect(channelCalls[0]!.call).toBe('post');
    expect(JSON.stringify(notifier.posts[0]!.card)).toContain('Acknowledged');
  });

  it("when many conversations are served at once, then each stays within Teams' windows (7 a second, 8 in 2 seconds) and all within 50 a second", async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    const relay = makeRelay({ tuning: { concurrency: 8, batchSize: 1_000 } });
    await relay.runOnce();
    for (let i = 0; i < 20; i++) await service.addNote(dsl, incident.id, `note ${i}`);
    for (let u = 0; u < 12; u++) await notices(`u${u}`, incident.id, 12);
    const start = clock.now().getTime();
    await relay.runOnce();
    expect(notifier.updates).toHaveLength(20);
    expect(notifier.sent).toHaveLength(144);
    const byConversation = new Map<string, Date[]>();
    for (const c of notifier.calls) {
      const key = c.to.split(';')[0]!;
      byConversation.set(key, [...(byConversation.get(key) ?? []), c.at]);
    }
    expect(byConversation.size).toBe(13);
    for (const [, times] of byConversation) {
      expect(maxInWindow(times)).toBeLessThanOrEqual(7);
      expect(maxInWindow(times, 2000)).toBeLessThanOrEqual(8);
    }
    const all = notifier.calls.map((c) => c.at);
    expect(maxInWindow(all)).toBeLessThanOrEqual(50);
    // More than one conversation's worth in a second, so the app-wide window was really in play.
    expect(maxInWindow(all)).toBeGreaterThan(7);
    const elapsed = clock.now().getTime() - start;
    console.log(
      `pacing under concurrency (${factory.name}): ${all.length} calls to 13 conversations in ${elapsed} ms of clock time`,
    );
  });

  it('when a conversation answers 429 with Retry-After, then its next message waits that long while other conversations carry on', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    const relay = makeRelay();
    await relay.runOnce();
    await notices('slow', incident.id, 2);
    await notices('fine', incident.id, 2);
    notifier.failNext(
      1,
      () => new ConnectorError('Too Many Requests', 429, 10_000),
      (_call, to) => to === 'a:personal-slow',
    );
    const t0 = clock.now().getTime();
    await relay.runOnce();
    const to = (who: string) => notifier.sent.filter((s) => s.user.conversation.id === `a:personal-${who}`);
    expect(to('fine')).toHaveLength(2);
    const slow = to('slow');
    expect(slow.length).toBeGreaterThanOrEqual(1);
    // Both of that chat's messages wait: the one that was refused, and the next one that was already due.
    for (const s of slow) expect(s.at.getTime() - t0).toBeGreaterThanOrEqual(10_000);
    await makeRelay().runOnce();
    expect(to('slow')).toHaveLength(2);
  });

  it('when stop() is called during concurrent deliveries, then calls already made finish, waiting rows are given back uncounted, and nothing stays claimed', async () => {
    await service.submitReport(friendRequest(), null);
    clock.advance(1);
    // The notices are about the second report, so the first alert's card has nothing new to show after its post.
    const { incident } = await service.submitReport(friendRequest({ summary: 'Second' }), null);
    await notices('a', incident.id, 3);
    await notices('b', incident.id, 3);
    const release = notifier.hold((call) => call === 'post');
    // Real sleeps with the manual clock standing still: a second message to one chat waits in the pacer for ever.
    const relay = makeRelay({ sleep: 'real' });
    relay.start();
    await until(() => notifier.held === 1, 'the first alert post to hang');
    await until(() => notifier.sent.length === 2, 'the first notice to each person');
    await new Promise((r) => setTimeout(r, 30));
    const stopped = relay.stop();
    await new Promise((r) => setTimeout(r, 30));
    release();
    await stopped;

    expect(notifier.posts).toHaveLength(1);
    expect(notifier.sent).toHaveLength(2);
    expect(await claimedRows()).toBe(0);
    const rows = await t.store.db.selectFrom('outbox').select(['kind', 'status', 'attempts']).execute();
    expect(rows.filter((r) => r.status === 'sending')).toHaveLength(0);
    // The four notices left and the second alert were never sent: no attempt counted.
    const waiting = rows.filter((r) => r.status === 'pending' && r.kind !== 'alert.reminder');
    expect(waiting).toHaveLength(5);
    for (const r of waiting) expect(Number(r.attempts)).toBe(0);
    expect(relay.stats.delivered).toBe(3);
  });

  it('when due rows are claimed one per conversation, then busy conversations are skipped and no row is claimed twice', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    await notices('a', incident.id, 3);
    await notices('b', incident.id, 3);
    const now = clock.now();
    const one = await t.store.outbox.claimDue('r1', now, 30_000, 10, { onePerConversation: true });
    expect(one.map((r) => r.conversationKey).sort()).toEqual(['channel', 'user:a', 'user:b']);
    expect(one.find((r) => r.conversationKey === 'user:a')!.id).toBe('a-0');
    const other = factory.name === 'postgres' ? await t.reopen() : t.store;
    const [x, y] = await Promise.all([
      t.store.outbox.claimDue('r1', now, 30_000, 10, { onePerConversation: true, skipConversations: ['user:b'] }),
      other.outbox.claimDue('r2', now, 30_000, 10, { onePerConversation: true }),
    ]);
    const ids = [...one, ...x, ...y].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of x) expect(r.conversationKey).not.toBe('user:b');
    for (const batch of [x, y]) {
      const keys = batch.map((r) => r.conversationKey);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
