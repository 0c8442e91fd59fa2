import { describe, expect, it } from 'vitest';
import { cardTexts } from '../fakes/fake-connector.js';
import { DSL, STAFF } from '../fakes/teams-client.js';
import { latestCard, setAlertsChannel, updatesOf, waitForOutboxDrained } from '../support/alerts.js';
import { botsPerTest } from '../support/bot.js';
import { sendFriendRequestForm } from '../support/cards.js';

/**
 * The desk and the bot are one story: a concern a member of staff raises through POST /api/messages (the real
 * report form, the fake Bot Connector) is in the desk's list at once, and an action taken in the desk updates the
 * alert card in the channel through the same outbox as the card's own buttons. Local mode: the desk acts as the
 * first safeguarding lead.
 */
describe('the desk and the bot on one server', () => {
  const bots = botsPerTest({ env: { SAFEGUARDING_LEADS: DSL.aadObjectId } });

  it('when staff report through the bot, then the concern is in the desk list within a second, and an action in the desk updates the channel card', async () => {
    const bot = await bots.start();
    const desk = (path: string, init?: RequestInit) => fetch(`${bot.boundary.url}${path}`, init);
    await setAlertsChannel(bot);
    const { ref, at: reported } = await sendFriendRequestForm(bot, STAFF);

    let listed: { reference: string }[] = [];
    while (Date.now() - reported < 1000) {
      listed = ((await (await desk('/api/desk/concerns')).json()) as { concerns: typeof listed }).concerns;
      if (listed.some((c) => c.reference === ref)) break;
    }
    expect(listed.map((c) => c.reference)).toContain(ref);
    expect(Date.now() - reported).toBeLessThan(1000);

    const alert = await bot.connector.waitForActivity(
      (s) => s.kind === 'createConversation' && JSON.stringify(s.activity).includes(ref),
    );
    await waitForOutboxDrained(bot.store);
    const updatesBefore = updatesOf(bot.connector, alert.activityId).length;

    const res = await desk(`/api/desk/concerns/${ref}/actions`, {
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
    expect(told.some((t) => t.includes(ref) && /picked up/.test(t))).toBe(true);
  });
});
