import { afterEach, beforeEach, expect, it } from 'vitest';
import { AlertChannelSetup } from '../../src/alerts/alert-channel.js';
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
});
