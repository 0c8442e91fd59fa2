import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { formatDay } from '../../src/reports/incident.js';
import { captureIo } from '../cli/capture-io.js';
import { cardTexts } from '../fakes/fake-connector.js';
import { DSL } from '../fakes/teams-client.js';
import { pressOnAlert, setAlertsChannel, waitForOutboxDrained } from '../support/alerts.js';
import { botsPerTest } from '../support/bot.js';
import { sendFriendRequestForm, sentCard, YESTERDAY } from '../support/cards.js';

/**
 * The forms ask a date, not a time. Through POST /api/messages and the CLI: the day a member of staff picked is shown
 * as that day, never with a time nobody gave ("00:00"), on the alert card, the full record and the export, and the
 * stored record keeps it as a calendar day.
 */
describe('a date-only answer stays a date', () => {
  const bots = botsPerTest({ env: { SAFEGUARDING_LEADS: DSL.aadObjectId } });

  it('when a member of staff picks the day a friend request arrived, then the alert card, the full record, the stored record and the export show that day and no time', async () => {
    const bot = await bots.start();
    await setAlertsChannel(bot);
    const { ref } = await sendFriendRequestForm(bot);
    const day = formatDay(YESTERDAY);

    const stored = await bot.store.incidents.getByRef(ref);
    expect(stored?.occurredAt).toEqual({ kind: 'date', date: YESTERDAY });

    const alert = await bot.connector.waitForActivity(
      (s) => s.kind === 'createConversation' && JSON.stringify(s.activity).includes(ref),
    );
    await waitForOutboxDrained(bot.store);
    const card = cardTexts(sentCard(alert));
    expect(card).toContain(`Happened: ${day}`);

    const record = await pressOnAlert(bot, alert, 'View full record');
    const recordTexts = cardTexts(record.card);
    expect(recordTexts).toContain(`Happened: ${day}`);
    expect(recordTexts.join('\n')).toContain(`When did it arrive?: \n${day}`);

    const exported = captureIo();
    expect(await runCli(['export', ref, '--data-dir', bot.dataDir, '--by', 'Dana Lead'], exported.io)).toBe(0);
    const md = exported.out.join('\n');
    expect(md).toContain(`| Happened | ${day} |`);

    for (const text of [card.join('\n'), recordTexts.join('\n'), md]) {
      expect(text).not.toMatch(new RegExp(`${day},? 00:00`));
      expect(text).not.toContain('T00:00:00');
    }
  });
});
