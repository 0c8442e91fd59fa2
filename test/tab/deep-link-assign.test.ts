import { describe, expect, it } from 'vitest';
import { userText } from '../../src/cards/templates.js';
import { systemClock } from '../../src/clock.js';
import { IncidentService } from '../../src/reports/incident-service.js';
import { ConfiguredLeadDirectory } from '../../src/reports/lead-directory.js';
import { cardTexts } from '../fakes/fake-connector.js';
import { DSL, STAFF } from '../fakes/teams-client.js';
import { alertPosts, friendRequestReport, latestCard, updatesOf } from '../support/alerts.js';
import {
  deskPerFile,
  reportFriendRequest,
  seriousViolations,
  setAlertsChannel,
  tabSkipReason,
  waitForOutboxDrained,
} from './desk-harness.js';
import { tabTo } from './keyboard.js';

const skip = tabSkipReason();
if (skip) console.log(skip);

const TEAMS_APP_ID = '2f6b6a3e-7c1d-4e39-9a55-0d2b7c3a1e10';
const DEPUTY_UPN = 'deputy.lead@school.example';

/** Finds the "View full record" link on a card (an Action.OpenUrl when the desk has a Teams app id). */
function recordLinkOf(card: unknown): string | undefined {
  let url: string | undefined;
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'Action.OpenUrl' && n.title === 'View full record' && typeof n.url === 'string') url = n.url;
    for (const v of Object.values(n)) walk(v);
  };
  walk(card);
  return url;
}

describe.skipIf(skip !== null)(
  'deep links, assigning to another lead and pages of concerns (Chromium, local mode)',
  () => {
    const desk = deskPerFile({ TEAMS_APP_ID, SAFEGUARDING_LEADS: `${DSL.aadObjectId},${DEPUTY_UPN}` });

    it('when the DSL follows the alert card\'s "View full record" link, then the tab opens on that record', async () => {
      const { bot, open } = desk();
      await setAlertsChannel(bot);
      const ref = await reportFriendRequest(bot);
      await waitForOutboxDrained(bot.store);
      const alert = alertPosts(bot.connector).find((a) => JSON.stringify(a.activity).includes(ref));
      const link = recordLinkOf(latestCard(bot, alert!));
      expect(link).toBeDefined();
      // The card's link is the Teams deep link to the personal tab; Teams opens the tab's content URL (/tab/concerns)
      // and hands it the link's context. Outside Teams, the same context on the tab's own address does that.
      const deep = new URL(link!);
      expect(`${deep.origin}${deep.pathname}`).toBe(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/desk`);
      const { page, errors } = await open(
        `/tab/concerns?context=${encodeURIComponent(deep.searchParams.get('context')!)}`,
      );
      await page.getByRole('heading', { level: 1, name: new RegExp(ref) }).waitFor();
      await page.getByRole('heading', { name: 'What was reported' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/tab/concerns/${ref}`);
      // The record's facts in the form's own words, never its field names.
      const facts = await page.locator('dl').textContent();
      expect(facts).toContain('Which platform or app?');
      expect(facts).toContain('Snapchat');
      expect(facts).not.toMatch(/\boccurredOn\b|\bsender\b/);
      expect(errors).toEqual([]);
    });

    it('when the DSL assigns a concern to another lead with the keyboard, then the record and the channel card name them', async () => {
      const { bot, open } = desk();
      await setAlertsChannel(bot);
      const ref = await reportFriendRequest(bot);
      await waitForOutboxDrained(bot.store);
      const alert = alertPosts(bot.connector).find((a) => JSON.stringify(a.activity).includes(ref));
      const { page } = await open(`/tab/concerns/${ref}`);
      const picker = page.getByRole('combobox', { name: 'Safeguarding lead' });
      await picker.waitFor();
      await expect(seriousViolations(page)).resolves.toEqual([]);
      await tabTo(page, picker);
      await page.keyboard.press('Enter');
      await page.getByRole('option', { name: DEPUTY_UPN }).waitFor();
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Assign', exact: true }).click();
      await page.getByText(/^Reported by .* assigned to deputy\.lead@school\.example$/).waitFor();
      await page.getByRole('table', { name: 'Chronology' }).getByText(`To ${DEPUTY_UPN}`).waitFor();
      await bot.connector.waitForActivity(() => updatesOf(bot.connector, alert!.activityId).length > 0, 5_000);
      // The card shows names as escaped text (never a link or markdown).
      expect(cardTexts(latestCard(bot, alert!)).join(' ')).toContain(userText(DEPUTY_UPN));
    });

    it('when there are more concerns than a page holds, then Next and Previous page through them from the keyboard', async () => {
      const { bot, open } = desk();
      const service = new IncidentService({
        incidents: bot.store.incidents,
        audit: bot.store.audit,
        leads: new ConfiguredLeadDirectory([DSL.aadObjectId]),
        clock: systemClock,
      });
      const before = (await bot.store.queries.list({})).length;
      for (let i = 0; i < 52 - before; i++)
        await service.submitReport(friendRequestReport(STAFF, `Concern ${i}`), null);
      const { page } = await open('/tab/concerns');
      const table = page.getByRole('table', { name: 'Concerns' });
      await table.waitFor();
      const pager = page.getByRole('navigation', { name: 'Pages of concerns' });
      await pager.getByText('Page 1 · Concerns 1 to 50').waitFor();
      await expect(table.getByRole('row').count()).resolves.toBe(51);
      const next = pager.getByRole('button', { name: 'Next page' });
      await tabTo(page, next);
      await page.keyboard.press('Enter');
      await pager.getByText('Page 2 · Concerns 51 to 52').waitFor();
      await expect(table.getByRole('row').count()).resolves.toBe(3);
      // The last page: Next stays focusable (focus is not lost) but does nothing.
      await expect(next.getAttribute('aria-disabled')).resolves.toBe('true');
      await tabTo(page, pager.getByRole('button', { name: 'Previous page' }));
      await page.keyboard.press('Enter');
      await pager.getByText('Page 1 · Concerns 1 to 50').waitFor();
    });
  },
);
