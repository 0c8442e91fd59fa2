import { describe, expect, it } from 'vitest';
import { deskPerFile, reportFriendRequest, tabSkipReason } from './desk-harness.js';
import { tabTo } from './keyboard.js';

const skip = tabSkipReason();
if (skip) console.log(skip);

describe.skipIf(skip !== null)('the concerns list in the desk (Chromium, real server in local mode)', () => {
  const desk = deskPerFile();

  it('when the DSL opens /tab/concerns, then each concern raised through the bot is listed and the local-mode banner shows', async () => {
    const { bot, open } = desk();
    const ref = await reportFriendRequest(bot, { pupil: 'Alex Pupil' });
    const { page, requests, errors } = await open('/tab/concerns');
    const row = page.getByRole('row').filter({ hasText: ref });
    await row.waitFor();
    await expect(row.getByRole('cell').nth(1).textContent()).resolves.toBe('Friend request from a pupil');
    await expect(row.textContent()).resolves.toContain('New');
    await expect(page.getByRole('region', { name: 'Local mode' }).textContent()).resolves.toContain('No sign-in');
    // Nothing from a CDN: every request the page made went to the server it came from.
    const origin = new URL(bot.boundary.url).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('when a member of staff reports a concern while the list is open, then it is listed within a second', async () => {
    const { bot, open } = desk();
    const { page } = await open('/tab/concerns');
    await page.getByRole('table', { name: 'Concerns' }).waitFor();
    const ref = await reportFriendRequest(bot, { pupil: 'Jo Pupil' });
    // The report is stored once "Send report" is answered; from then on the clock runs.
    const sent = Date.now();
    await page.getByRole('link', { name: ref }).waitFor({ timeout: 5_000 });
    const ms = Date.now() - sent;
    console.log(`desk: a new concern was listed ${ms} ms after the bot stored it`);
    expect(ms).toBeLessThan(1_000);
  });

  it('when the DSL searches by reference, then only that concern is listed; when the search is cleared, then all are', async () => {
    const { bot, open } = desk();
    const first = await reportFriendRequest(bot);
    const second = await reportFriendRequest(bot);
    const { page } = await open('/tab/concerns');
    await page.getByRole('link', { name: second }).waitFor();
    await page.getByRole('searchbox').fill(first.toLowerCase());
    await page.getByRole('link', { name: second }).waitFor({ state: 'detached' });
    await expect(page.getByRole('link', { name: first }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('link', { name: second }).waitFor();
  });

  it('when the "to" date is before the "from" date, then the filter says so and the list stays as it was', async () => {
    const { bot, open } = desk();
    const ref = await reportFriendRequest(bot);
    const { page } = await open('/tab/concerns');
    await page.getByRole('link', { name: ref }).waitFor();
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('From', { exact: true }).fill(day(1));
    await page.getByLabel('To', { exact: true }).fill(day(5));
    await page.getByText('The "to" date is before the "from" date.').waitFor();
    await expect(page.getByRole('link', { name: ref }).count()).resolves.toBe(1);
  });

  it('when the DSL filters by status Closed, then open concerns leave the list', async () => {
    const { bot, open } = desk();
    const ref = await reportFriendRequest(bot);
    const { page } = await open('/tab/concerns');
    await page.getByRole('link', { name: ref }).waitFor();
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Closed' }).click();
    await page.getByRole('link', { name: ref }).waitFor({ state: 'detached' });
    await page.getByText('No concern matches these filters.').waitFor();
  });

  it('when the DSL tabs to a reference and presses Enter, then its record opens', async () => {
    const { bot, open } = desk();
    const ref = await reportFriendRequest(bot);
    const { page } = await open('/tab/concerns');
    const link = page.getByRole('link', { name: ref });
    await link.waitFor();
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(ref) }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/tab/concerns/${ref}`);
  });
});
