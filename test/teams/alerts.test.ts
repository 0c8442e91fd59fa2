import { afterEach, beforeEach, expect, it } from 'vitest';
import { cardTexts } from '../fakes/fake-connector.js';
import { DSL, SAFEGUARDING_TEAM, STAFF } from '../fakes/teams-client.js';
import { forEachDatabase, type TestDatabase } from '../store/factories.js';
import {
  type AlertsBot,
  alertPosts,
  DEPUTY,
  friendRequestReport,
  greet,
  setAlertsChannel,
  startAlertsScenario,
  stopAlertsScenario,
  waitForAlert,
  waitForOutboxDrained,
} from '../support/alerts.js';
import { executeActions, invokeCard, sentCard } from '../support/cards.js';

forEachDatabase('alert channel through POST /api/messages', (factory) => {
  let db: TestDatabase;
  let bot: AlertsBot;

  beforeEach(async () => {
    ({ db, bot } = await startAlertsScenario(factory));
  });
  afterEach(() => stopAlertsScenario({ db, bot }));

  it('when a DSL sends "set alerts channel" in a channel, then it is stored with the channel id and team and confirmed', async () => {
    const reply = await setAlertsChannel(bot);
    expect(reply).toMatch(/^Done: safeguarding alerts will be posted in the Alerts channel/);
    const setting = await db.store.settings.getAlertChannel();
    expect(setting?.reference.conversation.id).toBe(SAFEGUARDING_TEAM.channelId);
    expect((setting?.reference.channelData as { team: { id: string } } | undefined)?.team.id).toBe(
      SAFEGUARDING_TEAM.teamId,
    );
    expect(setting?.reference.serviceUrl).toBe(bot.connector.serviceUrl);
    const audit = await db.store.audit.list();
    expect(audit.map((a) => a.action)).toContain('alerts.channel_set');
  });

  it('when a deputy listed by UPN sends "set alerts channel", then Teams is asked for their UPN and it is accepted', async () => {
    const reply = await setAlertsChannel(bot, DEPUTY);
    expect(reply).toMatch(/^Done:/);
    expect(bot.connector.requests.some((r) => r.kind === 'member')).toBe(true);
  });

  it('when someone who is not a lead sends "set alerts channel", then they are refused politely, nothing changes and the attempt is audited', async () => {
    const reply = await setAlertsChannel(bot, STAFF);
    expect(reply).toMatch(/Only a Designated Safeguarding Lead or deputy can choose where alerts go/);
    expect(await db.store.settings.getAlertChannel()).toBeNull();
    const refused = (await db.store.audit.list()).filter((a) => a.action === 'alerts.channel_refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]?.actor.aadObjectId).toBe(STAFF.aadObjectId);
  });

  it('when "set alerts channel" is typed in a personal chat, then the bot says to use a team channel', async () => {
    await bot.client.send(bot.client.personalMessage('set alerts channel', { user: DSL }));
    const [reply] = await bot.connector.waitForActivitiesTo(bot.client.personalConversationId(DSL), 1);
    expect(String(reply?.activity.text)).toMatch(/in the team channel that should receive safeguarding alerts/);
    expect(await db.store.settings.getAlertChannel()).toBeNull();
  });

  it('when a report is submitted after the channel is set, then exactly one alert card is posted as a new thread in that channel, without the pupil name', async () => {
    await setAlertsChannel(bot);
    const { incident } = await bot.service.submitReport(friendRequestReport(), 'key-1');
    const alert = await waitForAlert(bot, incident);
    const create = bot.connector.requests.find((r) => r.kind === 'createConversation');
    expect((create?.body as { channelData: { channel: { id: string } } } | undefined)?.channelData.channel.id).toBe(
      SAFEGUARDING_TEAM.channelId,
    );
    const texts = cardTexts(sentCard(alert)).join('\n');
    expect(texts).toContain(`Safeguarding concern\n${incident.ref}`);
    expect(texts).toContain('NEW');
    expect(texts).not.toContain('Jamie');
    await waitForOutboxDrained(db.store);
    expect(alertPosts(bot.connector)).toHaveLength(1);
    const stored = await db.store.incidents.get(incident.id);
    expect(stored?.alert?.activityId).toBe(alert.activityId);
  });

  it('when no channel is set, then the report is stored, its alert waits, status says so, and the alert goes out once a DSL sets the channel', async () => {
    const { incident } = await bot.service.submitReport(friendRequestReport(), 'key-2');
    await new Promise((r) => setTimeout(r, 200));
    expect(alertPosts(bot.connector)).toHaveLength(0);
    expect((await db.store.outbox.counts()).pending).toBeGreaterThan(0);

    await bot.client.send(bot.client.personalMessage('status', { user: DSL }));
    const [status] = await bot.connector.waitForActivitiesTo(bot.client.personalConversationId(DSL), 1);
    expect(String(status?.activity.text)).toMatch(/Alert channel: NOT SET/);
    expect(String(status?.activity.text)).toContain(`Waiting: ${incident.ref} alert`);

    await setAlertsChannel(bot);
    await waitForAlert(bot, incident);
    await waitForOutboxDrained(db.store);
    expect(alertPosts(bot.connector)).toHaveLength(1);
  });

  it('when a non-lead types "status", then they are refused and the attempt is audited', async () => {
    await bot.client.send(bot.client.personalMessage('status', { user: STAFF }));
    const [reply] = await bot.connector.waitForActivitiesTo(bot.client.personalConversationId(STAFF), 1);
    expect(String(reply?.activity.text)).toMatch(/Only the safeguarding team can see the alert status/);
    const refused = (await db.store.audit.list()).filter((a) => a.action === 'alerts.status_refused');
    expect(refused).toHaveLength(1);
  });

  it('when the app is added to a team, then one welcome card is posted whose "Use a channel for alerts" sets the alert channel for a lead only, audited', async () => {
    bot.connector.setTeam(SAFEGUARDING_TEAM.teamId, {
      name: SAFEGUARDING_TEAM.name,
      channels: [{ id: SAFEGUARDING_TEAM.teamId }, { id: SAFEGUARDING_TEAM.channelId, name: 'Alerts' }],
    });
    await bot.client.send(bot.client.teamInstall());
    await bot.connector.waitForActivitiesTo(SAFEGUARDING_TEAM.teamId, 1);
    // Give a second card (the old separate setup card) the chance to arrive: one card is what the team sees.
    await new Promise((r) => setTimeout(r, 200));
    const cards = bot.connector.cardsTo(SAFEGUARDING_TEAM.teamId);
    expect(cards).toHaveLength(1);
    const welcome = cards[0];
    const texts = cardTexts(welcome).join('\n');
    expect(texts).toContain("Hello, I'm Boundary");
    expect(texts).toContain('Safeguarding alerts');
    expect(texts).toMatch(/Until a channel is chosen, reports are stored safely and their alerts wait/);
    // The chooser lists the team's channels, starting on the one the card is in.
    expect(JSON.stringify(welcome)).toContain(SAFEGUARDING_TEAM.channelId);
    const button = executeActions(welcome).find((a) => a.title === 'Use a channel for alerts');
    expect(button?.verb).toBe('alerts.setChannel');

    const asStaff = await bot.client.send(
      bot.client.invoke(
        button!.verb,
        { ...button!.data, channelId: SAFEGUARDING_TEAM.channelId },
        {
          user: STAFF,
          where: { threadId: SAFEGUARDING_TEAM.teamId },
        },
      ),
    );
    expect((asStaff.body as { value: string }).value).toMatch(/Only a Designated Safeguarding Lead/);
    expect(await db.store.settings.getAlertChannel()).toBeNull();

    const asDsl = await bot.client.send(
      bot.client.invoke(
        button!.verb,
        { ...button!.data, channelId: SAFEGUARDING_TEAM.channelId },
        {
          user: DSL,
          where: { threadId: SAFEGUARDING_TEAM.teamId },
        },
      ),
    );
    const done = invokeCard(asDsl.body);
    expect(cardTexts(done).join('\n')).toMatch(/Done: safeguarding alerts will be posted in the Alerts/);
    // The lead sees the same welcome card, its alerts part now saying where alerts go, with no button left to press.
    expect(cardTexts(done).join('\n')).toContain("Hello, I'm Boundary");
    expect(executeActions(done).map((a) => a.verb)).not.toContain('alerts.setChannel');
    expect((await db.store.settings.getAlertChannel())?.reference.conversation.id).toBe(SAFEGUARDING_TEAM.channelId);
    const audited = (await db.store.audit.list()).map((a) => [a.action, a.actor.aadObjectId]);
    expect(audited).toEqual(
      expect.arrayContaining([
        ['alerts.channel_refused', STAFF.aadObjectId],
        ['alerts.channel_set', DSL.aadObjectId],
      ]),
    );

    // A second install event for the same team does not post the card again.
    await bot.client.send(bot.client.teamInstall());
    expect(bot.connector.cardsTo(SAFEGUARDING_TEAM.teamId)).toHaveLength(1);
  });

  it('when a lead types "help" in a channel, then the welcome card offers to use that channel for alerts', async () => {
    const activity = bot.client.channelMessage('help', { user: DSL });
    await bot.client.send(activity);
    const conv = (activity.conversation as { id: string }).id;
    await bot.connector.waitForActivitiesTo(conv, 1);
    const [card] = bot.connector.cardsTo(conv);
    expect(cardTexts(card).join('\n')).toMatch(/to use the channel this card is in/);
    const button = executeActions(card).find((a) => a.title === 'Use a channel for alerts');
    expect(button).toBeDefined();
    const res = await bot.client.send(
      bot.client.invoke(button!.verb, button!.data, { user: DSL, where: { threadId: conv } }),
    );
    expect(cardTexts(invokeCard(res.body)).join('\n')).toMatch(/Done: safeguarding alerts will be posted in/);
    expect((await db.store.settings.getAlertChannel())?.reference.conversation.id).toBe(SAFEGUARDING_TEAM.channelId);
  });

  it('when a person types "my reports", then only their own reports are listed with reference, status and date', async () => {
    await setAlertsChannel(bot);
    const mine = await bot.service.submitReport(friendRequestReport(STAFF), 'mine-1');
    const theirs = await bot.service.submitReport(friendRequestReport(DEPUTY), 'theirs-1');
    // "Sent" only once the alert is in the channel.
    await waitForOutboxDrained(db.store);
    await bot.client.send(bot.client.personalMessage('my reports', { user: STAFF }));
    const [reply] = await bot.connector.waitForActivitiesTo(bot.client.personalConversationId(STAFF), 1);
    const texts = cardTexts(sentCard(reply!)).join('\n');
    expect(texts).toContain(mine.incident.ref);
    expect(texts).toContain('Friend request from a pupil');
    expect(texts).toContain('Sent to the safeguarding team');
    expect(texts).not.toContain(theirs.incident.ref);
  });

  it('when "My reports" is pressed on the confirmation card, then the list arrives below and the card stays', async () => {
    await greet(bot, STAFF);
    const mine = await bot.service.submitReport(friendRequestReport(STAFF), 'mine-2');
    const res = await bot.client.send(bot.client.invoke('reports.mine', {}, { user: STAFF }));
    expect(res.body).toMatchObject({ type: 'application/vnd.microsoft.activity.message' });
    const sent = await bot.connector.waitForActivitiesTo(bot.client.personalConversationId(STAFF), 2);
    expect(cardTexts(sentCard(sent[1]!)).join('\n')).toContain(mine.incident.ref);
  });

  it('when "my reports" is typed in a channel, then the bot says to use the personal chat and lists nothing', async () => {
    await bot.service.submitReport(friendRequestReport(DSL), 'dsl-1');
    const activity = bot.client.channelMessage('my reports', { user: DSL });
    await bot.client.send(activity);
    const [reply] = await bot.connector.waitForActivitiesTo((activity.conversation as { id: string }).id, 1);
    expect(String(reply?.activity.text)).toMatch(/Your reports are private/);
  });
});
