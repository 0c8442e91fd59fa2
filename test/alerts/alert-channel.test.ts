import { afterEach, beforeEach, expect, it } from 'vitest';
import { AlertChannelSetup } from '../../src/alerts/alert-channel.js';
import { ALERT_CHANNEL_KEY, type OutboxPayload, userConversationKey } from '../../src/outbox/messages.js';
import { ConfiguredLeadDirectory } from '../../src/reports/lead-directory.js';
import { dsl, teacher } from '../reports/service-fixtures.js';
import { forEachDatabase, ManualClock, type TestDatabase } from '../store/factories.js';

const thread = {
  serviceUrl: 'https://smba.example/uk/',
  conversation: { id: '19:alerts@thread.tacv2;messageid=1699', conversationType: 'channel', tenantId: 't' },
};

forEachDatabase('alert channel setup', (factory) => {
  let clock: ManualClock;
  let t: TestDatabase;
  let setup: AlertChannelSetup;
  beforeEach(async () => {
    clock = new ManualClock();
    t = await factory.create(clock);
    setup = new AlertChannelSetup({
      settings: t.store.settings,
      audit: t.store.audit,
      leads: new ConfiguredLeadDirectory([dsl.aadObjectId]),
      clock,
      outbox: t.store.outbox,
    });
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('when a lead sets the channel from a thread, then the channel itself is stored and the change audited', async () => {
    expect(await t.store.settings.getAlertChannel()).toBeNull();
    expect(await setup.setAlertChannel(dsl, thread)).toEqual({ kind: 'ok', replaced: false });
    expect((await t.store.settings.getAlertChannel())?.reference.conversation.id).toBe('19:alerts@thread.tacv2');
    expect((await t.store.audit.list()).map((a) => a.action)).toEqual(['alerts.channel_set']);
  });

  it('when someone who is not a lead tries, then nothing changes and the attempt is audited', async () => {
    expect(await setup.setAlertChannel(teacher, thread)).toEqual({ kind: 'not_allowed' });
    expect(await t.store.settings.getAlertChannel()).toBeNull();
    expect(await t.store.audit.list()).toMatchObject([
      { action: 'alerts.channel_refused', actor: { aadObjectId: teacher.aadObjectId } },
    ]);
  });

  it('when a lead sets the channel, then alerts put off for the missing channel are due at once, and reminders, rows Teams failed and other conversations keep their times', async () => {
    const later = new Date(clock.now().getTime() + 30_000);
    const inTenMinutes = new Date(clock.now().getTime() + 600_000);
    const rows: { id: string; payload: OutboxPayload; key: string; dueAt: Date }[] = [
      { id: 'post', payload: { kind: 'alert.post', incidentId: 'i1' }, key: ALERT_CHANNEL_KEY, dueAt: later },
      { id: 'update', payload: { kind: 'alert.update', incidentId: 'i1' }, key: ALERT_CHANNEL_KEY, dueAt: later },
      {
        id: 'reminder',
        payload: { kind: 'alert.reminder', incidentId: 'i1', level: 1 },
        key: ALERT_CHANNEL_KEY,
        dueAt: inTenMinutes,
      },
      { id: 'failed', payload: { kind: 'alert.post', incidentId: 'i2' }, key: ALERT_CHANNEL_KEY, dueAt: later },
      {
        id: 'reporter',
        payload: { kind: 'reporter.notify', incidentId: 'i1', reporterId: 'u', about: 'closed' },
        key: userConversationKey('u'),
        dueAt: later,
      },
    ];
    await t.store.outbox.enqueue(
      rows.map((r) => ({ id: r.id, payload: r.payload, conversationKey: r.key, dueAt: r.dueAt })),
      clock.now(),
    );
    // 'failed' was tried once and is backing off: Teams, not the missing channel, is why it waits.
    for (const r of await t.store.outbox.claimDue('relay', later, 60_000, 10)) {
      if (r.id === 'failed') {
        await t.store.outbox.markSending(r.id, 'relay', later, 60_000);
        await t.store.outbox.retryLater(r.id, 'relay', later, '502: bad gateway');
      } else {
        await t.store.outbox.release(r.id, 'relay', null);
      }
    }

    await setup.setAlertChannel(dsl, thread);

    const dueAt = async (id: string) => (await t.store.outbox.get(id))?.dueAt.toISOString();
    expect(await dueAt('post')).toBe(clock.now().toISOString());
    expect(await dueAt('update')).toBe(clock.now().toISOString());
    expect(await dueAt('reminder')).toBe(inTenMinutes.toISOString());
    expect(await dueAt('failed')).toBe(later.toISOString());
    expect(await dueAt('reporter')).toBe(later.toISOString());
  });
});
