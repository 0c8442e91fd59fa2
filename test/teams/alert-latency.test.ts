import { describe, expect, it } from 'vitest';
import { DSL } from '../fakes/teams-client.js';
import { setAlertsChannel } from '../support/alerts.js';
import { type Bot, botsPerTest } from '../support/bot.js';
import { sendFriendRequestForm } from '../support/cards.js';

/**
 * How soon an alert reaches the safeguarding channel, with the relay as production tunes it (2 s idle poll, 5 s
 * recheck while no channel is set): through POST /api/messages, timed on what the fake Bot Connector receives.
 */

describe('alert latency with the production relay tuning', () => {
  const bots = botsPerTest({ env: { SAFEGUARDING_LEADS: DSL.aadObjectId }, deps: { relay: {} } });

  async function alertPostedAt(bot: Bot, ref: string, timeoutMs: number): Promise<number> {
    await bot.connector.waitForActivity(
      (s) => s.kind === 'createConversation' && JSON.stringify(s.activity).includes(ref),
      timeoutMs,
    );
    return Date.now();
  }

  it('when a report waited for the channel past the relay recheck and the DSL then sets the channel, then its alert is posted within 3 seconds', async () => {
    const bot = await start();
    const { ref } = await sendFriendRequestForm(bot);
    // Long enough for the relay to have looked, found no channel and put the alert off for its 5 s recheck.
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
    const { ref, at: sentAt } = await sendFriendRequestForm(bot);
    const postedAt = await alertPostedAt(bot, ref, 10_000);
    console.log(`alert latency: alert posted ${postedAt - sentAt} ms after the confirmation came back`);
    expect(postedAt - sentAt).toBeLessThan(1_000);
  });

  function start(): Promise<Bot> {
    return bots.start();
  }
});
