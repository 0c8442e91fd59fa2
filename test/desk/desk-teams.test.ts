import { describe, expect, it } from 'vitest';
import { cardTexts } from '../fakes/fake-connector.js';
import { DSL, STAFF } from '../fakes/teams-client.js';
import { allText } from '../reports/forms/card-helpers.js';
import { latestCard, setAlertsChannel, updatesOf, waitForOutboxDrained } from '../teams/alerts-harness.js';
import { invokeCard, press, type ReportBot, reportBotsPerTest, sentCard } from '../teams/report-harness.js';

/**
 * The desk and the bot are one story: a concern a member of staff raises through POST /api/messages (the real
 * report form, the fake Bot Connector) is in the desk's list at once, and an action taken in the desk updates the
 * alert card in the channel through the same outbox as the card's own buttons. Local mode: the desk acts as the
 * first safeguarding lead.
 */
describe('the desk and the bot on one server', () => {
  const bots = reportBotsPerTest({ env: { SAFEGUARDING_LEADS: DSL.aadObjectId } });
  const YESTERDAY = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

  async function say(bot: ReportBot, text: string): Promise<Record<string, unknown>> {
    const chat = bot.client.personalConversationId(STAFF);
    const before = bot.connector.activitiesTo(chat).length;
    expect((await bot.client.send(bot.client.personalMessage(text, { user: STAFF }))).status).toBe(200);
    return (await bot.connector.waitForActivitiesTo(chat, before + 1))[before]!.activity;
  }

  async function next(bot: ReportBot, card: unknown, title: string, inputs: Record<string, unknown> = {}) {
    const res = await press(bot, card, title, inputs);
    expect(res.status).toBe(200);
    return invokeCard(res.body);
  }

  async function friendRequest(bot: ReportBot): Promise<string> {
    let card = sentCard(await say(bot, 'report friend request'));
    card = await next(bot, card, 'Next', { sender: 'current_pupil', senderName: 'Sam Pupil', senderClass: '9B' });
    card = await next(bot, card, 'Next', {
      platform: 'snapchat',
      platformOther: '',
      occurredOn: YESTERDAY,
      response: 'declined',
    });
    card = await next(bot, card, 'Next', {
      messagesExchanged: 'no',
      welfareWorry: 'no',
      screenshotKept: 'yes',
      anythingElse: '',
    });
    const confirmation = await next(bot, card, 'Send report');
    const ref = allText(confirmation).match(/SM-\d{4}-\d{4}/)?.[0];
    if (!ref) throw new Error('no reference on the confirmation');
    return ref;
  }

  const desk = (bot: ReportBot, path: string, init?: RequestInit) => fetch(`${bot.boundary.url}${path}`, init);

  it('when staff report through the bot, then the concern is in the desk list within a second, and an action in the desk updates the channel card', async () => {
    const bot = await bots.start();
    await setAlertsChannel(bot);
    const ref = await friendRequest(bot);

    const reported = Date.now();
    let listed: { reference: string; status: string }[] = [];
    while (Date.now() - reported < 1000) {
      const res = await desk(bot, '/api/desk/concerns');
      listed = ((await res.json()) as { concerns: typeof listed }).concerns;
      if (listed.some((c) => c.reference === ref)) break;
    }
    const seenAfterMs = Date.now() - reported;
    expect(listed.map((c) => c.reference)).toContain(ref);
    expect(seenAfterMs).toBeLessThan(1000);

    const alert = await bot.connector.waitForActivity(
      (s) => s.kind === 'createConversation' && JSON.stringify(s.activity).includes(ref),
    );
    await waitForOutboxDrained(bot.store);
    const updatesBefore = updatesOf(bot.connector, alert.activityId).length;

    const res = await desk(bot, `/api/desk/concerns/${ref}/actions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'assign' }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe('in_progress');

    await bot.connector.waitForActivity(() => updatesOf(bot.connector, alert.activityId).length > updatesBefore, 5_000);
    const card = cardTexts(latestCard(bot, alert)).join('\n');
    expect(card).toContain('In progress');
    // Local mode: the desk acts as the first lead, named so on the card.
    expect(card).toContain('Local safeguarding lead');
    // The reporter was told it was picked up, as when the button is pressed on the card.
    await waitForOutboxDrained(bot.store);
    const told = bot.connector.activitiesTo(bot.client.personalConversationId(STAFF)).map((a) => String(a.text ?? ''));
    expect(told).toContain(
      `Your report ${ref} has been picked up by the safeguarding team. Thank you for reporting it.`,
    );
  });
});
