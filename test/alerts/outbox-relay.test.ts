import { Writable } from 'node:stream';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createAlertRenderer } from '../../src/alerts/alert-card.js';
import { ConnectorError } from '../../src/alerts/notifier.js';
import { OutboxRelay, type RelayTuning } from '../../src/alerts/outbox-relay.js';
import { createLogger, silentLogger } from '../../src/log.js';
import type { IncidentService } from '../../src/reports/incident-service.js';
import type { Store } from '../../src/store/open-store.js';
import { dsl, friendRequest, makeService, teacher } from '../reports/service-fixtures.js';
import { forEachDatabase, ManualClock, type TestDatabase } from '../store/factories.js';
import { InMemoryChannelNotifier, maxInWindow } from './in-memory-channel-notifier.js';

const channelRef = {
  serviceUrl: 'https://smba.example/uk/',
  conversation: { id: '19:alerts@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1' },
};
const teacherChat = { serviceUrl: 'https://smba.example/uk/', conversation: { id: 'a:personal-teacher' } };

/** Timers that never fire: for a relay we "kill" by abandoning it. */
const frozenTimers = { setTimeout: () => null, clearTimeout: () => {} };

function captureLogger(): { logger: ReturnType<typeof createLogger>; lines: () => { level: number; msg: string }[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  });
  const logger = createLogger({ level: 'info', destination: stream });
  return {
    logger,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { level: number; msg: string }),
  };
}

forEachDatabase('outbox relay', (factory) => {
  let clock: ManualClock;
  let t: TestDatabase;
  let service: IncidentService;
  let notifier: InMemoryChannelNotifier;

  function makeRelay(
    opts: {
      store?: Store;
      notifier?: InMemoryChannelNotifier;
      tuning?: Partial<RelayTuning>;
      logger?: ReturnType<typeof createLogger>;
      timers?: typeof frozenTimers;
      id?: string;
    } = {},
  ): OutboxRelay {
    const store = opts.store ?? t.store;
    return new OutboxRelay({
      outbox: store.outbox,
      incidents: store.incidents,
      channel: store.settings,
      conversations: store.conversations,
      notifier: opts.notifier ?? notifier,
      renderAlert: createAlertRenderer({ showNames: false }),
      clock,
      logger: opts.logger ?? silentLogger(),
      reminders: {
        firstMinutes: 15,
        secondMinutes: 60,
        mentions: async (level) =>
          level === 1 ? [{ id: 'aad-dsl', name: 'Dana Lead' }] : [{ id: 'aad-deputy', name: 'Dev Deputy' }],
      },
      tuning: { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 60_000, leaseMs: 30_000, ...opts.tuning },
      sleep: async (ms) => clock.advance(ms),
      random: () => 0.5,
      ...(opts.timers ? { timers: opts.timers } : {}),
      ...(opts.id ? { instanceId: opts.id } : {}),
    });
  }

  /** Runs the relay until nothing is due before `until`, jumping the clock to each next due time. */
  async function drain(relay: OutboxRelay, until = clock.now().getTime() + 10 * 60_000): Promise<void> {
    for (let i = 0; i < 500; i++) {
      const n = await relay.runOnce();
      if (n > 0) continue;
      const next = await t.store.db
        .selectFrom('outbox')
        .select('due_at')
        .where('status', 'in', ['pending', 'sending'])
        .orderBy('due_at')
        .executeTakeFirst();
      if (!next) return;
      const due = Math.max(new Date(next.due_at).getTime(), clock.now().getTime() + 1);
      if (due > until) return;
      clock.set(new Date(due));
    }
  }

  beforeEach(async () => {
    clock = new ManualClock();
    t = await factory.create(clock);
    service = makeService(t.store, clock);
    notifier = new InMemoryChannelNotifier(clock);
    await t.store.settings.setAlertChannel(channelRef, dsl.aadObjectId, clock.now());
    await t.store.conversations.save(teacher.aadObjectId, teacherChat, clock.now());
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('when a report is committed, then one alert card is posted to the channel and its activity id is kept', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    await makeRelay().runOnce();
    expect(notifier.posts).toHaveLength(1);
    const card = JSON.stringify(notifier.posts[0]!.card);
    expect(card).toContain('SM-2026-0001');
    expect(card).not.toContain('Jamie Pupil');
    const stored = await t.store.incidents.get(incident.id);
    expect(stored?.alert).toEqual({
      activityId: notifier.posts[0]!.activityId,
      conversationId: notifier.posts[0]!.conversationId,
    });
    expect((await t.store.incidents.events(incident.id)).map((e) => e.type)).toEqual(['reported', 'alert_posted']);
    expect(await t.store.outbox.counts()).toMatchObject({ delivered: 1, dead: 0 });
  });

  it('when the connector answers 429 with Retry-After, then the relay waits at least that long and posts once', async () => {
    await service.submitReport(friendRequest(), null);
    notifier.failNext(2, () => new ConnectorError('Too Many Requests', 429, 20_000));
    const relay = makeRelay();
    const start = clock.now().getTime();
    await relay.runOnce();
    const [row] = await t.store.outbox.listUndelivered();
    expect(row!.dueAt.getTime() - start).toBeGreaterThanOrEqual(20_000);
    await drain(relay);
    expect(notifier.posts).toHaveLength(1);
    expect(notifier.posts[0]!.at.getTime() - start).toBeGreaterThanOrEqual(40_000);
    expect(relay.stats).toMatchObject({ retried: 2, delivered: 1, deadLettered: 0 });
  });

  it('when the connector fails with 412, 500, 502, 503, 504 and a timeout, then the alert still goes out exactly once', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    for (const status of [412, 500, 502, 503]) notifier.failNext(1, () => new ConnectorError(`HTTP ${status}`, status));
    notifier.failNext(1, () => new ConnectorError('no answer', null));
    const relay = makeRelay({ tuning: { maxAttempts: 8 } });
    await drain(relay);
    expect(notifier.posts).toHaveLength(1);
    expect(notifier.calls).toHaveLength(6);
    const types = (await t.store.incidents.events(incident.id)).map((e) => e.type);
    expect(types).toEqual(['reported', 'alert_failed', 'alert_posted']);
  });

  it('when the connector never answers within the delivery timeout, then the attempt counts as a retryable failure', async () => {
    await service.submitReport(friendRequest(), null);
    const release = notifier.holdNext();
    const relay = makeRelay({ tuning: { deliveryTimeoutMs: 20 } });
    await relay.runOnce();
    release();
    expect(relay.stats.retried).toBe(1);
    expect((await t.store.outbox.listUndelivered())[0]).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it('when the connector keeps failing, then the row is dead-lettered after maxAttempts, logged loudly and shown as dead', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    notifier.failNext(100, () => new ConnectorError('Service Unavailable', 503));
    const { logger, lines } = captureLogger();
    const relay = makeRelay({ logger });
    await drain(relay, clock.now().getTime() + 24 * 3600_000);
    expect(notifier.calls).toHaveLength(5);
    expect(await t.store.outbox.counts()).toMatchObject({ dead: 1, pending: 0 });
    const [dead] = await t.store.outbox.listUndelivered();
    expect(dead).toMatchObject({ status: 'dead', ref: 'SM-2026-0001', attempts: 5 });
    expect(
      lines()
        .filter((l) => l.level >= 50)
        .map((l) => l.msg),
    ).toEqual([expect.stringContaining('DEAD LETTER')]);
    expect((await t.store.incidents.events(incident.id)).map((e) => e.type)).toContain('alert_dead_lettered');
  });

  it('when the connector refuses with 403, then the row is dead-lettered at once without retrying', async () => {
    await service.submitReport(friendRequest(), null);
    notifier.failNext(1, () => new ConnectorError('Forbidden', 403));
    await drain(makeRelay());
    expect(notifier.calls).toHaveLength(1);
    expect(await t.store.outbox.counts()).toMatchObject({ dead: 1 });
  });

  it('when no alert channel is set up, then alerts wait without using attempts, and go out once it is set', async () => {
    await t.store.db.deleteFrom('settings').execute();
    await service.submitReport(friendRequest(), null);
    const relay = makeRelay();
    // Several no-channel rechecks (5 s apart), each taking no attempt.
    await drain(relay, clock.now().getTime() + 60_000);
    expect(notifier.calls).toHaveLength(0);
    expect(await t.store.outbox.listUndelivered()).toMatchObject([{ status: 'pending', attempts: 0 }]);
    expect(relay.stats.waitingForChannel).toBeGreaterThan(0);
    await t.store.settings.setAlertChannel(channelRef, dsl.aadObjectId, clock.now());
    await drain(relay);
    expect(notifier.posts).toHaveLength(1);
  });

  it('when a lead acknowledges and closes, then the same card is updated in place and the reporter is told without the rationale', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    const relay = makeRelay();
    await relay.runOnce();
    await service.acknowledge(dsl, incident.id);
    await drain(relay, clock.now().getTime() + 60_000);
    await service.close(dsl, incident.id, 'resolved_in_school', 'SECRET-RATIONALE spoke to parents');
    await drain(relay, clock.now().getTime() + 60_000);
    expect(notifier.posts).toHaveLength(1);
    expect(notifier.updates.map((u) => u.activityId)).toEqual([
      notifier.posts[0]!.activityId,
      notifier.posts[0]!.activityId,
    ]);
    expect(notifier.updates[0]!.conversation.conversation.id).toBe(notifier.posts[0]!.conversationId);
    expect(JSON.stringify(notifier.updates[1]!.card)).toContain('Closed');
    expect(notifier.sent.map((s) => s.text)).toEqual([
      expect.stringContaining('picked up'),
      expect.stringContaining('has been closed'),
    ]);
    expect(JSON.stringify(notifier.sent)).not.toContain('SECRET-RATIONALE');
    expect(notifier.sent[0]!.user).toEqual(teacherChat);
    const types = (await t.store.incidents.events(incident.id)).map((e) => e.type);
    expect(types.filter((x) => x === 'reporter_informed')).toHaveLength(2);
  });

  it('when an acknowledgement notice is still queued when the case is closed, then only the closing notice is sent', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    await service.acknowledge(dsl, incident.id);
    await service.close(dsl, incident.id, 'no_further_action', 'Nothing to do');
    await drain(makeRelay());
    expect(notifier.sent.map((s) => s.text)).toEqual([expect.stringContaining('has been closed')]);
  });

  it('when the reporter has never chatted with the bot, then their notice is dead-lettered where status shows it', async () => {
    await t.store.db.deleteFrom('conversation_refs').execute();
    const { incident } = await service.submitReport(friendRequest(), null);
    await service.acknowledge(dsl, incident.id);
    await drain(makeRelay());
    const dead = (await t.store.outbox.listUndelivered()).filter((r) => r.status === 'dead');
    expect(dead.map((d) => d.kind)).toEqual(['reporter.notify']);
  });

  it('when a card update is due before the alert was posted, then it is skipped and the post shows the latest state', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    await service.acknowledge(dsl, incident.id);
    await drain(makeRelay());
    expect(notifier.posts).toHaveLength(1);
    expect(JSON.stringify(notifier.posts[0]!.card)).toContain('Acknowledged');
    // Rows due at the same moment may go in either order; an update that comes first is skipped.
    for (const u of notifier.updates) expect(JSON.stringify(u.card)).toContain('Acknowledged');
  });

  it('when many messages go to one conversation, then they stay inside Teams limits (7 a second, 8 in 2 seconds)', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    const relay = makeRelay({ tuning: { batchSize: 50 } });
    await relay.runOnce();
    for (let i = 0; i < 20; i++) await service.addNote(dsl, incident.id, `note ${i}`);
    await drain(relay, clock.now().getTime() + 60_000);
    expect(notifier.updates).toHaveLength(20);
    const sends = [...notifier.posts.map((p) => p.at), ...notifier.updates.map((u) => u.at)];
    expect(maxInWindow(sends)).toBeLessThanOrEqual(7);
    expect(maxInWindow(sends, 2000)).toBeLessThanOrEqual(8);
  });

  it('when messages go to many conversations, then no more than 50 go in any second overall', async () => {
    const relay = makeRelay({ tuning: { batchSize: 200 } });
    const drafts = Array.from({ length: 120 }, (_, i) => ({
      id: `n-${i}`,
      payload: { kind: 'reporter.notify' as const, incidentId: 'x', reporterId: `u${i}`, about: 'closed' as const },
      conversationKey: `user:u${i}`,
      dueAt: clock.now(),
    }));
    const { incident } = await service.submitReport(friendRequest(), null);
    for (const d of drafts) {
      d.payload.incidentId = incident.id;
      await t.store.conversations.save(d.payload.reporterId, teacherChat, clock.now());
    }
    await t.store.outbox.enqueue(drafts, clock.now());
    await drain(relay, clock.now().getTime() + 60_000);
    expect(notifier.sent).toHaveLength(120);
    expect(maxInWindow(notifier.sent.map((s) => s.at))).toBeLessThanOrEqual(50);
    expect(maxInWindow(notifier.sent.map((s) => s.at))).toBeGreaterThanOrEqual(40);
  });

  it('when an alert stays unacknowledged, then it is re-posted with @mentions of the leads, and later of the deputies', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    const relay = makeRelay();
    await relay.runOnce();
    const posted = clock.now().getTime();
    clock.advance(14 * 60_000);
    await relay.runOnce();
    expect(notifier.posts).toHaveLength(1);
    await drain(relay, posted + 61 * 60_000);
    expect(notifier.posts.map((p) => p.mentions.map((m) => m.name))).toEqual([[], ['Dana Lead'], ['Dev Deputy']]);
    expect(notifier.posts[1]!.at.getTime() - posted).toBe(15 * 60_000);
    expect(notifier.posts[2]!.at.getTime() - posted).toBe(60 * 60_000);
    expect(JSON.stringify(notifier.posts[1]!.card)).toContain('Reminder');
    const reminders = (await t.store.incidents.events(incident.id)).filter((e) => e.type === 'reminder_sent');
    expect(reminders.map((e) => e.data.level)).toEqual([1, 2]);
  });

  it('when the alert is acknowledged before the reminder is due, then no reminder is posted', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    const relay = makeRelay();
    await relay.runOnce();
    clock.advance(5 * 60_000);
    await service.acknowledge(dsl, incident.id);
    await drain(relay, clock.now().getTime() + 2 * 3600_000);
    expect(notifier.posts).toHaveLength(1);
    expect(await t.store.outbox.counts()).toMatchObject({ pending: 0, dead: 0 });
  });

  it('when a relay dies after Teams accepted the post but before recording it, then another relay delivers after the lease, and the possible duplicate is counted', async () => {
    const { incident } = await service.submitReport(friendRequest(), null);
    const dyingNotifier = new InMemoryChannelNotifier(clock);
    dyingNotifier.acceptThenHang();
    const dying = makeRelay({ store: t.store, notifier: dyingNotifier, timers: frozenTimers, id: 'relay-dies' });
    void dying.runOnce();
    for (let i = 0; i < 50 && dyingNotifier.posts.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(dyingNotifier.posts).toHaveLength(1);

    const survivor = makeRelay({ store: await t.reopen(), id: 'relay-survives' });
    expect(await survivor.runOnce()).toBe(0);
    clock.advance(31_000);
    await survivor.runOnce();
    expect(notifier.posts).toHaveLength(1);
    expect((await t.store.incidents.get(incident.id))?.alert?.activityId).toBe(notifier.posts[0]!.activityId);
    const duplicates = dyingNotifier.posts.length + notifier.posts.length - 1;
    console.log(
      `relay killed mid-delivery (${factory.name}): ${duplicates} duplicate post(s), ${survivor.stats.resumedInFlight} flagged`,
    );
    expect(duplicates).toBe(1);
    expect(survivor.stats.resumedInFlight).toBe(duplicates);
  });

  it('when a relay dies after claiming but before sending, then another relay delivers after the lease with no duplicate', async () => {
    await service.submitReport(friendRequest(), null);
    await t.store.outbox.claimDue('relay-crashed', clock.now(), 30_000, 10);
    const survivor = makeRelay();
    expect(await survivor.runOnce()).toBe(0);
    clock.advance(31_000);
    await survivor.runOnce();
    expect(notifier.posts).toHaveLength(1);
    expect(survivor.stats.resumedInFlight).toBe(0);
  });

  it('when stop() is called mid-delivery, then the delivery finishes and no row stays claimed', async () => {
    for (let i = 0; i < 3; i++) await service.submitReport(friendRequest(), null);
    const release = notifier.holdNext();
    const relay = makeRelay({ store: t.store, tuning: { pollMs: 5 } });
    relay.start();
    for (let i = 0; i < 100 && notifier.calls.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    const stopped = relay.stop();
    release();
    await stopped;
    expect(notifier.posts).toHaveLength(1);
    const claimed = await t.store.db.selectFrom('outbox').select('id').where('claimed_by', 'is not', null).execute();
    expect(claimed).toHaveLength(0);
    // The two other alerts plus the two reminders the delivered alert scheduled.
    expect(await t.store.outbox.counts()).toMatchObject({ delivered: 1, pending: 4, sending: 0 });
  });

  it('when two relays run at once, then every alert is posted exactly once', async () => {
    for (let i = 0; i < 25; i++) await service.submitReport(friendRequest(), null);
    const other = factory.name === 'postgres' ? await t.reopen() : t.store;
    const a = makeRelay({ store: t.store, id: 'relay-a', tuning: { batchSize: 5 } });
    const b = makeRelay({ store: other, id: 'relay-b', tuning: { batchSize: 5 } });
    const run = async (r: OutboxRelay) => {
      for (let i = 0; i < 20; i++) await r.runOnce();
    };
    await Promise.all([run(a), run(b)]);
    const posted = notifier.posts.map((p) => JSON.stringify(p.card).match(/SM-2026-\d{4}/)![0]);
    expect(posted).toHaveLength(25);
    expect(new Set(posted).size).toBe(25);
    if (factory.name === 'postgres') expect(a.stats.delivered).toBeGreaterThan(0);
    if (factory.name === 'postgres') expect(b.stats.delivered).toBeGreaterThan(0);
  });
});
