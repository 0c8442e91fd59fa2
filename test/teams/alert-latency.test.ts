import { describe, expect, it } from 'vitest';
import { DSL, STAFF } from '../fakes/teams-client.js';
import { allText } from '../reports/forms/card-helpers.js';
import { setAlertsChannel } from './alerts-harness.js';
import { invokeCard, press, type ReportBot, reportBotsPerTest, sentCard } from './report-harness.js';

/**
 * How soon an alert reaches the safeguarding channel, with the relay as production tunes it (2 s idle poll, 30 s
 * recheck while no channel is set): through POST /api/messages, timed on what the fake Bot Connector receives.
 */

const YESTERDAY = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

describe('alert latency with the production relay tuning', () => {
  const bots = reportBotsPerTest({ env: { SAFEGUARDING_LEADS: DSL.aadObjectId }, relay: {} });

  async function sendFriendRequest(bot: ReportBot): Promise<{ ref: string; sentAt: number }> {
    const chat = bot.client.personalConversationId(STAFF);
    const before = bot.connector.activitiesTo(chat).length;
    expect((await bot.client.send(bot.client.personalMessage('report friend request', { user: STAFF }))).status).toBe(
      200,
    );
    let card = sentCard((await bot.connector.waitForActivitiesTo(chat, before + 1))[before]!.activity);
    const steps: [string, Record<string, unknown>][] = [
      ['Next', { sender: 'current_pupil', senderName: '', senderClass: '' }],
      ['Next', { platform: 'snapchat', platformOther: '', occurredOn: YESTERDAY, response: 'declined' }],
      ['Next', { messagesExchanged: 'no', welfareWorry: 'no', screenshotKept: 'no', anythingElse: '' }],
      ['Send report', {}],
    ];
    for (const [title, inputs] of steps) card = invokeCard((await press(bot, card, title, inputs)).body);
    const sentAt = Date.now();
    const ref = allText(card).match(/SM-\d{4}-\d{4}/)?.[0];
    if (!ref) throw new Error(`no reference on the confirmation: ${allText(card)}`);
    return { ref, sentAt };
  }

  async function alertPostedAt(bot: ReportBot, ref: string, timeoutMs: number): Promise<number> {
    await bot.connector.waitForActivity(
      (s) => s.kind === 'createConversation' && JSON.stringify(s.activity).includes(ref),
      timeoutMs,
    );
    return Date.now();
  }

  it('when a report waited for the channel past the relay recheck and the DSL then sets the channel, then its alert is posted within 3 seconds', async () => {
    const bot = await start();
    const { ref } = await sendFriendRequest(bot);
    // Long enough for the relay to have looked, found no channel and put the alert off for its 30 s recheck.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(bot.logs().some((l) => l.reason === 'no_alert_channel')).toBe(true);

    const setAt = Date.now();
    expect(await setAlertsChannel(bot)).toMatch(/Alerts that were waiting go out now/);
    const postedAt = await alertPostedAt(bot, ref, 10_000);
    console.log(`alert latency: waiting alert posted ${postedAt - setAt} ms after "set alerts channel" was sent`);
    expect(postedAt - setAt).toBeLessThan(3_000);
  });

  it('when the channel is set and nothing is being paced, then an alert is posted within a second of the report being stored', async () => {
    const bot = await start();
    await setAlertsChannel(bot);
    const { ref, sentAt } = await sendFriendRequest(bot);
    const postedAt = await alertPostedAt(bot, ref, 10_000);
    console.log(`alert latency: alert posted ${postedAt - sentAt} ms after the confirmation came back`);
    expect(postedAt - sentAt).toBeLessThan(1_000);
  });

  function start(): Promise<ReportBot> {
    return bots.start();
  }
});
