import { afterEach, expect, it } from 'vitest';
import type { Clock } from '../../src/clock.js';
import type { Env } from '../../src/config.js';
import { DSL, SAFEGUARDING_TEAM, STAFF, type TeamsUser } from '../fakes/teams-client.js';
import { forEachDatabase, type TestDatabase } from '../store/factories.js';
import {
  type AlertsBot,
  DEPUTY,
  friendRequestReport,
  pressOnAlert,
  rosterOf,
  setAlertsChannel,
  startAlertsBot,
  stopAlertsScenario,
  waitForAlert,
  waitForOutboxDrained,
} from '../support/alerts.js';

const OUTSIDER: TeamsUser = {
  id: '29:1outsider-pat',
  aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000009',
  name: 'Pat Outsider',
  userPrincipalName: 'pat@school.example',
};

/** Real time plus an offset the test moves, so the relay's reminders fall due without waiting minutes. */
class ShiftedClock implements Clock {
  offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

forEachDatabase('who the leads are, and reminders', (factory) => {
  let db: TestDatabase;
  let bot: AlertsBot;
  afterEach(() => stopAlertsScenario({ db, bot }));

  async function start(env: Env, clock: Clock = { now: () => new Date() }) {
    db = await factory.create(clock);
    bot = await startAlertsBot(db, { env, clock, deps: { rosterCacheMs: 0 } });
    bot.connector.setDefaultMembers(rosterOf([DSL, DEPUTY, STAFF, OUTSIDER]));
    bot.connector.setMembers(SAFEGUARDING_TEAM.teamId, rosterOf([DSL, STAFF]));
  }

  it('when team members count as leads, then a member of the alert team may act, someone outside it may not, and a roster failure refuses', async () => {
    await start({ SAFEGUARDING_LEADS: DSL.aadObjectId, SAFEGUARDING_TEAM_MEMBERS_ARE_LEADS: 'true' });
    await setAlertsChannel(bot);
    const { incident } = await bot.service.submitReport(friendRequestReport(DEPUTY), 'lead-1');
    const alert = await waitForAlert(bot, incident);
    await waitForOutboxDrained(db.store);

    // Teams is down for the roster read: botframework-connector tries four times, then gives up. Retry-After: 0
    // lets it try again at once; without it the connector waits its own backoff (about 7 s of real time).
    bot.connector.scriptFaults(
      Array.from({ length: 4 }, () => ({ status: 503 as const, retryAfterSeconds: 0 })),
      (c) => c.kind === 'pagedMembers',
    );
    const duringOutage = await pressOnAlert(bot, alert, 'Acknowledge', {}, STAFF);
    expect(duringOutage.message).toMatch(/Only the safeguarding team can act/);
    const refused = bot.connector.requests.filter((r) => r.kind === 'pagedMembers' && r.answered === 503);
    expect(refused).toHaveLength(4);
    bot.connector.clearFaults();

    const outsider = await pressOnAlert(bot, alert, 'Acknowledge', {}, OUTSIDER);
    expect(outsider.message).toMatch(/Only the safeguarding team can act/);
    const member = await pressOnAlert(bot, alert, 'Acknowledge', {}, STAFF);
    expect(member.card).toBeDefined();
    expect((await db.store.incidents.get(incident.id))?.status).toBe('acknowledged');
  });

  it('when team members do not count, then a member of the alert team who is not listed is refused', async () => {
    await start({ SAFEGUARDING_LEADS: DSL.aadObjectId });
    await setAlertsChannel(bot);
    const { incident } = await bot.service.submitReport(friendRequestReport(DEPUTY), 'lead-2');
    const alert = await waitForAlert(bot, incident);
    const res = await pressOnAlert(bot, alert, 'Assign to me', {}, STAFF);
    expect(res.message).toMatch(/Only the safeguarding team can act/);
  });

  it('when an alert is not acknowledged, then it is re-posted with an @mention of the DSL, and later of the deputies too, named as Teams names them', async () => {
    const clock = new ShiftedClock();
    await start(
      {
        SAFEGUARDING_LEADS: `${DSL.aadObjectId},${DEPUTY.userPrincipalName}`,
        ALERT_REMINDER_MINUTES: '15',
        ALERT_SECOND_REMINDER_MINUTES: '60',
      },
      clock,
    );
    bot.connector.setMembers(SAFEGUARDING_TEAM.teamId, rosterOf([DSL, DEPUTY, STAFF]));
    await setAlertsChannel(bot);
    const { incident } = await bot.service.submitReport(friendRequestReport(STAFF), 'remind-1');
    await waitForAlert(bot, incident);
    const reminders = () =>
      bot.connector.sent.filter(
        (s) => s.kind === 'createConversation' && /reminder/i.test(String(s.activity.text ?? '')),
      );

    // The post is recorded (and its reminders scheduled) just after Teams answers: wait for that before moving time.
    await waitForOutboxDrained(db.store);
    expect((await db.store.outbox.listUndelivered(10)).filter((r) => r.kind === 'alert.reminder')).toHaveLength(2);
    clock.offsetMs = 16 * 60_000;
    await bot.connector.waitForActivity((s) => reminders().includes(s), 5_000);
    const first = reminders()[0]!.activity as { text: string; entities: { mentioned: { id: string; name: string } }[] };
    expect(first.text).toContain(`Reminder: ${incident.ref} has not been acknowledged yet.`);
    expect(first.text).toContain(`<at>${DSL.name}</at>`);
    expect(first.entities.map((e) => e.mentioned)).toEqual([{ id: DSL.id, name: DSL.name }]);

    clock.offsetMs = 61 * 60_000;
    await bot.connector.waitForActivity(() => reminders().length >= 2, 5_000);
    const second = reminders()[1]!.activity as { text: string; entities: { mentioned: { id: string } }[] };
    expect(second.text).toContain('Second reminder');
    expect(second.entities.map((e) => e.mentioned.id).sort()).toEqual([DEPUTY.id, DSL.id].sort());
    // Recorded just after Teams answers the post.
    await expect
      .poll(async () => (await db.store.incidents.events(incident.id)).filter((e) => e.type === 'reminder_sent'))
      .toHaveLength(2);
  });
});
