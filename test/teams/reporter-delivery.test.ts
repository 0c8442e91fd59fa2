import { describe, expect, it } from 'vitest';
import { cardTexts } from '../fakes/fake-connector.js';
import { DSL, STAFF } from '../fakes/teams-client.js';
import { allText } from '../reports/forms/card-helpers.js';
import { setAlertsChannel, waitForOutboxDrained } from '../support/alerts.js';
import { type Bot, botsPerTest } from '../support/bot.js';
import { sendFriendRequestForm, sentCard } from '../support/cards.js';

/**
 * What a reporter is told about their alert, through POST /api/messages with the fake Bot Connector: "sent" only
 * once the alert card is really in the safeguarding channel; before that (no channel, Teams failing, given up) the
 * confirmation and "My reports" say the report is stored and not yet delivered, and to speak to the DSL.
 */

const NOT_DELIVERED = 'Stored — not yet delivered to the safeguarding team. Please speak to the DSL.';
const alertPosts = (c: { kind: string }) => c.kind === 'createConversation';

describe('what a reporter is told about the delivery of their alert', () => {
  const bots = botsPerTest({ env: { SAFEGUARDING_LEADS: DSL.aadObjectId } });

  async function myReports(bot: Bot): Promise<string> {
    const chat = bot.client.personalConversationId(STAFF);
    const before = bot.connector.activitiesTo(chat).length;
    await bot.client.send(bot.client.personalMessage('my reports', { user: STAFF }));
    const sent = await bot.connector.waitForActivitiesTo(chat, before + 1);
    return cardTexts(sentCard(sent[before]!.activity)).join('\n');
  }

  it('when no alerts channel is set, then the confirmation and My reports say stored and not yet delivered, and My reports says sent once the DSL sets the channel and the alert is posted', async () => {
    const bot = await bots.start();
    const { card, ref } = await sendFriendRequestForm(bot);
    expect(allText(card)).toContain('Report stored');
    expect(allText(card)).toMatch(/has not reached the safeguarding team yet: their alerts channel is not set up/);
    expect(allText(card)).not.toMatch(/Report sent|has been alerted/);
    expect(await myReports(bot)).toContain(`${ref}: Friend request from a pupil · ${NOT_DELIVERED}`);

    await setAlertsChannel(bot);
    await bot.connector.waitForActivity((s) => s.kind === 'createConversation' && JSON.stringify(s).includes(ref));
    await waitForOutboxDrained(bot.store);
    const after = await myReports(bot);
    expect(after).toContain('Sent to the safeguarding team');
    expect(after).not.toContain('not yet delivered');
  });

  it('when the channel is set and Teams takes the alert, then the confirmation says sent and the DSL has been alerted', async () => {
    const bot = await bots.start();
    await setAlertsChannel(bot);
    const { card, ref } = await sendFriendRequestForm(bot);
    // The confirmation waited for the post, so the alert is in the channel by the time the card says so.
    expect(bot.connector.sent.some((s) => s.kind === 'createConversation' && JSON.stringify(s).includes(ref))).toBe(
      true,
    );
    expect(allText(card)).toContain('Report sent');
    expect(allText(card)).toMatch(/The safeguarding team \(the DSL\) has been alerted/);
    expect(await myReports(bot)).toContain(`${ref}: Friend request from a pupil · Sent to the safeguarding team`);
  });

  it('when Teams keeps failing the alert post, then the reporter is told it is stored and not yet delivered, before and after the first failure is recorded', {
    timeout: 40_000,
  }, async () => {
    const bot = await bots.start();
    await setAlertsChannel(bot);
    bot.connector.failShare(1, [{ status: 503 }], { filter: alertPosts });
    const { card, ref } = await sendFriendRequestForm(bot);
    expect(allText(card)).toContain('Report stored');
    // botframework-connector retries a 503 itself first, so within the confirmation's wait it is still being sent.
    expect(allText(card)).toMatch(/has not reached the safeguarding team yet: it is still being sent/);
    expect(allText(card)).not.toMatch(/Report sent|has been alerted/);
    const incident = await bot.store.incidents.getByRef(ref);
    await waitUntil(async () =>
      (await bot.store.incidents.events(incident!.id)).some((e) => e.type === 'alert_failed'),
    );
    expect(await myReports(bot)).toContain(`${ref}: Friend request from a pupil · ${NOT_DELIVERED}`);
    bot.connector.clearFaults();
  });

  it('when Teams refuses the alert post for good, then it is given up and the reporter is told to speak to the DSL now', async () => {
    const bot = await bots.start();
    await setAlertsChannel(bot);
    bot.connector.failShare(1, [{ status: 403 }], { filter: alertPosts });
    const { card, ref } = await sendFriendRequestForm(bot);
    expect(allText(card)).not.toMatch(/Report sent|has been alerted/);
    const incident = await bot.store.incidents.getByRef(ref);
    await waitUntil(async () =>
      (await bot.store.incidents.events(incident!.id)).some((e) => e.type === 'alert_dead_lettered'),
    );
    expect(await myReports(bot)).toContain(`${ref}: Friend request from a pupil · ${NOT_DELIVERED}`);
    expect(await bot.store.outbox.counts()).toMatchObject({ dead: 1 });
  });
});

// botframework-connector retries a 503 itself with backoff before the relay records the failure: on a busy
// 2-core machine that has taken over 5 s, so the wait allows 20.
async function waitUntil(probe: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}
