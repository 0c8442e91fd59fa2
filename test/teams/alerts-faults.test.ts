import { afterEach, beforeEach, expect, it } from 'vitest';
import { cardTexts } from '../fakes/fake-connector.js';
import { STAFF } from '../fakes/teams-client.js';
import { forEachDatabase, type TestDatabase } from '../store/factories.js';
import {
  type AlertsBot,
  alertPosts,
  friendRequestReport,
  latestCard,
  pressOnAlert,
  startAlertsScenario,
  stopAlertsScenario,
  waitForAlert,
  waitForOutboxDrained,
} from '../support/alerts.js';

forEachDatabase('alerts while the Bot Connector fails', (factory) => {
  let db: TestDatabase;
  let bot: AlertsBot;

  beforeEach(async () => {
    ({ db, bot } = await startAlertsScenario(factory, { channelReady: true }));
  });
  afterEach(() => stopAlertsScenario({ db, bot }));

  const creates = () => bot.connector.requests.filter((r) => r.kind === 'createConversation');

  it('when posting fails with 429 (Retry-After), 412, 500, 502, 503 and 504 in a row, then the alert is delayed, not lost, and posted exactly once', async () => {
    bot.connector.scriptFaults(
      [
        { status: 429, retryAfterSeconds: 1 },
        { status: 412 },
        { status: 500 },
        { status: 502 },
        { status: 503 },
        { status: 504 },
      ],
      (c) => c.kind === 'createConversation',
    );
    const { incident } = await bot.service.submitReport(friendRequestReport(), 'fault-1');
    await waitForAlert(bot, incident, 20_000);
    await waitForOutboxDrained(db.store, 20_000);
    expect(alertPosts(bot.connector)).toHaveLength(1);
    expect(creates().filter((r) => r.answered === 201)).toHaveLength(1);
    expect(
      creates()
        .map((r) => r.answered)
        .slice(0, 6),
    ).toEqual([429, 412, 500, 502, 503, 504]);
    // The connector's Retry-After was honoured: the next try came at least a second after the 429.
    const [first, second] = creates();
    expect(second!.at.getTime() - first!.at.getTime()).toBeGreaterThanOrEqual(950);
    const events = (await db.store.incidents.events(incident.id)).map((e) => e.type);
    expect(events).toContain('alert_failed');
    expect(events.filter((t) => t === 'alert_posted')).toHaveLength(1);
  }, 30_000);

  it('when a third of all calls to Teams fail at random while reports and actions flow, then every report gets one card showing its latest state', async () => {
    bot.connector.failShare(
      0.35,
      [
        { status: 429, retryAfterSeconds: 0 },
        { status: 412 },
        { status: 500 },
        { status: 502 },
        { status: 503 },
        { status: 504 },
      ],
      { seed: 7, filter: (c) => c.kind === 'createConversation' || c.kind === 'update' || c.kind === 'send' },
    );
    const refs: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { incident } = await bot.service.submitReport(friendRequestReport(STAFF, `Report ${i}`), `share-${i}`);
      refs.push(incident.ref);
    }
    for (const ref of refs) {
      const incident = await db.store.incidents.getByRef(ref);
      const alert = await waitForAlert(bot, incident!, 20_000);
      const res = await pressOnAlert(bot, alert, 'Acknowledge');
      expect(res.card).toBeDefined();
    }
    await waitForOutboxDrained(db.store, 30_000);
    bot.connector.clearFaults();
    const posts = alertPosts(bot.connector);
    expect(posts).toHaveLength(refs.length);
    for (const ref of refs) {
      const post = posts.filter((p) => JSON.stringify(p.activity).includes(ref));
      expect(post).toHaveLength(1);
      expect(cardTexts(latestCard(bot, post[0]!)).join('\n')).toContain('Acknowledged');
    }
    expect((await db.store.outbox.counts()).dead).toBe(0);
    // Each reporter notice went out once too.
    const notices = bot.connector
      .activitiesTo(bot.client.personalConversationId(STAFF))
      .filter((a) => String(a.text ?? '').includes('picked up'));
    expect(notices).toHaveLength(refs.length);
  }, 60_000);
});
